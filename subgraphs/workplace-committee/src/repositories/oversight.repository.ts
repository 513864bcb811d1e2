import type { DataSource } from 'typeorm';
import { inScope, type OrganizationUnit } from '@twoway/org-tree';
import type { KeysetRow, ListQuery } from '@twoway/persistence';
import { policyValue, subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import type { LostLetterStage, WorkplaceDisagreementKind } from '../generated/resolvers-types.js';

type Node = Pick<OrganizationUnit, 'path'>;

/**
 * Letters lost between the two sides on a day, in the subtree whose node
 * ids are $1: not received by the due date, or received and not assigned
 * within the assignment deadline. Judged from dates, so a past day is
 * answered as it was (letters ended since are left out).
 */
export function lostLettersQuery(scope: string[], asOf: string, assignmentDays: number, stage: LostLetterStage | null): ListQuery {
  return {
    sql: `SELECT id, sort_key, stage FROM (
        SELECT l.id,
          CASE WHEN l.received_on IS NULL OR l.received_on > $2 THEN 'NOT_RECEIVED' ELSE 'NOT_ASSIGNED' END AS stage,
          (CASE WHEN l.received_on IS NULL OR l.received_on > $2 THEN l.due_on ELSE l.received_on + $3::int END)::text AS sort_key
        FROM introduction_letter l
        WHERE (${inScope('l.to_ward_id', '$1::uuid[]')} OR ${inScope('l.workplace_organization_id', '$1::uuid[]')})
          AND l.status NOT IN ('ENDED', 'RETURNED') AND l.issued_on <= $2
          AND (l.assigned_on IS NULL OR l.assigned_on > $2)
      ) lost
      WHERE lost.sort_key < $2::text
        ${stage ? 'AND lost.stage = $4' : ''}`,
    parameters: stage ? [scope, asOf, assignmentDays, stage] : [scope, asOf, assignmentDays],
  };
}

/** The letters lost in the subtree of `node` on `asOf`, judged by the assignment deadline in force that day. */
export function lostLettersIn(reader: ListReader & { dataSource: DataSource }, node: Node, asOf: string, stage: LostLetterStage | null): ListSource<KeysetRow<{ stage: LostLetterStage }>> {
  return subtreeList(reader, node, async (scope) => lostLettersQuery(scope, asOf, await policyValue<number>(reader.dataSource, 'ASSIGNMENT_DAYS', asOf), stage));
}

/** Members in the subtree with letters open to two wards at once. */
export function openToTwoWardsQuery(scope: string[]): ListQuery {
  return {
    sql: `SELECT 'OPEN_TO_TWO_WARDS:' || m.id AS id, m.full_name AS sort_key, 'OPEN_TO_TWO_WARDS' AS kind, m.id AS member_id, m.workplace_organization_id AS organization_id,
             'Letters open to ' || count(DISTINCT l.to_ward_id) || ' wards: ' || string_agg(l.number, ', ' ORDER BY l.issued_on) AS detail
          FROM member m JOIN introduction_letter l ON l.member_id = m.id
          WHERE l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED') AND ${inScope('m.workplace_cell_id', '$1::uuid[]')}
          GROUP BY m.id HAVING count(DISTINCT l.to_ward_id) > 1`,
    parameters: [scope],
  };
}

/** Member records in the subtree that share a citizen ID with another record. */
export function sharedCitizenIdQuery(scope: string[]): ListQuery {
  return {
    sql: `SELECT 'SHARED_CITIZEN_ID:' || m.id AS id, m.citizen_id AS sort_key, 'SHARED_CITIZEN_ID' AS kind, m.id AS member_id, m.workplace_organization_id AS organization_id,
             'Citizen ID ' || m.citizen_id || ' is also on ' || (SELECT string_agg(o.dossier_number, ', ') FROM member o WHERE o.citizen_id = m.citizen_id AND o.id <> m.id) AS detail
          FROM member m
          WHERE m.citizen_id IS NOT NULL AND ${inScope('m.workplace_cell_id', '$1::uuid[]')}
            AND EXISTS (SELECT 1 FROM member o WHERE o.citizen_id = m.citizen_id AND o.id <> m.id)`,
    parameters: [scope],
  };
}

/** Both kinds of workplace disagreement, or one. */
export function workplaceDisagreementsQuery(scope: string[], kind: WorkplaceDisagreementKind | null): ListQuery {
  const parts = [kind !== 'SHARED_CITIZEN_ID' ? openToTwoWardsQuery(scope).sql : null, kind !== 'OPEN_TO_TWO_WARDS' ? sharedCitizenIdQuery(scope).sql : null].filter(Boolean);
  return { sql: parts.join(' UNION ALL '), parameters: [scope] };
}

/** The workplace disagreements of the subtree of `node`. */
export function workplaceDisagreementsIn(reader: ListReader, node: Node, kind: WorkplaceDisagreementKind | null): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => workplaceDisagreementsQuery(scope, kind));
}
