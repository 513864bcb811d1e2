import { inScope, inSubtreeSql, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import type { CountedListQuery, KeysetRow, ListQuery } from '@twoway/persistence';
import { countedListTotalSql, countedSubtreeList, policyValue, subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { ResidenceDisagreementKind } from '../generated/resolvers-types.js';
import { ABSENT_AT_LAST_TWO } from '../migrations/1764400000297-AbsenteesCounted.js';

type Node = Pick<OrganizationUnit, 'path'>;

/** A member the workplace reports EXEMPT or NOT_INTRODUCED is never expected at meetings (docs/party-life.md). */
const EXPECTED_AT_MEETINGS = (memberId: string) =>
  `NOT EXISTS (SELECT 1 FROM member_standing s WHERE s.member_id = ${memberId} AND s.residence_duty IN ('EXEMPT', 'NOT_INTRODUCED'))`;

/** The registration `alias` is in force on `day` (assigned by then, not ended) and its member expected at meetings. */
const EXPECTED_ON = (alias: string, day: string) =>
  `${alias}.assigned_on <= ${day} AND (${alias}.ended_on IS NULL OR ${alias}.ended_on > ${day}) AND ${EXPECTED_AT_MEETINGS(`${alias}.member_id`)}`;

/**
 * SQL: of the members in `members` (a SELECT of ids), those absent or excused at both of their last two semi-annual
 * meetings held by `day`, judged from the records: meetings whose attendance the cell recorded, as the projection
 * registration_attendance counts them (migration 299).
 */
const ABSENT_AT_LAST_TWO_BY = (day: string, members: string) => `
  SELECT member_id FROM (
    SELECT a.member_id, a.status, row_number() OVER (PARTITION BY a.member_id ORDER BY a.held_on DESC, a.meeting_id DESC) AS n
    FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
    WHERE a.member_id IN (${members}) AND m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.attendance_recorded_on IS NOT NULL AND a.held_on <= ${day}) ranked
  WHERE n <= 2 GROUP BY member_id HAVING count(*) = 2 AND bool_and(status IN ('ABSENT', 'EXCUSED'))`;

/**
 * Registered members (active on `asOf` in the subtree at $1) who attended
 * neither of the last two semi-annual two-way meetings they were expected at
 * (recorded ABSENT or EXCUSED at both), by the day they were received.
 * Members exempt or not introduced (as the workplace last reported) are never
 * expected, so never listed. The whole list, for a ward's page and total
 * (and a scope the counts cannot answer); a province's is counted
 * (absentFromLastTwoMeetingsCounted).
 */
export function absentFromLastTwoMeetingsQuery(scope: Scope, asOf: string): ListQuery {
  const registeredOn = (alias: string) => `${inScope(`${alias}.organization_id`, '$1', scope)} AND ${EXPECTED_ON(alias, '$2')}`;
  return {
    sql: `WITH later AS MATERIALIZED (
            -- Registrations with semi-annual meetings after $2 (none when $2 is today): judged below from the records.
            SELECT r.registration_id, r.member_id, r.received_on FROM registration_attendance r WHERE r.last_held_on > $2 AND ${registeredOn('r')})
          -- The others (no semi-annual meeting after $2): their last two are the projection's, read from its index by
          -- organisation (migration 296), so that a node reads its own entries, not the country's; only the two
          -- columns of the list, so that the list materialised for its page and total stays small.
          SELECT r.registration_id AS id, r.received_on::text AS sort_key FROM registration_attendance r
          WHERE r.last_held_on <= $2 AND ${ABSENT_AT_LAST_TWO('r.')} AND ${registeredOn('r')}
          UNION ALL
          SELECT l.registration_id, l.received_on::text FROM later l WHERE l.member_id IN (${ABSENT_AT_LAST_TWO_BY('$2', 'SELECT member_id FROM later')})`,
    parameters: [scopeParameter(scope), asOf],
  };
}

/**
 * The same list for the whole subtree of `node`, counted: its total from the
 * counts kept at the node (the measure `list_absent_twice`, whose facts
 * migration 297 defines: a registration counts from the later of its
 * assignment and its second absence, until it ends), and its first rows read
 * in the order of the day received from their index (migration 297), each
 * tested for the subtree on its organisation's path. A registration with
 * meetings after `asOf` (none when it is today) is judged from the records,
 * as in the list read whole, and added to the total.
 */
export function absentFromLastTwoMeetingsCounted(node: Pick<OrganizationUnit, 'id' | 'path'>, asOf: string): CountedListQuery {
  const inSubtree = (alias: string) => `JOIN organization_unit o ON o.id = ${alias}.organization_id AND ${inSubtreeSql('o.path', '$2::text')}`;
  return {
    with: `later AS MATERIALIZED (
             -- Registrations of the subtree with semi-annual meetings after $1 (none when $1 is today): judged from the records.
             SELECT l.registration_id, l.member_id, l.received_on FROM registration_attendance l ${inSubtree('l')}
             WHERE l.last_held_on > $1 AND ${EXPECTED_ON('l', '$1')}),
           later_absent AS MATERIALIZED (
             SELECT l.registration_id AS id, l.received_on AS sort_value FROM later l
             WHERE l.member_id IN (${ABSENT_AT_LAST_TWO_BY('$1', 'SELECT member_id FROM later')}))`,
    parts: [
      `SELECT r.registration_id AS id, r.received_on AS sort_value FROM registration_attendance r ${inSubtree('r')}
       WHERE r.last_held_on <= $1 AND ${ABSENT_AT_LAST_TWO('r.')} AND ${EXPECTED_ON('r', '$1')}`,
      'SELECT id, sort_value FROM later_absent',
    ],
    sortType: 'date',
    total: countedListTotalSql({ node: '$3::uuid', path: '$2::text', day: '$1::date', measures: [`'list_absent_twice'`], plus: 'SELECT count(*) FROM later_absent' }),
    parameters: [asOf, node.path, node.id],
  };
}

/** The members of the subtree of `node` absent from their last two semi-annual meetings on `asOf`. */
export function absentFromLastTwoMeetingsIn(reader: ListReader, node: Pick<OrganizationUnit, 'id' | 'path'>, asOf: string): ListSource<KeysetRow> {
  return countedSubtreeList(reader, node, {
    counted: () => absentFromLastTwoMeetingsCounted(node, asOf),
    fromRecords: (scope) => absentFromLastTwoMeetingsQuery(scope, asOf),
  });
}

/**
 * Members the residence still lists (open registration in the subtree at $1)
 * whom the workplace says have left (LEFT_AT_WORKPLACE), or of whom it has no
 * record (UNKNOWN_AT_WORKPLACE); judged against the member_standing projection.
 * Neither a retired member (the cell is now their own) nor one in transit
 * between organisations (their new workplace introduces them, often to the
 * same ward: re-homing) has left. Read from the projection that keeps them
 * (residence_disagreement, migration 800), a ward's and a province's alike.
 */
export function residenceDisagreementsQuery(scope: Scope, kind: ResidenceDisagreementKind | null): ListQuery {
  const kindOf = `CASE WHEN d.workplace_status IS NULL THEN 'UNKNOWN_AT_WORKPLACE' ELSE 'LEFT_AT_WORKPLACE' END`;
  return {
    sql: `SELECT * FROM (
            SELECT ${kindOf} || ':' || d.registration_id AS id, d.received_on::text AS sort_key, ${kindOf} AS kind, d.member_id, d.organization_id,
                   CASE WHEN d.workplace_status IS NULL THEN 'Đăng ký sinh hoạt tại đây (' || d.registration_status || ') nhưng không có trong hồ sơ của cấp ủy nơi làm việc nào'
                        ELSE 'Tại đây vẫn ' || d.registration_status || ', nhưng nơi làm việc báo ' || d.workplace_status || ' từ ngày ' || to_char(d.workplace_changed_on, 'DD/MM/YYYY') END AS detail
            FROM residence_disagreement d
            WHERE ${inScope('d.organization_id', '$1', scope)}
          ) d ${kind ? 'WHERE d.kind = $2' : ''}`,
    parameters: kind ? [scopeParameter(scope), kind] : [scopeParameter(scope)],
  };
}

/** The residence disagreements of the subtree of `node`. */
export function residenceDisagreementsIn(reader: ListReader, node: Node, kind: ResidenceDisagreementKind | null): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => residenceDisagreementsQuery(scope, kind));
}

/**
 * Residential cells (in force on $2, in the subtree at $1) with at least one
 * two-way member registered on $2 (assigned, activity TWO_WAY, and a residence
 * duty of TWO_WAY as the workplace last reported it, or none reported) and no
 * semi-annual two-way meeting held in the $3 months up to $2: held means its
 * attendance recorded (a meeting only scheduled, or never recorded, is not).
 * The cell itself holds the meeting; never-met cells first, then the longest
 * waiting.
 */
export function cellsWithoutSemiAnnualMeetingQuery(scope: Scope, asOf: string, months: number): ListQuery {
  // The cells whose last meeting is too old (or who never met) first, each from its own meetings; only theirs
  // have their waiting members counted (fenced by OFFSET 0, so that the count waits for the filter): counted
  // for every cell first, Hà Nội's 2,207 cells took 1.6 s over a million members, of which none was overdue.
  return {
    sql: `SELECT c.id, COALESCE(c.held_on::text, '') AS sort_key, c.held_on::text AS "lastHeldOn", waiting.n AS "twoWayMembersWaiting"
          FROM (
            SELECT c.id, last.held_on FROM organization_unit c
            LEFT JOIN LATERAL (
              SELECT m.held_on FROM meeting m WHERE m.organization_id = c.id AND m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.held_on <= $2 AND m.attendance_recorded_on IS NOT NULL
              ORDER BY m.held_on DESC LIMIT 1) last ON true
            WHERE ${inScope('c.id', '$1', scope)} AND c.kind = 'RESIDENTIAL_CELL'
              AND c.valid_from <= $2 AND (c.valid_to IS NULL OR c.valid_to >= $2)
              AND (last.held_on IS NULL OR last.held_on <= ($2::date - make_interval(months => $3::int))::date)
            OFFSET 0) c
          CROSS JOIN LATERAL (
            SELECT count(*)::int AS n FROM residence_registration r LEFT JOIN member_standing s ON s.member_id = r.member_id
            WHERE r.organization_id = c.id AND r.activity = 'TWO_WAY' AND r.assigned_on <= $2 AND (r.ended_on IS NULL OR r.ended_on > $2)
              AND COALESCE(s.residence_duty, 'TWO_WAY') = 'TWO_WAY') waiting
          WHERE waiting.n > 0`,
    parameters: [scopeParameter(scope), asOf, months],
  };
}

/** The cells of the subtree of `node` overdue for their semi-annual meeting on `asOf`, by the cadence in force that day. */
export function cellsWithoutSemiAnnualMeetingIn(
  reader: ListReader & { dataSource: DataSource },
  node: Node,
  asOf: string,
): ListSource<KeysetRow<{ lastHeldOn: string | null; twoWayMembersWaiting: number }>> {
  return subtreeList(reader, node, async (scope) =>
    cellsWithoutSemiAnnualMeetingQuery(scope, asOf, await policyValue<number>(reader.dataSource, 'SEMI_ANNUAL_MEETING_MONTHS', asOf)));
}
