/**
 * The dashboard as the gateway and the scripts see it (Node side): where Vite
 * puts the built page, where the persisted operations' manifest is, and a way
 * to build the page when it is missing. The page itself is in app/ (browser
 * code, built by Vite, type-checked by this workspace's own tsconfig).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built page (`vite build`, git-ignored). */
export const DASHBOARD_DIST = path.join(ROOT, 'dist');
/** Every operation the dashboard sends, by SHA-256 of its text (graphql-codegen's persisted documents). */
export const DASHBOARD_OPERATIONS_FILE = path.join(ROOT, 'app', 'generated', 'persisted-documents.json');
/** Where the gateway serves it. */
export const DASHBOARD_PATH = '/dashboard';

export const dashboardBuilt = () => existsSync(path.join(DASHBOARD_DIST, 'index.html'));

/**
 * Builds the page with Vite when dist/ has none (a fresh checkout: `npm start`, the browser tests); a no-op
 * otherwise. Needs the workspace's development dependencies, which a production image does not have: the
 * Dockerfile builds it in a stage of its own.
 */
export async function ensureDashboardBuilt(log: (message: string) => void = () => {}): Promise<void> {
  if (dashboardBuilt()) return;
  log('Đang dựng bảng điều hành (vite build)… Building the dashboard (vite build)…');
  const vite = path.join(ROOT, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [existsSync(vite) ? vite : path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT });
}
