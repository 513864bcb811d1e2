import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { Principal } from '@twoway/auth';
import { fixedClock } from '@twoway/platform';
import { MUTATION_ATTEMPTS, runMutation, type BeforeMutationCommit, type MutationContext } from './mutation.js';

/** A data source whose transaction records how it ended: committed, or rolled back by a throw. */
function recordingDataSource() {
  const endings: string[] = [];
  const statements: string[] = [];
  const manager = {
    async query(sql: string): Promise<unknown[]> {
      statements.push(sql.trimStart().split(/\s/)[0]!);
      return [];
    },
  };
  const dataSource = {
    async transaction<T>(work: (m: typeof manager) => Promise<T>): Promise<T> {
      try {
        const result = await work(manager);
        endings.push('COMMIT');
        return result;
      } catch (error) {
        endings.push('ROLLBACK');
        throw error;
      }
    },
  };
  return { dataSource: dataSource as unknown as DataSource, endings, statements };
}

const principal: Principal = { subject: 'cell-committee', role: 'CELL_COMMITTEE', organizationId: 'cell-7', memberId: null, name: null, grants: [] };

function contextWith(beforeMutationCommit?: BeforeMutationCommit) {
  const recording = recordingDataSource();
  const context: MutationContext = { principal, requestId: 'request-1', clock: fixedClock('2026-06-15T03:00:00Z'), dataSource: recording.dataSource, beforeMutationCommit };
  return { context, ...recording };
}

const record = { id: 'meeting-1', version: 2 };
const run = (context: MutationContext) =>
  runMutation(context, { operation: 'recordAttendance', idempotencyKey: 'key-1', entity: 'meeting' }, async () => record);

describe('runMutation and the plugins asked before it commits', () => {
  it('commits when no plugin has a say', async () => {
    const { context, endings } = contextWith();
    await expect(run(context)).resolves.toEqual({ result: record, userErrors: [] });
    expect(endings).toEqual(['COMMIT']);
  });

  it('asks once the work and its idempotency record are written, with the operation and the request', async () => {
    const asked: unknown[] = [];
    const { context, endings, statements } = contextWith((mutation) => {
      asked.push({ ...mutation, written: [...statements] });
      return 'commit';
    });
    await run(context);
    expect(asked).toEqual([{ operation: 'recordAttendance', requestId: 'request-1', written: ['SELECT', 'SELECT', 'INSERT'] }]);
    expect(endings).toEqual(['COMMIT']);
  });

  it('rolls back a dry run and answers the caller as if it were kept', async () => {
    const { context, endings } = contextWith(() => 'rollback');
    await expect(run(context)).resolves.toEqual({ result: record, userErrors: [] });
    expect(endings).toEqual(['ROLLBACK']);
  });
});

/** A failure as node-postgres reports a server's ErrorResponse, TypeORM-wrapped as a query would throw it. */
const databaseFailure = (code: string) => new QueryFailedError('UPDATE meeting SET …', [], Object.assign(new Error(`server error ${code}`), { code }));

/** Work that fails with the given SQLSTATEs on its first attempts, then succeeds; counts its attempts. */
function failingFirst(...codes: string[]) {
  let attempts = 0;
  return {
    get attempts() {
      return attempts;
    },
    work: async () => {
      attempts += 1;
      const code = codes[attempts - 1];
      if (code) throw databaseFailure(code);
      return record;
    },
  };
}

const runWith = (context: MutationContext, work: () => Promise<typeof record>) =>
  runMutation(context, { operation: 'recordAttendance', idempotencyKey: 'key-1', entity: 'meeting' }, work);

describe('runMutation when the database fails for a moment', () => {
  it('runs a transaction that lost a race (serialization failure, deadlock) again, and answers its result', async () => {
    const { context, endings } = contextWith();
    const work = failingFirst('40001', '40P01');
    await expect(runWith(context, work.work)).resolves.toEqual({ result: record, userErrors: [] });
    expect(work.attempts).toBe(3);
    expect(endings).toEqual(['ROLLBACK', 'ROLLBACK', 'COMMIT']);
  });

  it('runs it again after a lost connection: the idempotency record makes a committed attempt found, not repeated', async () => {
    const { context, endings } = contextWith();
    const work = failingFirst('57P01');
    await expect(runWith(context, work.work)).resolves.toEqual({ result: record, userErrors: [] });
    expect(endings).toEqual(['ROLLBACK', 'COMMIT']);
  });

  it(`gives up after ${MUTATION_ATTEMPTS} attempts with SERVICE_UNAVAILABLE and a wait, never the SQL`, async () => {
    const { context } = contextWith();
    const work = failingFirst(...Array<string>(MUTATION_ATTEMPTS).fill('40001'));
    const error = await runWith(context, work.work).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect((error as GraphQLError).message).not.toMatch(/UPDATE|40001/);
    expect(work.attempts).toBe(MUTATION_ATTEMPTS);
  });

  it('does not repeat a statement that ran out of time: SERVICE_UNAVAILABLE at once', async () => {
    const { context } = contextWith();
    const work = failingFirst('57014');
    await expect(runWith(context, work.work)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(work.attempts).toBe(1);
  });

  it('answers a value the database cannot store BAD_USER_INPUT, once; a unique conflict stays a CONFLICT user error', async () => {
    const nul = failingFirst('22021');
    await expect(runWith(contextWith().context, nul.work)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(nul.attempts).toBe(1);
    const duplicate = await runWith(contextWith().context, failingFirst('23505').work);
    expect(duplicate.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  });

  it('lets a bug through as it is (masked later as INTERNAL_SERVER_ERROR)', async () => {
    const work = failingFirst('42703');
    await expect(runWith(contextWith().context, work.work)).rejects.toBeInstanceOf(QueryFailedError);
    expect(work.attempts).toBe(1);
  });
});

describe('a mutation reads the clock once', () => {
  it('gives its rules, its audit entry, its message and its idempotency record one instant and one day, across midnight', async () => {
    // 23:59:59 in Vietnam, and a clock that moves on by a minute at every read.
    let reads = 0;
    const clock = { now: () => new Date(Date.parse('2026-06-15T16:59:59Z') + 60_000 * reads++) };
    const instants: unknown[] = [];
    const manager = {
      async query(sql: string, parameters: unknown[] = []): Promise<unknown[]> {
        if (/^\s*INSERT/.test(sql)) instants.push(parameters.find((p) => p instanceof Date));
        return [];
      },
    };
    const dataSource = { transaction: <T>(work: (m: typeof manager) => Promise<T>) => work(manager) } as unknown as DataSource;
    const days: string[] = [];
    const answer = await runMutation({ principal, requestId: 'request-1', clock, dataSource }, { operation: 'recordAttendance', idempotencyKey: 'key-1', entity: 'meeting' }, async (scope) => {
      days.push(scope.today);
      await scope.audit('UPDATE', 'meeting', record.id, null, record);
      await scope.publish('AttendanceRecorded', 'evaluation', { meetingId: record.id });
      days.push(scope.today);
      return record;
    });
    expect(answer.userErrors).toEqual([]);
    expect(days).toEqual(['2026-06-15', '2026-06-15']);
    expect(instants).toHaveLength(3);
    expect(instants.every((instant) => instant instanceof Date && instant.getTime() === Date.parse('2026-06-15T16:59:59Z'))).toBe(true);
    expect(reads).toBe(1);
  });
});
