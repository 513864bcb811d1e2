import { appendFileSync, mkdirSync } from 'node:fs';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { requestContext, truncatedForLog, truncatedText, type Logger } from '@twoway/platform';

/**
 * Counts every SQL statement a data source sends. Tests read it to prove that
 * batching holds (statements per request do not grow with the page size);
 * the benchmark reads it to report statements per request.
 */
export class StatementCounter {
  private count = 0;
  get total(): number {
    return this.count;
  }
  increment(): void {
    this.count += 1;
  }
  reset(): void {
    this.count = 0;
  }
}

/** Where the benchmark has statements recorded (SQL_CAPTURE_DIRECTORY), or undefined: no recording. */
export const sqlCaptureDirectory = (): string | undefined => process.env.SQL_CAPTURE_DIRECTORY || undefined;

/** Requests whose statements `SQL_CAPTURE_DIRECTORY` records (the benchmark's SQL floor replays them). */
export const CAPTURED_REQUEST_PREFIX = 'capture:';

/**
 * Captured writes that are rolled back once recorded (`runMutation`), so that
 * the floor can replay them, committed, against rows not yet written. Only
 * with SQL_CAPTURE_DIRECTORY set, which the benchmark sets and a deployment
 * must never set: the request id comes from the caller, so with it set any
 * caller could have writes answered and not kept, and statements with their
 * parameters written to disk.
 */
export const DRY_RUN_REQUEST_PREFIX = `${CAPTURED_REQUEST_PREFIX}rollback:`;

/** Whether the current request is a captured write to be rolled back (see DRY_RUN_REQUEST_PREFIX). */
export function isDryRunCapture(): boolean {
  return sqlCaptureDirectory() !== undefined && (requestContext.getStore()?.requestId.startsWith(DRY_RUN_REQUEST_PREFIX) ?? false);
}

/**
 * A statement as a log line shows it: the start of its text and how many
 * parameters it has. Their values are left out (they may be personal data),
 * and so is the rest of a bulk statement (the demo data's INSERTs run to
 * 15,000 parameters and 100 kB of text).
 */
export function statementForLog(query: string, parameters: readonly unknown[] = []): { sql: string; parameterCount: number } {
  return { sql: truncatedText(query), parameterCount: parameters.length };
}

/**
 * A TypeORM logger that counts statements and logs failures and slow ones
 * through pino, each statement as statementForLog shows it (at trace level
 * with its first few parameters). With SQL_CAPTURE_DIRECTORY set (the
 * benchmark only), it also appends the statements of requests whose id starts
 * with `capture:` to `<directory>/<pid>.jsonl`, one JSON line each, whole, so
 * that they can be replayed without federation.
 */
export class CountingSqlLogger implements TypeOrmLogger {
  private readonly captureFile: string | undefined;

  constructor(
    private readonly counter: StatementCounter,
    private readonly logger: Logger,
  ) {
    const directory = sqlCaptureDirectory();
    if (directory) mkdirSync(directory, { recursive: true });
    this.captureFile = directory ? `${directory}/${process.pid}.jsonl` : undefined;
  }

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.counter.increment();
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ ...statementForLog(query, parameters), parameters: truncatedForLog(parameters ?? []) }, 'sql');
    if (this.captureFile) {
      const requestId = requestContext.getStore()?.requestId;
      if (requestId?.startsWith(CAPTURED_REQUEST_PREFIX)) appendFileSync(this.captureFile, `${JSON.stringify({ requestId, sql: query, parameters: parameters ?? [] })}\n`);
    }
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.logger.error({ err: error, ...statementForLog(query, parameters) }, 'sql failed');
  }
  logQuerySlow(time: number, query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.logger.warn({ ms: time, ...statementForLog(query, parameters) }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
