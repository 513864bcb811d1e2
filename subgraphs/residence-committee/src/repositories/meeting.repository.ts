import { In, type DataSource, type EntityManager } from 'typeorm';
import { inScope, inSubtreeSql, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { inKeyOrder, type KeysetRow, type ListQuery } from '@twoway/persistence';
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

/** Whether the cell or ward has recorded attendance at the meeting (entries other than members' own excuses). */
export async function hasAttendanceRecordedByTheCell(reader: Reader, meetingId: string): Promise<boolean> {
  const [row] = (await reader.query(
    `SELECT EXISTS (SELECT 1 FROM meeting_attendance WHERE meeting_id = $1 AND excuse_reason IS NULL) AS recorded`, [meetingId],
  )) as { recorded: boolean }[];
  return row?.recorded === true;
}

/**
 * A member's invitations: meetings of the nodes given (the ward and cell of
 * their open registration) held on `from` or later, the soonest first.
 */
export async function findUpcomingMeetings(reader: Reader, organizationIds: string[], from: string, limit: number): Promise<Meeting[]> {
  return reader.getRepository(Meeting)
    .createQueryBuilder('m')
    .where('m.organization_id = ANY(:organizationIds)', { organizationIds })
    .andWhere('m.held_on >= :from', { from })
    .orderBy('m.held_on', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .limit(limit)
    .getMany();
}
