import type { DataSource } from 'typeorm';
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
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), memberId]);
  }
  const found = new Map<string, MeetingAttendance[]>();
  await Promise.all(
    [...byPeriod].map(async ([period, memberIds]) => {
      const [from, to] = period.split('|') as [string, string];
      const rows = await dataSource
        .getRepository(MeetingAttendance)
        .createQueryBuilder('a')
        .where('a.member_id = ANY(:memberIds)', { memberIds })
        .andWhere('a.held_on BETWEEN :from AND :to', { from, to })
        .orderBy('a.held_on', 'DESC')
        .getMany();
      for (const row of rows) {
        const key = periodKey(row.memberId, from, to);
        found.set(key, [...(found.get(key) ?? []), row]);
      }
    }),
  );
  return keys.map((key) => found.get(key) ?? []);
}
