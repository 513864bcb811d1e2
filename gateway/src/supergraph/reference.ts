import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The generated developer reference: a static site built from gateway/schema/api.graphql. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../schema/reference', import.meta.url));
/** SpectaQL's settings for it; the paths in them are relative to its folder. */
const REFERENCE_CONFIG = fileURLToPath(new URL('../../schema/reference.yml', import.meta.url));

/**
 * Builds the reference into `targetDir` with SpectaQL (its command line: the library has no way to name the
 * output but the settings file). Reads the committed API schema, so `npm run compose` writes that first.
 */
export async function writeReference(targetDir: string = REFERENCE_DIR): Promise<void> {
  const spectaql = path.join(path.dirname(createRequire(import.meta.url).resolve('spectaql/package.json')), 'bin', 'spectaql.js');
  await promisify(execFile)(process.execPath, [spectaql, REFERENCE_CONFIG, '--target-dir', targetDir], { cwd: path.dirname(REFERENCE_CONFIG) });
}
