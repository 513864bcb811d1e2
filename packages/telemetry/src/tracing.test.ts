import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import express from 'express';
import { graphqlTracingPlugin } from './graphql-plugins.js';
import { listening } from './listening.js';
import { traceStatement } from './statement-spans.js';
import { injectTraceHeaders, startTracing, traceRequests, withSpan, type Tracing } from './tracing.js';

const exporter = new InMemorySpanExporter();
let gateway: Tracing;
let evaluation: Tracing;

beforeAll(() => {
  // Two services in one process, as in the end-to-end tests: one provider, a tracer each.
  gateway = startTracing({ serviceName: 'gateway', exporter });
  evaluation = startTracing({ serviceName: 'evaluation' });
});
afterAll(() => gateway.shutdown());
beforeEach(() => exporter.reset());

function spanNamed(spans: ReadableSpan[], name: string): ReadableSpan {
  const found = spans.filter((span) => span.name === name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;

describe('one trace across two services over HTTP', () => {
  it('links the caller, its outgoing call and the callee into one trace, each span a child of the one before', async () => {
    const callee = express();
    callee.use(traceRequests(evaluation.tracer));
    callee.get('/comments', async (_req, res) => {
      await withSpan(evaluation.tracer, 'load comments', {}, async () => new Promise((resolve) => setTimeout(resolve, 5)));
      res.json({ comments: [] });
    });
    const calleeServer = await listening(callee);

    const caller = express();
    caller.use(traceRequests(gateway.tracer));
    caller.get('/profile', async (_req, res) => {
      const answer = await withSpan(
        gateway.tracer,
        'call evaluation',
        { 'twoway.subgraph': 'evaluation' },
        async () => (await fetch(`${calleeServer.url}/comments`, { headers: injectTraceHeaders({}) })).json(),
        SpanKind.CLIENT,
      );
      res.json(answer);
    });
    const callerServer = await listening(caller);

    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const clientSpanId = '00f067aa0ba902b7';
    try {
      const response = await fetch(`${callerServer.url}/profile`, { headers: { traceparent: `00-${traceId}-${clientSpanId}-01` } });
      expect(await response.json()).toEqual({ comments: [] });
    } finally {
      await callerServer.close();
      await calleeServer.close();
    }

    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(4);
    for (const span of spans) expect(span.spanContext().traceId).toBe(traceId);
    const callerServerSpan = spans.find((span) => span.kind === SpanKind.SERVER && span.instrumentationScope.name === 'gateway')!;
    const outgoing = spanNamed(spans, 'call evaluation');
    const calleeServerSpan = spans.find((span) => span.kind === SpanKind.SERVER && span.instrumentationScope.name === 'evaluation')!;
    const work = spanNamed(spans, 'load comments');

    expect(parentOf(callerServerSpan)).toBe(clientSpanId);
    expect(parentOf(outgoing)).toBe(idOf(callerServerSpan));
    expect(outgoing.kind).toBe(SpanKind.CLIENT);
    expect(parentOf(calleeServerSpan)).toBe(idOf(outgoing));
    expect(parentOf(work)).toBe(idOf(calleeServerSpan));
    expect(work.instrumentationScope.name).toBe('evaluation');
    expect(calleeServerSpan.attributes['http.response.status_code']).toBe(200);
    expect(calleeServerSpan.attributes['url.path']).toBe('/comments');
  });

  it('starts a new trace when the request carries none, and leaves health probes untraced', async () => {
    const app = express();
    app.use(traceRequests(gateway.tracer));
    app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
    app.get('/fails', (_req, res) => void res.status(503).end());
    const server = await listening(app);
    try {
      await (await fetch(`${server.url}/health/live`)).arrayBuffer();
      await (await fetch(`${server.url}/fails`)).arrayBuffer();
    } finally {
      await server.close();
    }
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    expect(parentOf(spans[0]!)).toBeUndefined();
    expect(spans[0]!.status.code).toBe(SpanStatusCode.ERROR);
  });
});

describe('GraphQL requests', () => {
  it('keep the request span active into the resolvers, past the body parser and every await, down to SQL', async () => {
    let resolverSpanId: string | undefined;
    const apollo = new ApolloServer({
      typeDefs: '#graphql\n type Query { member(id: ID!): String }',
      resolvers: {
        Query: {
          member: async (_: unknown, { id }: { id: string }) => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            resolverSpanId = trace.getActiveSpan()?.spanContext().spanId;
            return traceStatement(evaluation.tracer, 'SELECT name FROM member WHERE id = $1', async () => `member ${id}`);
          },
        },
      },
      plugins: [graphqlTracingPlugin()],
    });
    await apollo.start();
    const app = express();
    app.use(traceRequests(evaluation.tracer));
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    const server = await listening(app);
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query MemberName($id: ID!) { member(id: $id) }', variables: { id: '7' } }),
      });
      expect(await response.json()).toEqual({ data: { member: 'member 7' } });
    } finally {
      await server.close();
      await apollo.stop();
    }

    const spans = exporter.getFinishedSpans();
    const request = spanNamed(spans, 'query MemberName');
    expect(request.kind).toBe(SpanKind.SERVER);
    expect(request.attributes['graphql.operation.name']).toBe('MemberName');
    expect(request.attributes['graphql.operation.type']).toBe('query');
    expect(resolverSpanId).toBe(idOf(request));
    const statement = spanNamed(spans, 'SELECT');
    expect(parentOf(statement)).toBe(idOf(request));
    expect(statement.kind).toBe(SpanKind.CLIENT);
    expect(statement.attributes['db.system.name']).toBe('postgresql');
    expect(statement.attributes['db.query.text']).toBe('SELECT name FROM member WHERE id = $1');
  });

  it('names an anonymous operation by its type, and records the first error code', async () => {
    const apollo = new ApolloServer({
      typeDefs: '#graphql\n type Query { hello: String }',
      resolvers: { Query: { hello: () => 'xin chào' } },
      plugins: [graphqlTracingPlugin()],
    });
    await apollo.start();
    const app = express();
    app.use(traceRequests(gateway.tracer));
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    const server = await listening(app);
    try {
      const post = (query: string) =>
        fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await (await post('{ hello }')).json();
      await (await post('query Wrong { nothing }')).json();
    } finally {
      await server.close();
      await apollo.stop();
    }
    const spans = exporter.getFinishedSpans();
    spanNamed(spans, 'query');
    const refused = spans.find((span) => span.attributes['graphql.error.code'] !== undefined)!;
    expect(refused.attributes['graphql.error.code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.name).toBe('POST');
  });
});

describe('withSpan', () => {
  it('records a failure on the span and throws it on', async () => {
    await expect(
      withSpan(gateway.tracer, 'deliver', { 'twoway.target': 'evaluation' }, async () => {
        throw new Error('target refused');
      }),
    ).rejects.toThrow('target refused');
    const span = spanNamed(exporter.getFinishedSpans(), 'deliver');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'target refused' });
    expect(span.events.map((event) => event.name)).toEqual(['exception']);
    expect(span.attributes['twoway.target']).toBe('evaluation');
  });

  it('refuses a second exporter in the same process rather than dropping its spans silently', () => {
    expect(() => startTracing({ serviceName: 'residence-committee', exporter: new InMemorySpanExporter() })).toThrow(/already started/);
  });
});
