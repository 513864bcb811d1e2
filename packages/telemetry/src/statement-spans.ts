import { SpanKind, SpanStatusCode, context, trace, type Span, type Tracer } from '@opentelemetry/api';
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_RESPONSE_STATUS_CODE,
  ATTR_DB_SYSTEM_NAME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';
import { tracingStarted } from './tracing.js';

/** Longest statement text kept on a span: bulk INSERTs run to 100 kB. */
const MAX_STATEMENT_TEXT = 2_000;

export interface StatementDetails {
  /** The database the statement runs in (`db.namespace`). */
  database?: string;
}

/**
 * Runs one SQL statement in a CLIENT span named after its operation
 * ("SELECT", "INSERT", "BEGIN"), a child of the active span. The span keeps
 * the statement's text (placeholders, never parameter values: they may be
 * personal data) and, when it fails, PostgreSQL's error code (SQLSTATE) rather
 * than the message, which can quote values. Before tracing is started in the
 * process (tracingStarted), it only runs the statement.
 */
export async function traceStatement<T>(tracer: Tracer, sql: string, run: () => Promise<T>, details: StatementDetails = {}): Promise<T> {
  if (!tracingStarted()) return run();
  const span = startStatementSpan(tracer, sql, details);
  try {
    const result = await context.with(trace.setSpan(context.active(), span), run);
    endStatementSpan(span);
    return result;
  } catch (error) {
    endStatementSpan(span, error);
    throw error;
  }
}

function startStatementSpan(tracer: Tracer, sql: string, details: StatementDetails): Span {
  const operation = statementOperation(sql);
  const attributes = {
    [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
    [ATTR_DB_OPERATION_NAME]: operation,
    [ATTR_DB_QUERY_TEXT]: sql.length > MAX_STATEMENT_TEXT ? `${sql.slice(0, MAX_STATEMENT_TEXT)}…` : sql,
    ...(details.database ? { [ATTR_DB_NAMESPACE]: details.database } : {}),
  };
  return tracer.startSpan(operation, { kind: SpanKind.CLIENT, attributes });
}

function endStatementSpan(span: Span, error?: unknown): void {
  if (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') span.setAttribute(ATTR_DB_RESPONSE_STATUS_CODE, code);
    span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? `SQLSTATE ${code}` : 'statement failed' });
  }
  span.end();
}

/** The statement's first keyword, upper case ("SELECT"); "SQL" when there is none. */
export function statementOperation(sql: string): string {
  const keyword = /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*([A-Za-z]+)/.exec(sql)?.[1];
  return keyword ? keyword.toUpperCase() : 'SQL';
}

// A mixin's base must be a constructor of `any[]` (TypeScript's rule for class expressions extending a type parameter).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QueryingClient = new (...args: any[]) => { query(...args: any[]): any; readonly database?: string | undefined };

/**
 * A pg `Client` class whose queries each run in a statement span
 * (traceStatement). Given to pg's Pool as its `Client` option, so every
 * statement the pool runs is traced, whoever sends it (TypeORM, raw SQL,
 * `pool.query`):
 *
 *   new DataSource({ type: 'postgres', extra: { Client: withStatementSpans(pg.Client, tracer) } })
 *
 * Submittables (cursors, query streams) pass through untraced: pg returns
 * them, not a promise, and none of ours use them.
 */
export function withStatementSpans<C extends QueryingClient>(Client: C, tracer: Tracer): C {
  return class StatementSpanningClient extends Client {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(...args: any[]): any {
      const config: unknown = args[0];
      const sql = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
      if (!tracingStarted() || typeof sql !== 'string' || typeof (config as { submit?: unknown }).submit === 'function') return super.query(...args);
      const details = { database: this.database };
      // pg-pool's own `query` passes a callback (last argument); TypeORM awaits the promise.
      const last = args.length - 1;
      const callback: unknown = args[last];
      if (last > 0 && typeof callback === 'function') {
        const span = startStatementSpan(tracer, sql, details);
        args[last] = (error: unknown, result: unknown) => {
          endStatementSpan(span, error);
          return (callback as (error: unknown, result: unknown) => unknown)(error, result);
        };
        return super.query(...args);
      }
      return traceStatement(tracer, sql, () => super.query(...args) as Promise<unknown>, details);
    }
  };
}
