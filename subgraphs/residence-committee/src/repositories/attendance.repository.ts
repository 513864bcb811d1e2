import type { DataSource } from 'typeorm';
import { prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { MeetingAttendance } from '../entities/meeting-attendance.entity.js';

/** A member's attendance entries over a period; the counts are derived from them. */
export interface AttendanceSummary {
  from: string;
  to: string;
  entries: MeetingAttendance[];
  /** The member is never expected here (residence duty EXEMPT or NOT_INTRODUCED): only the meetings they came to count. */
  neverExpected: boolean;
}

export const periodKey = (memberId: string, from: string, to: string) => `${memberId}|${from}|${to}`;

/**
 * A member's attendance entries at meetings held in a period, newest first: every column of the row, named and
 * typed as the entity has it (dates as 'YYYY-MM-DD' text, as TypeORM gives a `date` column). Hand-written
 * rather than a query builder, whose building and mapping was most of this read's CPU in the benchmark's
 * profile (hand-written-reads.int.test.ts compares the rows with TypeORM's).
 */
const ATTENDANCE_OF_MEMBERS_IN_PERIOD = prepared(`SELECT meeting_id AS "meetingId", member_id AS "memberId", organization_id AS "organizationId",
  held_on::text AS "heldOn", status, contribution, excuse_reason AS "excuseReason"
  FROM meeting_attendance WHERE member_id = ${anyOfKeys('$1')} AND held_on BETWEEN $2 AND $3 ORDER BY held_on DESC`);

/**
 * Attendance of many members over possibly several periods: one statement per
 * distinct period (in practice one per request), never one per member.
 */
export async function findAttendanceByMemberAndPeriod(
  dataSource: DataSource,
  keys: readonly string[],
): Promise<MeetingAttendance[][]> {
  const byPeriod = new Map<string, string[]>();
  for (const key of keys) {
    const [memberId, from, to] = key.split('|') as [string, string, string];
    const period = `${from}|${to}`;
    const members = byPeriod.get(period);
    if (members) members.push(memberId);
    else byPeriod.set(period, [memberId]);
  }
  const found = new Map<string, MeetingAttendance[]>();
  await Promise.all(
    [...byPeriod].map(async ([period, memberIds]) => {
      const [from, to] = period.split('|') as [string, string];
      for (const entry of await queryEntities(dataSource, MeetingAttendance, ATTENDANCE_OF_MEMBERS_IN_PERIOD, [memberIds, from, to])) {
        const key = periodKey(entry.memberId, from, to);
        const entries = found.get(key);
        if (entries) entries.push(entry);
        else found.set(key, [entry]);
      }
    }),
  );
  return keys.map((key) => found.get(key) ?? []);
}
