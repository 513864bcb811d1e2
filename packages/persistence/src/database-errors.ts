import { QueryFailedError } from 'typeorm';
import { ErrorCode, codedError, serviceUnavailable } from '@twoway/platform';

/**
 * What a failure of the database means for whoever asked, in one place, so a
 * request, a mutation's retry and an event delivery judge it alike:
 *
 * - `connection`: the server could not be reached, went away or refused more
 *   clients (a restart, a failover, a full pool). Nothing about the request was
 *   wrong: try again shortly.
 * - `serialization`: the transaction lost a race with another (serialization
 *   failure 40001, deadlock 40P01); PostgreSQL asks for it to be run again.
 * - `timeout`: a statement or lock wait took longer than allowed (57014,
 *   55P03): the server is busy; try again later.
 * - `data`: the value cannot be stored as given (class 22: too long, a NUL
 *   byte, malformed number or date); the same request fails again.
 * - `constraint`: a rule the schema keeps refused it (class 23: unique,
 *   foreign key, check); the same request fails again.
 * - `bug`: anything else (a missing column, a syntax error, not a database
 *   error at all): ours to fix, never the caller's.
 */
export type DatabaseErrorKind = 'connection' | 'serialization' | 'timeout' | 'data' | 'constraint' | 'bug';

export interface DatabaseErrorClass {
  kind: DatabaseErrorKind;
  /** Trying the same thing again later may succeed (connection, serialization, timeout). */
  transient: boolean;
  /** The SQLSTATE the server answered, when it answered one. */
  sqlState?: string;
}

const TRANSIENT_KINDS = new Set<DatabaseErrorKind>(['connection', 'serialization', 'timeout']);

/** SQLSTATEs of a server that is going away or cannot take more clients (PostgreSQL Appendix A). */
const CONNECTION_STATES = new Set([
  '57P01', // admin_shutdown (a restart, pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '53000', // insufficient_resources
  '25P03', // idle_in_transaction_session_timeout
]);

/** Node's socket errors when the server is not there or the connection broke. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * node-postgres and the pool say a connection broke in words, not codes:
 * "Connection terminated unexpectedly", "Connection terminated due to
 * connection timeout", "timeout exceeded when trying to connect", "Client has
 * encountered a connection error and is not queryable".
 */
const BROKEN_CONNECTION_MESSAGE = /connection terminated|timeout exceeded when trying to connect|not queryable|connection error|the database system is (starting up|shutting down)/i;

/**
 * TypeORM's word for a query sent on a connection it already gave back: when
 * a connection breaks, TypeORM releases it at once, and the next statement of
 * the same unit of work fails so instead of with the connection's own error.
 */
const RELEASED_CONNECTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Classifies one failure of a database call: a driver error, one TypeORM wrapped, or anything else (a bug). */
export function classifyDatabaseError(error: unknown): DatabaseErrorClass {
  const driver = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  const sqlState = stringProperty(driver, 'code') ?? stringProperty(error, 'code');
  const kind = error instanceof Error && RELEASED_CONNECTION_ERRORS.has(error.name) ? 'connection' : kindOf(sqlState, messageOf(driver) ?? messageOf(error) ?? '');
  return { kind, transient: TRANSIENT_KINDS.has(kind), ...(sqlState && /^[0-9A-Z]{5}$/.test(sqlState) ? { sqlState } : {}) };
}

/** Whether trying the same again shortly may succeed (see `classifyDatabaseError`). */
export function isTransientDatabaseError(error: unknown): boolean {
  return classifyDatabaseError(error).transient;
}

function kindOf(code: string | undefined, message: string): DatabaseErrorKind {
  if (code) {
    if (code === '40001' || code === '40P01') return 'serialization';
    if (code === '57014' || code === '55P03') return 'timeout';
    if (CONNECTION_STATES.has(code) || code.startsWith('08') || SOCKET_ERRORS.has(code)) return 'connection';
    if (code.startsWith('22')) return 'data';
    if (code.startsWith('23')) return 'constraint';
  }
  return BROKEN_CONNECTION_MESSAGE.test(message) ? 'connection' : 'bug';
}

function stringProperty(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'string' ? found : undefined;
}

function messageOf(value: unknown): string | undefined {
  return value instanceof Error ? value.message : stringProperty(value, 'message');
}

/** How long a caller should wait before sending again, by what went wrong: a restart takes a second or two. */
const RETRY_AFTER_SECONDS: Partial<Record<DatabaseErrorKind, number>> = { connection: 2, serialization: 1, timeout: 5 };

/**
 * What the caller is told when a database call failed and nobody caught it
 * (a `maskError` translation): SERVICE_UNAVAILABLE with `retryAfterSeconds`
 * for a transient failure; BAD_USER_INPUT for a value the database cannot
 * store (never the SQL or the server's words); undefined for a bug, which
 * stays INTERNAL_SERVER_ERROR.
 */
export function databaseErrorAnswer(error: unknown): ReturnType<typeof codedError> | undefined {
  const { kind, transient } = classifyDatabaseError(error);
  if (transient) return serviceUnavailable(RETRY_AFTER_SECONDS[kind] ?? 2);
  if (kind === 'data') {
    return codedError(ErrorCode.BAD_USER_INPUT, {
      vi: 'Một giá trị gửi lên không lưu được (quá dài, chứa ký tự không hợp lệ hoặc sai định dạng)',
      en: 'A value sent cannot be stored (too long, holding an invalid character, or malformed)',
    });
  }
  return undefined;
}
