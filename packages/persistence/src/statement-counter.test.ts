import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { createLogger, requestContext } from '@twoway/platform';
import { CountingSqlLogger, StatementCounter, type SentStatement } from './statement-counter.js';

/** A logger at `level` that keeps its lines, parsed. */
function recordingLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('test', level, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { lines, sqlLogger: new CountingSqlLogger(new StatementCounter(), logger), logger };
}

// Like the demo data's bulk INSERTs: 1,500 rows of 10 columns, 15,000 parameters, over 100 kB of text.
const placeholders = (row: number) => Array.from({ length: 10 }, (_, column) => `$${row * 10 + column + 1}`).join(', ');
const bulkInsert = `INSERT INTO "member"("id", "full_name") VALUES ${Array.from({ length: 1_500 }, (_, row) => `(${placeholders(row)})`).join(', ')}`;
const parameters = Array.from({ length: 15_000 }, (_, index) => `citizen-${index}`);

describe('statements in the logs', () => {
  it('shows a slow bulk statement by the start of its text and its number of parameters, none of their values', () => {
    const { lines, sqlLogger } = recordingLogger('info');
    sqlLogger.logQuerySlow(2_500, bulkInsert, parameters);
    expect(bulkInsert.length).toBeGreaterThan(100_000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'slow sql', ms: 2_500, parameterCount: 15_000 });
    expect(lines[0]!.sql).toMatch(/^INSERT INTO "member"\("id", "full_name"\) VALUES \(\$1, \$2, .*… \(\d+ more characters\)$/);
    expect(JSON.stringify(lines[0]).length).toBeLessThan(1_000);
    expect(JSON.stringify(lines[0])).not.toContain('citizen-');
  });

  it('shows a failed statement the same way, and the error it threw without its parameter list', () => {
    const { lines, sqlLogger, logger } = recordingLogger('info');
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "member_pkey"'), { code: '23505' });
    sqlLogger.logQueryError(driverError, bulkInsert, parameters);
    // The error TypeORM then throws carries the statement and every parameter; a resolver's log of it must not.
    logger.error({ err: new QueryFailedError(bulkInsert, parameters, driverError) }, 'unexpected error');
    expect(lines.map((line) => [line.msg, line.parameterCount])).toEqual([
      ['sql failed', 15_000],
      ['unexpected error', undefined],
    ]);
    for (const line of lines) expect(JSON.stringify(line).length).toBeLessThan(10_000); // stacks stay whole
    expect(lines[1]!.err).toMatchObject({ type: 'QueryFailedError', parameters: ['citizen-0', 'citizen-1', 'citizen-2', 'citizen-3', 'citizen-4', '… (14995 more)'] });
  });

  it('at trace level, shows the first few parameters and how many more there are', () => {
    const { lines, sqlLogger } = recordingLogger('trace');
    sqlLogger.logQuery(bulkInsert, parameters);
    sqlLogger.logQuery('SELECT 1 WHERE $1 = ANY($2)', ['a', ['b', 'c']]);
    expect(lines.map((line) => [line.parameterCount, line.parameters])).toEqual([
      [15_000, ['citizen-0', 'citizen-1', 'citizen-2', 'citizen-3', 'citizen-4', '… (14995 more)']],
      [2, ['a', ['b', 'c']]],
    ]);
    expect(JSON.stringify(lines[0]).length).toBeLessThan(1_000);
  });
});

describe('statements counted', () => {
  it('counts every statement, and tells each observer the statement whole with the id of the request it served', () => {
    const counter = new StatementCounter();
    const sqlLogger = new CountingSqlLogger(counter, createLogger('test', 'info', { write: () => undefined }));
    sqlLogger.logQuery('SELECT 1');
    const seen: SentStatement[] = [];
    counter.observe((statement) => seen.push(statement));
    sqlLogger.logQuery('SELECT 2');
    requestContext.run({ requestId: 'request-1' }, () => sqlLogger.logQuery(bulkInsert, parameters));
    expect(counter.total).toBe(3);
    expect(seen).toEqual([
      { requestId: undefined, sql: 'SELECT 2', parameters: [] },
      { requestId: 'request-1', sql: bulkInsert, parameters },
    ]);
    counter.reset();
    expect(counter.total).toBe(0);
  });
});
