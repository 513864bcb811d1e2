import { In, type DataSource, type EntityManager } from 'typeorm';
import { inScope, inSubtreeSql, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { groupedInKeyOrder, inKeyOrder, type KeysetRow, type ListQuery } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import { Meeting } from '../entities/meeting.entity.js';
import { MeetingAttendance } from '../entities/meeting-attendance.entity.js';

type Reader = DataSource | EntityManager;

/** Meetings by id, in the order asked; null for an id not found. */
export async function findMeetings(reader: Reader, ids: readonly string[]): Promise<(Meeting | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(Meeting).findBy({ id: In([...ids]) }), (m) => m.id);
}

/** Meetings held by a node the scope at $1 covers between $2 and $3 (inclusive), the newest first. */
export function meetingsQuery(scope: Scope, from: string, to: string): ListQuery {
  return {
    sql: `SELECT m.id, m.held_on::text AS sort_key FROM meeting m
          WHERE ${inScope('m.organization_id', '$1', scope)} AND m.held_on BETWEEN $2 AND $3`,
    parameters: [scopeParameter(scope), from, to],
    order: 'DESC',
  };
}

/** The meetings of the subtree of `node` over a period (see meetingsQuery). */
export function meetingsIn(reader: ListReader, node: Pick<OrganizationUnit, 'path'>, from: string, to: string): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => meetingsQuery(scope, from, to));
}

/** The attendance recorded at the meetings asked, by member. */
export function findAttendanceAtMeetings(reader: Reader, meetingIds: readonly string[]): Promise<MeetingAttendance[]> {
  return reader.getRepository(MeetingAttendance).find({ where: { meetingId: In([...meetingIds]) }, order: { memberId: 'ASC' } });
}

/** Which of these members were registered (assigned, not ended) in the subtree at `path` on `day`. */
export async function membersRegisteredOn(reader: Reader, memberIds: string[], path: string, day: string): Promise<Set<string>> {
  const rows = (await reader.query(
    `SELECT r.member_id FROM residence_registration r JOIN organization_unit o ON o.id = r.organization_id
     WHERE r.member_id::text = ANY($1) AND ${inSubtreeSql('o.path', '$2::text')} AND r.assigned_on <= $3 AND (r.ended_on IS NULL OR r.ended_on > $3)`,
    [memberIds, path, day],
  )) as { member_id: string }[];
  return new Set(rows.map((row) => row.member_id));
}

/**
 * Locks the meeting's row to the end of the caller's transaction (FOR UPDATE): the cell's recording of
 * attendance and a member's excuse are decided one after the other, each on what the other committed. Answers,
 * as the locked row has it, whether the cell or ward has recorded the meeting's attendance (recordAttendance).
 */
export async function lockMeeting(manager: EntityManager, meetingId: string): Promise<{ attendanceRecorded: boolean }> {
  const [row] = (await manager.query('SELECT attendance_recorded_on IS NOT NULL AS recorded FROM meeting WHERE id = $1 FOR UPDATE', [meetingId])) as { recorded: boolean }[];
  return { attendanceRecorded: row?.recorded === true };
}

/** How many of a member's coming meetings are listed (Member.upcomingMeetings). */
export const UPCOMING_MEETINGS = 20;

/** The key of a member's invitations (the `invitations` loader): from which day, and the ward and cell of their open registration. */
export const invitationsKey = (from: string, wardId: string, cellId: string | null) => [from, wardId, ...(cellId ? [cellId] : [])].join('|');

/**
 * Members' invitations, one statement for every key asked (invitationsKey): the
 * meetings of the key's ward and cell held on its day or later, the soonest
 * first, at most `limit` each; in the order of the keys.
 */
export async function findInvitations(reader: Reader, keys: readonly string[], limit: number): Promise<Meeting[][]> {
  const rows = (await reader.query(
    `SELECT k.key, m.id FROM unnest($1::text[]) AS k(key)
     CROSS JOIN LATERAL (
       SELECT m.id, m.held_on FROM meeting m
       WHERE m.organization_id = ANY((string_to_array(k.key, '|'))[2:]::uuid[]) AND m.held_on >= split_part(k.key, '|', 1)::date
       ORDER BY m.held_on, m.id LIMIT $2) m
     ORDER BY m.held_on, m.id`,
    [keys, limit],
  )) as { key: string; id: string }[];
  const meetings = new Map((await findMeetings(reader, [...new Set(rows.map((r) => r.id))])).map((m) => [m!.id, m!]));
  return groupedInKeyOrder(keys, rows, (row) => row.key).map((group) => group.map((row) => meetings.get(row.id)!));
}
