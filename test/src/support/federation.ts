import { createGateway, type GatewayOptions, type PartnerClient, type RunningGateway } from '@twoway/gateway';
import { readCommittedSupergraph } from '@twoway/gateway/supergraph';
import { GATEWAY_SIGNATURE_HEADER, createLogger, fixedClock, signGatewayRequest, type Clock } from '@twoway/platform';
import { createSubgraph, type BaseSubgraphContext, type RunningSubgraph, type SubgraphModule } from '@twoway/subgraph-runtime';
import { SUBGRAPH_MODULES, createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from './databases.js';
import { TEST_INSTANT } from './test-day.js';

/** Signs event deliveries between the test subgraphs. */
export const TEST_EVENTS_SECRET = 'test-events-secret-0123456789';
/** Signs the test gateways' requests to the test subgraphs. */
export const TEST_GATEWAY_SIGNATURE_SECRET = 'test-gateway-signature-secret-0123';
import { testAuth, type TestAuth } from './auth.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  /** The id the service gave the request (its `x-request-id` answer header). */
  requestId?: string;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestFederation {
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: Record<SubgraphKey, RunningSubgraph>;
  auth: TestAuth;
  /** Sends an operation to the gateway over HTTP, as a client would (as an administrator unless `headers` say otherwise). */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<TData>>;
  /** SQL statements sent by the three subgraphs since the last reset. */
  statementCount(): number;
  /** Runs every subgraph's scheduled jobs and drains every outbox until nothing is left to deliver. */
  settle(): Promise<void>;
  resetStatementCounts(): void;
  close(): Promise<void>;
}

/** Posts a GraphQL operation to a URL and returns the parsed answer. */
export async function postGraphQL<TData>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { ...((await response.json()) as GraphQLResponse<TData>), status: response.status, requestId: response.headers.get('x-request-id') ?? undefined };
}

/** Posts a GraphQL operation straight to a subgraph, signed as the test gateway signs it. */
export async function postToSubgraph<TData>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<TData>> {
  const text = JSON.stringify(body);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(TEST_GATEWAY_SIGNATURE_SECRET, text), ...headers },
    body: text,
  });
  return { ...((await response.json()) as GraphQLResponse<TData>), status: response.status, requestId: response.headers.get('x-request-id') ?? undefined };
}

/**
 * A gateway over these subgraphs as the tests run one: the committed supergraph, the test signature secret and
 * token verifier, no process metrics, quiet, listening on a free port of 127.0.0.1. `options` add to it or
 * override any of it (production mode, partners, another secret, a stand-in's URL).
 */
export async function startTestGateway(subgraphs: Record<string, RunningSubgraph>, auth: TestAuth, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const gateway = await createGateway({
    supergraphSdl: readCommittedSupergraph(),
    subgraphUrls: Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.http.url])),
    subgraphSignatureSecret: TEST_GATEWAY_SIGNATURE_SECRET,
    processMetrics: false,
    auth: auth.verifier,
    logger: createLogger('gateway', 'silent'),
    ...options,
  });
  await gateway.http.listen(0, '127.0.0.1');
  return gateway;
}

/** Runs `use` against a gateway of its own over the federation's subgraphs (startTestGateway), and stops it afterwards. */
export async function withTestGateway(federation: TestFederation, options: Partial<GatewayOptions>, use: (url: string) => Promise<void>): Promise<void> {
  const gateway = await startTestGateway(federation.subgraphs, federation.auth, options);
  try {
    await use(gateway.http.url);
  } finally {
    await gateway.close();
  }
}

/**
 * Boots the whole federation in this process, on free ports, over real HTTP:
 * the three subgraphs on fresh copies of the template databases and the
 * gateway on the committed supergraph, every clock pinned to the test day.
 */
export async function startTestFederation(options: { clock?: Clock; logs?: string[]; partners?: Map<string, PartnerClient>; subgraphTimeoutMs?: number } = {}): Promise<TestFederation> {
  const clock = options.clock ?? fixedClock(TEST_INSTANT);
  const databases: TestDatabases = await createTestDatabases();
  const auth = await testAuth();
  const logs = options.logs;
  const logger = (name: string) =>
    logs
      ? createLogger(name, 'info', { write: (line: string) => void logs.push(line) })
      : createLogger(name, process.env.LOG_LEVEL ?? 'silent');
  const entries = await Promise.all(
    (Object.keys(SUBGRAPH_MODULES) as SubgraphKey[]).map(async (key) => {
      const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
      const subgraph = await createSubgraph(module, { databaseUrl: databases[key], auth: auth.verifier, eventsSecret: TEST_EVENTS_SECRET, gatewaySignatureSecret: TEST_GATEWAY_SIGNATURE_SECRET, processMetrics: false, clock, logger: logger(module.name) });
      await subgraph.http.listen(0, '127.0.0.1');
      return [key, subgraph] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries) as Record<SubgraphKey, RunningSubgraph>;
  const gateway = await startTestGateway(subgraphs, auth, {
    logger: logger('gateway'),
    ...(options.partners ? { partners: options.partners } : {}),
    ...(options.subgraphTimeoutMs ? { subgraphTimeoutMs: options.subgraphTimeoutMs } : {}),
  });
  const gatewayUrl = gateway.http.url;
  for (const subgraph of Object.values(subgraphs)) {
    subgraph.federation.gatewayUrl = gatewayUrl;
    for (const target of Object.values(subgraphs)) subgraph.eventTargets.urls[target.name] = target.http.url;
  }
  return {
    gatewayUrl,
    gateway,
    subgraphs,
    auth,
    query: async (query, variables, headers) => postGraphQL(gatewayUrl, { query, variables }, headers ?? (await auth.adminHeaders())),
    statementCount: () => Object.values(subgraphs).reduce((sum, s) => sum + s.statements.total, 0),
    resetStatementCounts: () => Object.values(subgraphs).forEach((s) => s.statements.reset()),
    async settle() {
      for (let round = 0; round < 5; round += 1) {
        let delivered = 0;
        for (const subgraph of Object.values(subgraphs)) {
          const outcomes = (await subgraph.runScheduledJobs()) as { outbox: { delivered: number; refused: number } };
          delivered += outcomes.outbox.delivered + outcomes.outbox.refused;
        }
        if (delivered === 0) return;
      }
    },
    async close() {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((s) => s.close()));
      await dropTestDatabases(databases);
    },
  };
}
