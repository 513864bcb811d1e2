import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import express from 'express';
import { parse } from 'graphql';
import { graphqlTracingPlugin } from './graphql-plugins.js';
import { listening } from './listening.js';
import { traceStatement } from './statement-spans.js';
import { injectTraceHeaders, startTracing, traceRequests, type Tracing } from './tracing.js';

/**
 * How the services are meant to be wired, end to end in one process: the
 * gateway's HTTP span, @apollo/gateway's own spans (request, plan, execute,
 * fetch), the `traceparent` the data source adds to each subgraph request, the
 * subgraph's HTTP span and a statement under its resolver: one trace.
 */
const exporter = new InMemorySpanExporter();
let tracing: Tracing;
beforeAll(() => {
  tracing = startTracing({ serviceName: 'gateway', exporter });
});
afterAll(() => tracing.shutdown());

/** What the gateway's data source does (gateway/src/subgraph-data-source.ts): pass the trace on. */
class TracedDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    for (const [name, value] of Object.entries(injectTraceHeaders<Record<string, string>>({}))) request.http?.headers.set(name, value);
  }
}

async function serve(serviceName: string, apollo: ApolloServer): Promise<{ url: string; close: () => Promise<void> }> {
  await apollo.start();
  const app = express();
  app.use(traceRequests(startTracing({ serviceName }).tracer));
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = await listening(app);
  return {
    url: `${server.url}/graphql`,
    close: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}

it('follows one request from the gateway through a subgraph to its SQL in one trace', async () => {
  const evaluationTracer = startTracing({ serviceName: 'evaluation' }).tracer;
  const subgraph = await serve(
    'evaluation',
    new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse('type Query { reviewCount: Int }'),
        resolvers: { Query: { reviewCount: () => traceStatement(evaluationTracer, 'SELECT count(*) FROM annual_review', async () => 3) } },
      }),
      plugins: [graphqlTracingPlugin(), ApolloServerPluginInlineTraceDisabled()],
    }),
  );
  const gateway = await serve(
    'gateway',
    new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'evaluation', url: subgraph.url }] }),
        buildService: ({ url }) => new TracedDataSource({ url }),
      }),
      plugins: [graphqlTracingPlugin()],
    }),
  );
  try {
    exporter.reset(); // the gateway's introspection of the subgraph at start
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ReviewCount { reviewCount }' }),
    });
    expect(await response.json()).toEqual({ data: { reviewCount: 3 } });
  } finally {
    await gateway.close();
    await subgraph.close();
  }

  const spans = exporter.getFinishedSpans();
  const byName = (name: string): ReadableSpan => {
    const found = spans.filter((span) => span.name === name);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const gatewayRequest = byName('query ReviewCount');
  const fetchSpan = byName('gateway.fetch');
  const subgraphRequest = byName('query ReviewCount__evaluation__0');
  const statement = byName('SELECT');

  expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  expect(gatewayRequest.kind).toBe(SpanKind.SERVER);
  expect(gatewayRequest.instrumentationScope.name).toBe('gateway');
  expect(gatewayRequest.parentSpanContext).toBeUndefined();
  expect(fetchSpan.attributes.service).toBe('evaluation');
  expect(subgraphRequest.instrumentationScope.name).toBe('evaluation');
  expect(subgraphRequest.parentSpanContext?.spanId).toBe(fetchSpan.spanContext().spanId);
  expect(statement.parentSpanContext?.spanId).toBe(subgraphRequest.spanContext().spanId);
  // gateway.fetch hangs under gateway.execute, under gateway.request, under the HTTP span.
  const parentOf = (span: ReadableSpan) => spans.find((candidate) => candidate.spanContext().spanId === span.parentSpanContext?.spanId);
  expect(parentOf(parentOf(parentOf(fetchSpan)!)!)).toBe(gatewayRequest);
});
