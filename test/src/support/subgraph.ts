import pg from 'pg';
import { createLogger, fixedClock, type Clock } from '@twoway/platform';
import { createSubgraph, type BaseSubgraphContext, type RunningSubgraph, type SubgraphModule } from '@twoway/subgraph-runtime';
import { SUBGRAPH_MODULES, createTestDatabase, dropTestDatabase, type SubgraphKey } from './databases.js';
import { TEST_EVENTS_SECRET, TEST_GATEWAY_SIGNATURE_SECRET, postToSubgraph, type GraphQLResponse } from './federation.js';
import { TEST_INSTANT } from './test-day.js';
import { testAuth } from './auth.js';

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  databaseUrl: string;
  /** Calls the subgraph directly over HTTP, signed as the gateway signs (as an administrator unless `headers` say otherwise). */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<TData>>;
  /** Runs SQL on the subgraph's own database, beside the service. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * One subgraph on a fresh copy of its template database, serving HTTP on a
 * free port; or, given `databaseUrl`, another replica on the same database.
 */
export async function startTestSubgraph(key: SubgraphKey, options: { databaseUrl?: string; clock?: Clock } = {}): Promise<TestSubgraph> {
  const ownsDatabase = !options.databaseUrl;
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(key));
  const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
  const auth = await testAuth();
  const subgraph = await createSubgraph(module, {
    databaseUrl,
    auth: auth.verifier,
    clock: options.clock ?? fixedClock(TEST_INSTANT),
    eventsSecret: TEST_EVENTS_SECRET,
    gatewaySignatureSecret: TEST_GATEWAY_SIGNATURE_SECRET,
    processMetrics: false,
    logger: createLogger(module.name, process.env.LOG_LEVEL ?? 'silent'),
  });
  await subgraph.http.listen(0, '127.0.0.1');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    subgraph,
    databaseUrl,
    query: async (query, variables, headers) => postToSubgraph(subgraph.http.url, { query, variables }, headers ?? (await auth.adminHeaders())),
    sql: async (text, values) => (await client.query(text, values)).rows,
    async close() {
      await client.end();
      await subgraph.close();
      if (ownsDatabase) await dropTestDatabase(databaseUrl);
    },
  };
}
