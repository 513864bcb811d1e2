import pg from 'pg';
import { createLogger, fixedClock } from '@twoway/platform';
import { createSubgraph, type BaseSubgraphContext, type RunningSubgraph, type SubgraphModule } from '@twoway/subgraph-runtime';
import { SUBGRAPH_MODULES, createTestDatabase, dropTestDatabase, type SubgraphKey } from './databases.js';
import { postGraphQL, type GraphQLResponse } from './federation.js';
import { TEST_INSTANT } from './test-day.js';
import { testAuth } from './auth.js';

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  databaseUrl: string;
  /** Calls the subgraph directly over HTTP, as the gateway does. */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Runs SQL on the subgraph's own database, beside the service. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** One subgraph on a fresh copy of its template database, serving HTTP on a free port. */
export async function startTestSubgraph(key: SubgraphKey): Promise<TestSubgraph> {
  const databaseUrl = await createTestDatabase(key);
  const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
  const auth = await testAuth();
  const subgraph = await createSubgraph(module, {
    databaseUrl,
    auth: auth.verifier,
    clock: fixedClock(TEST_INSTANT),
    logger: createLogger(module.name, process.env.LOG_LEVEL ?? 'silent'),
  });
  await subgraph.http.listen(0, '127.0.0.1');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    subgraph,
    databaseUrl,
    query: async (query, variables) => postGraphQL(subgraph.http.url, { query, variables }, await auth.adminHeaders()),
    sql: async (text, values) => (await client.query(text, values)).rows,
    async close() {
      await client.end();
      await subgraph.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}
