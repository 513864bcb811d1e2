import { ApolloServer } from '@apollo/server';
import express from 'express';
import { GraphQLError } from 'graphql';
import { graphqlMetricsPlugin } from './graphql-plugins.js';
import { listening } from './listening.js';
import { countHttpResponses, createServiceMetrics, metricsHandler, serveMetrics, registerOutboxGauges, registerPoolGauges, type PoolCounts, type ServiceMetrics } from './metrics.js';

const typeDefs = `#graphql
  type Query { hello: String, refused: String, broken: String }
`;
const resolvers = {
  Query: {
    hello: () => 'xin chào',
    refused: () => {
      throw new GraphQLError('not allowed', { extensions: { code: 'FORBIDDEN' } });
    },
    broken: () => {
      throw new Error('a bug');
    },
  },
};

async function apolloWith(metrics: ServiceMetrics): Promise<ApolloServer> {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [graphqlMetricsPlugin(metrics)] });
  await server.start();
  return server;
}

/** The value of one series in the registry's text (undefined when the series is absent). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) && wanted.every((pair) => candidate.slice(name.length).includes(pair)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GraphQL request metrics', () => {
  it('count each request by operation and code, and time it, in Prometheus text', async () => {
    const metrics = createServiceMetrics({ service: 'evaluation', processMetrics: false });
    const apollo = await apolloWith(metrics);
    await apollo.executeOperation({ query: 'query Greeting { hello }' });
    await apollo.executeOperation({ query: 'query Greeting { hello }' });
    await apollo.executeOperation({ query: '{ hello }' });
    await apollo.executeOperation({ query: 'query Refused { refused }' });
    await apollo.executeOperation({ query: 'query Broken { broken }' });
    await apollo.executeOperation({ query: 'query Unparsable {', operationName: 'Unparsable' });
    await apollo.stop();

    const text = await metrics.registry.metrics();
    expect(text).toContain('# TYPE graphql_requests_total counter');
    expect(text).toContain('# TYPE graphql_request_duration_seconds histogram');
    expect(sample(text, 'graphql_requests_total', { service: 'evaluation', operation: 'Greeting', code: 'OK' })).toBe(2);
    expect(sample(text, 'graphql_requests_total', { operation: 'anonymous', code: 'OK' })).toBe(1);
    expect(sample(text, 'graphql_requests_total', { operation: 'Refused', code: 'FORBIDDEN' })).toBe(1);
    expect(sample(text, 'graphql_requests_total', { operation: 'Broken', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(sample(text, 'graphql_requests_total', { operation: 'Unparsable', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(sample(text, 'graphql_request_duration_seconds_count', { service: 'evaluation', operation: 'Greeting' })).toBe(2);
    expect(sample(text, 'graphql_request_duration_seconds_bucket', { operation: 'Greeting', le: '+Inf' })).toBe(2);
  });

  it('bound the operation label: malformed or over-long names are "invalid", names past the cap "other"', async () => {
    const metrics = createServiceMetrics({ service: 'gateway', processMetrics: false, maxOperationNames: 3 });
    expect(metrics.operationLabel('A'.repeat(65))).toBe('invalid');
    expect(metrics.operationLabel('A'.repeat(64))).toBe('A'.repeat(64));
    expect(metrics.operationLabel('bad-name')).toBe('invalid');
    expect(metrics.operationLabel('9lives')).toBe('invalid');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');

    const apollo = await apolloWith(metrics);
    for (let i = 0; i < 20; i += 1) await apollo.executeOperation({ query: `query Op${i} { hello }` });
    await apollo.executeOperation({ query: 'query Op0 { hello }' });
    await apollo.stop();

    const series = (await metrics.graphqlRequests.get()).values.map((value) => value.labels.operation);
    // One slot went to the 64-character name above; two are left for Op0 and Op1.
    expect(new Set(series)).toEqual(new Set(['Op0', 'Op1', 'other']));
    const text = await metrics.registry.metrics();
    expect(sample(text, 'graphql_requests_total', { operation: 'Op0' })).toBe(2);
    expect(sample(text, 'graphql_requests_total', { operation: 'other' })).toBe(18);
  });
});

describe('gauges read on scrape', () => {
  it('show the outbox per target as the callback reports it at each scrape, reading it once per scrape', async () => {
    const metrics = createServiceMetrics({ service: 'residence-committee', processMetrics: false });
    let reads = 0;
    let pending = 3;
    registerOutboxGauges(metrics, async () => {
      reads += 1;
      return [
        { target: 'evaluation', pending, oldestAgeSeconds: 42.5 },
        { target: 'workplace-committee', pending: 0, oldestAgeSeconds: 0 },
      ];
    });
    let text = await metrics.registry.metrics();
    expect(reads).toBe(1);
    expect(sample(text, 'outbox_backlog', { target: 'evaluation' })).toBe(3);
    expect(sample(text, 'outbox_oldest_message_age_seconds', { target: 'evaluation' })).toBe(42.5);
    expect(sample(text, 'outbox_backlog', { target: 'workplace-committee' })).toBe(0);

    pending = 0;
    text = await metrics.registry.metrics();
    expect(reads).toBe(2);
    expect(sample(text, 'outbox_backlog', { target: 'evaluation' })).toBe(0);
  });

  it('show no outbox figures, and count the failure, when the callback fails', async () => {
    const metrics = createServiceMetrics({ service: 'residence-committee', processMetrics: false });
    let failing = false;
    registerOutboxGauges(metrics, async () => {
      if (failing) throw new Error('connection lost');
      return [{ target: 'evaluation', pending: 7, oldestAgeSeconds: 900 }];
    });
    expect(sample(await metrics.registry.metrics(), 'outbox_backlog', { target: 'evaluation' })).toBe(7);
    failing = true;
    const text = await metrics.registry.metrics();
    expect(sample(text, 'outbox_backlog', { target: 'evaluation' })).toBeUndefined();
    expect(sample(text, 'outbox_oldest_message_age_seconds', { target: 'evaluation' })).toBeUndefined();
    // Counted while that scrape ran: the next one shows it (the families of one scrape are read together).
    const next = await metrics.registry.metrics();
    expect(sample(next, 'metrics_collect_failures_total', { collector: 'outbox' })).toBe(1);
  });

  it('show the pool in use, idle and waiting as it is at the scrape, and nothing before the pool exists', async () => {
    const metrics = createServiceMetrics({ service: 'workplace-committee', processMetrics: false });
    const dataSource: { pool?: PoolCounts } = {};
    registerPoolGauges(metrics, () => dataSource.pool);
    expect(await metrics.registry.metrics()).not.toMatch(/^db_pool_connections\{/m);
    dataSource.pool = { totalCount: 10, idleCount: 0, waitingCount: 4 };
    const text = await metrics.registry.metrics();
    expect(sample(text, 'db_pool_connections', { state: 'in_use' })).toBe(10);
    expect(sample(text, 'db_pool_connections', { state: 'idle' })).toBe(0);
    expect(sample(text, 'db_pool_connections', { state: 'waiting' })).toBe(4);
  });
});

describe('metrics of several services in one process', () => {
  it('stay in their own registries, each with process metrics, served at GET /metrics', async () => {
    const gateway = createServiceMetrics({ service: 'gateway' });
    const subgraph = createServiceMetrics({ service: 'evaluation' });
    gateway.recordSubgraphCall('evaluation', 'timeout', 3.1);
    gateway.recordCircuit('evaluation', true);
    subgraph.recordJobRun('reminders', 'skipped');
    subgraph.recordOutboxDelivery('workplace-committee', 'refused');

    const app = express();
    app.get('/metrics', metricsHandler(gateway));
    const server = await listening(app);
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(gateway.registry.contentType);
      const text = await response.text();
      expect(text).toMatch(/^process_cpu_seconds_total\{service="gateway"\} /m);
      expect(sample(text, 'subgraph_calls_total', { service: 'gateway', subgraph: 'evaluation', outcome: 'timeout' })).toBe(1);
      expect(sample(text, 'subgraph_call_duration_seconds_bucket', { subgraph: 'evaluation', le: '5' })).toBe(1);
      expect(sample(text, 'subgraph_call_duration_seconds_bucket', { subgraph: 'evaluation', le: '2.5' })).toBe(0);
      expect(sample(text, 'subgraph_circuit_open', { subgraph: 'evaluation' })).toBe(1);
      expect(sample(text, 'job_runs_total', { job: 'reminders' })).toBeUndefined();
    } finally {
      await server.close();
    }
    const subgraphText = await subgraph.registry.metrics();
    expect(sample(subgraphText, 'job_runs_total', { service: 'evaluation', job: 'reminders', outcome: 'skipped' })).toBe(1);
    expect(sample(subgraphText, 'outbox_deliveries_total', { target: 'workplace-committee', outcome: 'refused' })).toBe(1);
    expect(sample(subgraphText, 'subgraph_calls_total', { subgraph: 'evaluation' })).toBeUndefined();
  });

  it('can be served on a port of their own, answering nothing but GET /metrics', async () => {
    const metrics = createServiceMetrics({ service: 'gateway', processMetrics: false });
    metrics.recordJobRun('reminders', 'failed');
    const served = await serveMetrics(metrics, 0);
    try {
      const response = await fetch(`http://127.0.0.1:${served.port}/metrics`);
      expect(response.headers.get('content-type')).toBe(metrics.registry.contentType);
      expect(sample(await response.text(), 'job_runs_total', { service: 'gateway', job: 'reminders', outcome: 'failed' })).toBe(1);
      const elsewhere = await fetch(`http://127.0.0.1:${served.port}/graphql`);
      await elsewhere.arrayBuffer();
      expect(elsewhere.status).toBe(404);
    } finally {
      await served.close();
    }
  });

  it('count HTTP responses by status, leaving out probes and scrapes', async () => {
    const metrics = createServiceMetrics({ service: 'gateway', processMetrics: false });
    const app = express();
    app.use(countHttpResponses(metrics));
    app.get('/health/ready', (_req, res) => void res.status(503).end());
    app.get('/metrics', metricsHandler(metrics));
    app.post('/graphql', (_req, res) => void res.status(503).json({}));
    const server = await listening(app);
    try {
      for (const [path, method] of [['/graphql', 'POST'], ['/graphql', 'POST'], ['/health/ready', 'GET'], ['/nowhere', 'GET']] as const) {
        await (await fetch(`${server.url}${path}`, { method })).arrayBuffer();
      }
      const text = await (await fetch(`${server.url}/metrics`)).text();
      expect(sample(text, 'http_responses_total', { status: '503' })).toBe(2);
      expect(sample(text, 'http_responses_total', { status: '404' })).toBe(1);
      expect(sample(text, 'http_responses_total', { status: '200' })).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
