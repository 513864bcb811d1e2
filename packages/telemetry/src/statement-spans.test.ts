import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import pg from 'pg';
import { statementOperation, withStatementSpans } from './statement-spans.js';
import { startTracing, withSpan, type Tracing } from './tracing.js';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
beforeAll(() => {
  tracing = startTracing({ serviceName: 'workplace-committee', exporter });
});
afterAll(() => tracing.shutdown());

describe('statementOperation', () => {
  it('is the first keyword, after any comments', () => {
    expect(statementOperation('select 1')).toBe('SELECT');
    expect(statementOperation('  -- why\n /* a note */ WITH x AS (SELECT 1) SELECT * FROM x')).toBe('WITH');
    expect(statementOperation('')).toBe('SQL');
  });
});

describe('a pg Client with statement spans', () => {
  // The server the test run's global setup provides (any database on it answers these statements).
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error('TEST_POSTGRES_URL is not set: run this test through the jest global setup');

  it('puts each statement sent to PostgreSQL in a child span of the active one, failures with their SQLSTATE', async () => {
    const Pool = pg.Pool;
    const pool = new Pool({ connectionString: url, max: 1, Client: withStatementSpans(pg.Client, tracing.tracer) });
    try {
      await withSpan(tracing.tracer, 'read members', {}, async () => {
        const { rows } = await pool.query<{ answer: number }>('SELECT $1::int AS answer', [42]);
        expect(rows).toEqual([{ answer: 42 }]);
        await expect(pool.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
        // TypeORM's way: a client of the pool, awaited.
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          expect((await client.query({ text: 'SELECT 2 AS two' })).rows).toEqual([{ two: 2 }]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    } finally {
      await pool.end();
    }
    const spans = exporter.getFinishedSpans();
    const parent = spans.find((span) => span.name === 'read members')!;
    const statements = spans.filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
    expect(statements.map((span) => span.name)).toEqual(['SELECT', 'SELECT', 'BEGIN', 'SELECT', 'COMMIT']);
    for (const statement of statements) {
      expect(statement.kind).toBe(SpanKind.CLIENT);
      expect(statement.attributes['db.namespace']).toEqual(expect.any(String));
    }
    expect(statements[0]!.attributes['db.query.text']).toBe('SELECT $1::int AS answer');
    expect(statements[0]!.status.code).toBe(SpanStatusCode.UNSET);
    expect(statements[1]!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'SQLSTATE 42P01' });
    expect(statements[1]!.attributes['db.response.status_code']).toBe('42P01');
  });
});
