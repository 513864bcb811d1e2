import { cloneDatabase, dropDatabase, ensureDatabase, withDatabase } from '@twoway/persistence';
import { createLogger } from '@twoway/platform';
import {
  openSubgraphDatabase, seedDemoDataIfEmpty, type BaseSubgraphContext, type SubgraphModule,
} from '@twoway/subgraph-runtime';
import { workplaceCommittee } from '@twoway/workplace-committee';
import { residenceCommittee } from '@twoway/residence-committee';
import { evaluation } from '@twoway/evaluation';
import { TEST_DAY } from './test-day.js';

export const SUBGRAPH_MODULES = { workplaceCommittee, residenceCommittee, evaluation } as const;
export type SubgraphKey = keyof typeof SUBGRAPH_MODULES;
const KEYS = Object.keys(SUBGRAPH_MODULES) as SubgraphKey[];
const SHORT: Record<SubgraphKey, string> = { workplaceCommittee: 'wc', residenceCommittee: 'rc', evaluation: 'ev' };

export type TestDatabases = Record<SubgraphKey, string>;

function serverFromEnvironment(): { url: string; prefix: string } {
  const url = process.env.TEST_POSTGRES_URL;
  const prefix = process.env.TEST_DATABASE_PREFIX;
  if (!url || !prefix) throw new Error('TEST_POSTGRES_URL is not set: run the tests with `npm test` (its global setup starts PostgreSQL)');
  return { url, prefix };
}

const templateName = (prefix: string, key: SubgraphKey) => `${prefix}_${SHORT[key]}_template`;

/**
 * Builds one template database per subgraph: the real migrations, then the
 * demo data for the test day. Each test file clones its own copies.
 */
export async function prepareTemplates(serverUrl: string, prefix: string): Promise<void> {
  const logger = createLogger('test-setup', 'warn');
  await Promise.all(
    KEYS.map(async (key) => {
      const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
      const url = withDatabase(serverUrl, templateName(prefix, key));
      await dropDatabase(serverUrl, templateName(prefix, key));
      await ensureDatabase(url);
      const { dataSource } = await openSubgraphDatabase(module, { url, logger, poolSize: 2 });
      try {
        await seedDemoDataIfEmpty(module, dataSource, TEST_DAY);
      } finally {
        await dataSource.destroy();
      }
    }),
  );
}

let counter = 0;

/** A fresh copy of one subgraph's template database (`empty`: a new database with nothing in it). */
export async function createTestDatabase(key: SubgraphKey, options: { empty?: boolean } = {}): Promise<string> {
  const { url, prefix } = serverFromEnvironment();
  counter += 1;
  const name = `${prefix}_${SHORT[key]}_${process.pid}_${counter}`;
  if (options.empty) {
    await dropDatabase(url, name);
    await ensureDatabase(withDatabase(url, name));
  } else {
    await cloneDatabase(url, templateName(prefix, key), name);
  }
  return withDatabase(url, name);
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  await dropDatabase(serverFromEnvironment().url, new URL(databaseUrl).pathname.slice(1));
}

/** Fresh copies of the three template databases, for one test file. */
export async function createTestDatabases(): Promise<TestDatabases> {
  const { url, prefix } = serverFromEnvironment();
  counter += 1;
  const suffix = `${process.pid}_${counter}`;
  const entries = await Promise.all(
    KEYS.map(async (key) => {
      const name = `${prefix}_${SHORT[key]}_${suffix}`;
      await cloneDatabase(url, templateName(prefix, key), name);
      return [key, withDatabase(url, name)] as const;
    }),
  );
  return Object.fromEntries(entries) as TestDatabases;
}

export async function dropTestDatabases(databases: TestDatabases): Promise<void> {
  const { url } = serverFromEnvironment();
  await Promise.all(Object.values(databases).map((db) => dropDatabase(url, new URL(db).pathname.slice(1))));
}
