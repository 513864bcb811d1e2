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
  /**
   * An indexed column holding the cell if there is one, else the ward (`COALESCE(cell, ward)`), for a table
   * whose `ward` and `cell` have no index of their own; otherwise each is looked up by its own index.
   */
  node?: string;
}

/** Records a run of the job moves at most, per kind and column: a transaction of about a second at a million members. */
export const SUCCESSIONS_PER_RUN = 1000;

/**
 * SQL: moves up to $2 open records from the nodes in `column` that ended before $1 with a successor, setting
 * `set` (on `moved.node`, the successor, and `moved.parent`, its parent). Read from the ended nodes (the index of
 * the nodes that name a successor: a few thousand in the country) into each one's records by an index on the
 * node (the subquery fenced by OFFSET 0, so that the planner cannot turn it into a pass over the whole table: the
 * job runs on every tick of the scheduler). The UPDATE tests the record open again, on the row it writes: one
 * closed meanwhile by another transaction stays where it was.
 */
function moveSql(records: OpenRecordsAtNodes, column: string, set: string, extra = ''): string {
  // With `node`, the record is at the cell if it has one, else at the ward: its node alone tells which (comparing
  // both columns with the node led the planner to read the whole table).
  const at = records.node
    ? `r.${records.node} = e.id${records.cell ? ` AND r.${records.cell} IS ${column === records.cell ? 'NOT ' : ''}NULL` : ''}`
    : `r.${column} = e.id`;
  return `WITH moved AS (
      SELECT found.id, s.id AS node, s.parent_id AS parent
      FROM organization_unit e
      JOIN organization_unit s ON s.id = e.successor_id
      CROSS JOIN LATERAL (SELECT r.id FROM ${records.table} r WHERE ${at} AND (${records.open})${extra} OFFSET 0) found
      WHERE e.successor_id IS NOT NULL AND e.valid_to < $1::date
      ORDER BY found.id LIMIT $2)
    UPDATE ${records.table} r SET ${set}, version = r.version + 1 FROM moved WHERE r.id = moved.id AND (${records.open})`;
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
