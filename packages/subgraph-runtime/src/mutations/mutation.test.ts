import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Principal } from '@twoway/auth';
import { fixedClock } from '@twoway/platform';
import { runMutation, type BeforeMutationCommit, type MutationContext } from './mutation.js';

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
