/**
 * The dashboard as the gateway and the scripts see it (Node side): where Vite
 * puts the built page, where the persisted operations' manifest is, and a way
 * to build the page when it is missing. The page itself is in app/ (browser
 * code, built by Vite, type-checked by this workspace's own tsconfig).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** The latest modification of the page's sources (app/, the Vite configuration), in ms. */
function latestSourceChange(): number {
  let latest = statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else latest = Math.max(latest, statSync(file).mtimeMs);
    }
  };
  visit(path.join(ROOT, 'app'));
  return latest;
}

/** Whether dist/ holds a page built since its sources last changed. */
export const dashboardUpToDate = () => dashboardBuilt() && statSync(path.join(DASHBOARD_DIST, 'index.html')).mtimeMs >= latestSourceChange();

/**
 * Builds the page with Vite when dist/ has none (a fresh checkout: `npm start`, the browser tests) or one older
 * than a change to its sources (so the browser tests never test a page built before the code they test); a
 * no-op otherwise. Needs the workspace's development dependencies, which a production image does not have: the
 * Dockerfile builds it in a stage of its own.
 */
export async function ensureDashboardBuilt(log: (message: string) => void = () => {}): Promise<void> {
  if (dashboardUpToDate()) return;
  log('Đang dựng bảng điều hành (vite build)… Building the dashboard (vite build)…');
  const vite = path.join(ROOT, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [existsSync(vite) ? vite : path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT });
}
