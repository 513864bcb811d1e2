import { vietnamDate } from '@twoway/platform';
import type { ScheduledJob } from '../events/scheduler.js';

/**
 * One kind of a subgraph's records that name a residential (or any) node and
 * follow it while they are open: a registration, a letter on its way, a
 * comment request not yet answered.
 */
export interface OpenRecordsAtNodes {
  /** The table, and its records' kind in the job's counts. */
  table: string;
  /** SQL condition, on the table's row as `r`, that the record is still open. */
  open: string;
  /** The column naming the record's ward (or the node above its cell). */
  ward: string;
  /** The column naming its cell under that ward, if the record has one (null until assigned). */
  cell?: string;
}

/** Records a run of the job moves at most, per kind and column: a transaction of about a second at a million members. */
export const SUCCESSIONS_PER_RUN = 1000;

/** SQL: moves up to $2 open records from `column`'s nodes that ended before $1 with a successor, setting `set` (on `moved.node`, `moved.parent`). */
function moveSql(records: OpenRecordsAtNodes, column: string, set: string, extra = ''): string {
  return `WITH moved AS (
      SELECT r.id, s.id AS node, s.parent_id AS parent
      FROM ${records.table} r
      JOIN organization_unit e ON e.id = r.${column} AND e.successor_id IS NOT NULL AND e.valid_to < $1::date
      JOIN organization_unit s ON s.id = e.successor_id
      WHERE (${records.open})${extra}
      ORDER BY r.id LIMIT $2 FOR UPDATE OF r)
    UPDATE ${records.table} r SET ${set}, version = r.version + 1 FROM moved WHERE r.id = moved.id`;
}

/**
 * Open records follow their node when it ends with a successor ("chuyển
 * nguyên trạng", as the 2025 reform moved every member's activity to the new
 * organisations): from the day after the node's last day, a record still open
 * at an ended cell names the successor cell and that cell's ward, and one at an
 * ended ward with no cell the successor ward. The successor's committee then
 * answers for them (acts on them, lists them, counts them); the ended node's
 * views still cover them through its scope (the successor's subtree), so its
 * past figures keep them. Closed records stay where they were. Every subgraph
 * moves its own records against its own copy of the tree, so one that learns
 * of the end later (by outbox) moves them then. A successor that has itself
 * ended is followed on the next run. Safe to run any number of times.
 */
export function successionsJob(kinds: readonly OpenRecordsAtNodes[]): ScheduledJob {
  return {
    name: 'successions',
    async run(manager, now) {
      const today = vietnamDate(now);
      const counts: Record<string, number> = {};
      let more = false;
      for (const records of kinds) {
        let moved = 0;
        if (records.cell) {
          const [, byCell] = (await manager.query(moveSql(records, records.cell, `${records.cell} = moved.node, ${records.ward} = moved.parent`), [today, SUCCESSIONS_PER_RUN])) as [unknown, number];
          moved += byCell;
          more ||= byCell === SUCCESSIONS_PER_RUN;
        }
        const [, byWard] = (await manager.query(
          moveSql(records, records.ward, `${records.ward} = moved.node`, records.cell ? ` AND r.${records.cell} IS NULL` : ''), [today, SUCCESSIONS_PER_RUN])) as [unknown, number];
        moved += byWard;
        more ||= byWard === SUCCESSIONS_PER_RUN;
        counts[records.table] = moved;
      }
      return { counts, more };
    },
  };
}
