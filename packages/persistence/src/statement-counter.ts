import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { requestContext, truncatedForLog, truncatedText, type Logger } from '@twoway/platform';

/** A statement a data source sent, whole, and the id of the request it served when that is tracked (requestContext). */
export interface SentStatement {
  requestId: string | undefined;
  sql: string;
  parameters: readonly unknown[];
}

/** Told every statement a data source sends, as it is sent. */
export type StatementObserver = (statement: SentStatement) => void;

/**
 * Counts every SQL statement a data source sends. Tests read it to prove that
 * batching holds (statements per request do not grow with the page size).
 * Observers, when any, are told each statement with its request's id.
 */
export class StatementCounter {
  private count = 0;
  private readonly observers: StatementObserver[] = [];
  get total(): number {
    return this.count;
  }
  /** Counts one statement and tells the observers. */
  record(sql: string, parameters: readonly unknown[] = []): void {
    this.count += 1;
    if (this.observers.length === 0) return;
    const statement = { requestId: requestContext.getStore()?.requestId, sql, parameters };
    for (const observer of this.observers) observer(statement);
  }
  /** From now on, tells `observer` every statement counted (a subgraph plugin's, say). */
  observe(observer: StatementObserver): void {
    this.observers.push(observer);
  }
  reset(): void {
    this.count = 0;
  }
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
 * A TypeORM logger that counts statements (telling the counter's observers)
 * and logs failures and slow ones through pino, each statement as
 * statementForLog shows it (at trace level with its first few parameters).
 */
export class CountingSqlLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: StatementCounter,
    private readonly logger: Logger,
  ) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.counter.record(query, parameters);
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ ...statementForLog(query, parameters), parameters: truncatedForLog(parameters ?? []) }, 'sql');
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
