import { classifyDatabaseError, type DatabaseErrorKind } from '@twoway/persistence';
/**
 * Why an event handler failed, as its sender must act on it: a failure that
 * can never succeed on a retry is refused for good (HTTP 422, listed in the
 * sender's undelivered effects), a passing one is answered 503 so the sender
 * retries later, anything else (a bug outside the database) 500.
 */
export type HandlerFailure = { kind: 'refused'; reason: string } | { kind: 'transient'; reason: string } | { kind: 'unexpected' };

/** The fields node-postgres gives a database error (through TypeORM's QueryFailedError.driverError). */
interface DatabaseError {
  code?: string;
  constraint?: string;
  column?: string;
  table?: string;
  message?: string;
}

const NAMED: Record<string, string> = {
  '22001': 'value too long',
  '22003': 'number out of range',
  '22007': 'invalid date or time',
  '22008': 'date or time out of range',
  '22P02': 'invalid value for its type',
  '23502': 'missing required value',
  '23503': 'unknown referenced record',
  '23505': 'duplicate of an existing record',
  '23514': 'check constraint violated',
};

function databaseErrorOf(error: unknown): DatabaseError | null {
  if (!error || typeof error !== 'object') return null;
  const driverError = (error as { driverError?: unknown }).driverError;
  const candidate = (driverError && typeof driverError === 'object' ? driverError : error) as DatabaseError;
  return typeof candidate.code === 'string' ? candidate : null;
}

/**
 * The reason a permanent database failure is refused with: the SQLSTATE, its
 * kind, and the constraint, column or type it concerns, never the statement
 * or the values (they may hold personal data).
 */
function reasonOf(error: DatabaseError, kind: string): string {
  const code = error.code!;
  const named = NAMED[code] ?? kind;
  const type = code === '22001' ? /for type ([a-z ]+\(\d+\))/.exec(error.message ?? '')?.[1] : undefined;
  const about = [
    error.constraint && `constraint ${error.constraint}`,
    error.table && error.column ? `column ${error.table}.${error.column}` : error.column && `column ${error.column}`,
    type && `type ${type}`,
  ].filter(Boolean);
  return `${code} ${named}${about.length > 0 ? ` (${about.join(', ')})` : ''}`;
}

/** What each kind of database failure that can never succeed on a retry of the same event is called in a refusal. */
const PERMANENT_KINDS: Partial<Record<DatabaseErrorKind, string>> = { data: 'data exception', constraint: 'integrity constraint violation' };

/**
 * Sorted by persistence's classifier, the one place PostgreSQL's errors are
 * sorted: transient (connection, serialization, timeout) → 503, retried;
 * the event's data or a constraint → refused for good; anything else,
 * a bug in the handler's SQL included (class 42: a column a migration not
 * yet run adds), → 500, retried with backoff and alerted on, never dropped.
 */
export function classifyHandlerFailure(error: unknown): HandlerFailure {
  const database = databaseErrorOf(error);
  const { kind, transient, sqlState } = classifyDatabaseError(database ?? error);
  const code = database?.code ?? sqlState;
  if (transient) return { kind: 'transient', reason: kind === 'connection' ? `database unreachable or restarting${code ? ` (${code})` : ''}` : `database busy (${code ?? kind})` };
  const permanent = PERMANENT_KINDS[kind];
  if (permanent && database) return { kind: 'refused', reason: reasonOf(database, permanent) };
  return { kind: 'unexpected' };
}
