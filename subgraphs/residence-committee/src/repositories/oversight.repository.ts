import { inScope, type OrganizationUnit } from '@twoway/org-tree';
import type { KeysetRow, ListQuery } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import type { ResidenceDisagreementKind } from '../generated/resolvers-types.js';

type Node = Pick<OrganizationUnit, 'path'>;

/**
 * Registered members (active on `asOf` in the subtree at $1) who attended
 * neither of the last two semi-annual two-way meetings they were expected at
 * (recorded ABSENT or EXCUSED at both), by the day they were received.
 */
export function absentFromLastTwoMeetingsQuery(scope: string[], asOf: string): ListQuery {
  return {
    sql: `WITH registered AS MATERIALIZED (
            SELECT * FROM registration_attendance r
            WHERE ${inScope('r.organization_id', '$1::uuid[]')} AND r.assigned_on <= $2 AND (r.ended_on IS NULL OR r.ended_on > $2)),
          -- Members with meetings after $2: their last two by then, from the records.
          ranked AS (
            SELECT a.member_id, a.status, row_number() OVER (PARTITION BY a.member_id ORDER BY a.held_on DESC, a.meeting_id DESC) AS n
            FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
            WHERE a.member_id IN (SELECT member_id FROM registered WHERE last_held_on > $2) AND m.kind = 'SEMI_ANNUAL_TWO_WAY' AND a.held_on <= $2),
          absent_then AS (
            SELECT member_id FROM ranked WHERE n <= 2 GROUP BY member_id
            HAVING count(*) = 2 AND bool_and(status IN ('ABSENT', 'EXCUSED')))
          -- The others (no semi-annual meeting after $2): their last two are the projection's.
          SELECT r.registration_id AS id, r.received_on::text AS sort_key FROM registered r
          WHERE (r.last_held_on <= $2 AND r.last_status IN ('ABSENT', 'EXCUSED') AND r.previous_status IN ('ABSENT', 'EXCUSED'))
             OR r.member_id IN (SELECT member_id FROM absent_then)`,
    parameters: [scope, asOf],
  };
}

/** The members of the subtree of `node` absent from their last two semi-annual meetings on `asOf`. */
export function absentFromLastTwoMeetingsIn(reader: ListReader, node: Node, asOf: string): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => absentFromLastTwoMeetingsQuery(scope, asOf));
}

/**
 * Members the residence still lists (open registration in the subtree at $1)
 * whom the workplace says have left (LEFT_AT_WORKPLACE), or of whom it has no
 * record (UNKNOWN_AT_WORKPLACE); judged against the member_standing projection.
 */
export function residenceDisagreementsQuery(scope: string[], kind: ResidenceDisagreementKind | null): ListQuery {
  return {
    sql: `SELECT * FROM (
            SELECT CASE WHEN s.member_id IS NULL THEN 'UNKNOWN_AT_WORKPLACE' ELSE 'LEFT_AT_WORKPLACE' END || ':' || r.id AS id,
                   r.received_on::text AS sort_key,
                   CASE WHEN s.member_id IS NULL THEN 'UNKNOWN_AT_WORKPLACE' ELSE 'LEFT_AT_WORKPLACE' END AS kind,
                   r.member_id, r.organization_id,
                   CASE WHEN s.member_id IS NULL THEN 'Registered here (' || r.status || ') but unknown to any workplace committee'
                        ELSE 'Still ' || r.status || ' here, but ' || s.status || ' at the workplace since ' || s.changed_on END AS detail
            FROM residence_registration r LEFT JOIN member_standing s ON s.member_id = r.member_id
            WHERE r.status <> 'ENDED' AND ${inScope('r.organization_id', '$1::uuid[]')}
              AND (s.member_id IS NULL OR s.status <> 'ACTIVE')
          ) d ${kind ? 'WHERE d.kind = $2' : ''}`,
    parameters: kind ? [scope, kind] : [scope],
  };
}

/** The residence disagreements of the subtree of `node`. */
export function residenceDisagreementsIn(reader: ListReader, node: Node, kind: ResidenceDisagreementKind | null): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => residenceDisagreementsQuery(scope, kind));
}
