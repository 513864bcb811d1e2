import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InMemorySpanExporter, SpanKind, startTracing, type ReadableSpan, type Tracing } from '@twoway/telemetry';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { exampleOperation } from '../../support/operations.js';

/**
 * What an operator watches: one request followed by its trace from the
 * gateway through each subgraph it asks down to their SQL, and each service's
 * Prometheus metrics (requests by operation and code, subgraph calls, the
 * outbox's backlog, the database pool).
 */
describe('signals', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let federation: TestFederation;

  beforeAll(async () => {
    // Before the services start: they find the process's provider (one for the gateway and the subgraphs here).
    tracing = startTracing({ serviceName: 'test', exporter });
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
    await tracing?.shutdown();
  });

  const serviceOf = (span: ReadableSpan) => span.instrumentationScope.name;

  it('follows one request from the gateway through every subgraph it asks to their SQL, in one trace', async () => {
    const profile = exampleOperation('member-profile');
    exporter.reset();
    const answer = await federation.query<{ member: { fullName: string } | null }>(profile.query, profile.variables, {
      ...(await federation.auth.adminHeaders()),
      'x-request-id': 'trace-me-1',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.member?.fullName).toBeTruthy();

    const spans = exporter.getFinishedSpans();
    const root = spans.find((span) => serviceOf(span) === 'gateway' && span.parentSpanContext === undefined && span.name.includes('MemberProfile'));
    expect(root).toBeDefined();
    const trace = spans.filter((span) => span.spanContext().traceId === root!.spanContext().traceId);
    const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
    const ancestorsOf = (span: ReadableSpan): ReadableSpan[] => {
      const parentId = span.parentSpanContext?.spanId;
      const parent = parentId ? byId.get(parentId) : undefined;
      return parent ? [parent, ...ancestorsOf(parent)] : [];
    };

    for (const subgraph of ['workplace-committee', 'residence-committee', 'evaluation']) {
      // The subgraph's HTTP span continues the gateway's trace (traceparent), under the gateway's fetch of it.
      const served = trace.filter((span) => serviceOf(span) === subgraph && span.kind === SpanKind.SERVER);
      expect({ subgraph, served: served.length > 0 }).toEqual({ subgraph, served: true });
      for (const span of served) expect(ancestorsOf(span)).toContain(root);
      // And its SQL under that.
      const statements = trace.filter((span) => serviceOf(span) === subgraph && span.kind === SpanKind.CLIENT);
      expect({ subgraph, statements: statements.length > 0 }).toEqual({ subgraph, statements: true });
      for (const statement of statements) {
        expect(served.some((span) => ancestorsOf(statement).includes(span))).toBe(true);
        expect(statement.attributes['db.query.text']).toEqual(expect.any(String));
      }
    }
    // No parameter value is in a span: the member's id travels only as a bound parameter.
    const statementTexts = trace.map((span) => String(span.attributes['db.query.text'] ?? '')).join('\n');
    expect(statementTexts).not.toContain(String(profile.variables.id));
  });

  it('counts requests, subgraph calls, the outbox backlog and the pool in each service’s metrics', async () => {
    const profile = exampleOperation('member-profile');
    await federation.query(profile.query, profile.variables);
    await federation.query('query Broken { member(id: "not-an-id") { fullName } }');

    const gateway = await federation.gateway.metrics.registry.metrics();
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="MemberProfile"[^}]*code="OK"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="Broken"[^}]*code="(INVALID_ID|BAD_USER_INPUT)"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/subgraph_calls_total\{[^}]*subgraph="evaluation"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/subgraph_call_duration_seconds_count\{[^}]*subgraph="residence-committee"[^}]*\} [1-9]/);

    // A subgraph serves its own at GET /metrics, beside /graphql.
    const evaluation = federation.subgraphs.evaluation;
    const scraped = await fetch(new URL('/metrics', evaluation.http.url));
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toMatch(/graphql_requests_total\{[^}]*service="evaluation"[^}]*\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{[^}]*state="idle"[^}]*\} \d/);
    expect(text).toMatch(/db_pool_connections\{[^}]*state="waiting"[^}]*\} 0/);
    // Every target it delivers to has a backlog figure, 0 when nothing waits.
    for (const target of ['workplace-committee', 'residence-committee']) {
      expect(text).toMatch(new RegExp(`outbox_backlog\\{[^}]*target="${target}"[^}]*\\} \\d+`));
    }
    const backlog = await evaluation.outboxBacklog();
    const pending = backlog.reduce((sum, entry) => sum + entry.waiting, 0);
    const gauged = [...text.matchAll(/outbox_backlog\{[^}]*\} (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(gauged).toBe(pending);
  });
});
