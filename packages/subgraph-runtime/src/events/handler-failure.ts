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

/** SQLSTATE classes and codes that pass: the same statement may succeed later. */
const TRANSIENT_CLASSES = ['08', '53', '57'];
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03']);
/** Classes that never succeed on a retry of the same event: its data, or the handler's SQL, is at fault. */
const PERMANENT_CLASSES: Record<string, string> = {
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '42': 'statement error in the handler',
};
/** Node's codes of a connection that could not be made or was lost. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

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

export function classifyHandlerFailure(error: unknown): HandlerFailure {
  const database = databaseErrorOf(error);
  if (database) {
    const code = database.code!;
    if (CONNECTION_CODES.has(code)) return { kind: 'transient', reason: `database unreachable (${code})` };
    const sqlClass = code.slice(0, 2);
    if (TRANSIENT_CODES.has(code) || TRANSIENT_CLASSES.includes(sqlClass)) return { kind: 'transient', reason: `database busy or restarting (${code})` };
    const kind = PERMANENT_CLASSES[sqlClass];
    if (kind) return { kind: 'refused', reason: reasonOf(database, kind) };
    return { kind: 'unexpected' };
  }
  // node-postgres loses a connection without a SQLSTATE: "Connection terminated unexpectedly" and the like.
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (/connection terminated|connection timeout|cannot use a pool after calling end|Connection is not established/i.test(message)) {
    return { kind: 'transient', reason: 'database connection lost' };
  }
  return { kind: 'unexpected' };
}
