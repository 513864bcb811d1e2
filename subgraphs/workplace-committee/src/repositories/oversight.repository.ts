import type { DataSource } from 'typeorm';
import { inScope, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
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
export function lostLettersQuery(scope: Scope, asOf: string, assignmentDays: number, stage: LostLetterStage | null): ListQuery {
  return {
    sql: `SELECT id, sort_key, stage FROM (
        SELECT l.id,
          CASE WHEN l.received_on IS NULL OR l.received_on > $2 THEN 'NOT_RECEIVED' ELSE 'NOT_ASSIGNED' END AS stage,
          (CASE WHEN l.received_on IS NULL OR l.received_on > $2 THEN l.due_on ELSE l.received_on + $3::int END)::text AS sort_key
        FROM (
          -- Not assigned yet, or (as of a past day) assigned after it: each on its partial index (migration 195, which covers the columns read here),
          -- so a province reads its few thousand open letters, not its hundreds of thousands.
          SELECT id, received_on, due_on, to_ward_id, workplace_organization_id FROM introduction_letter
          WHERE assigned_on IS NULL AND status NOT IN ('ENDED', 'RETURNED') AND issued_on <= $2
          UNION ALL
          SELECT id, received_on, due_on, to_ward_id, workplace_organization_id FROM introduction_letter
          WHERE assigned_on > $2 AND status NOT IN ('ENDED', 'RETURNED') AND issued_on <= $2
        ) l
        WHERE (${inScope('l.to_ward_id', '$1', scope)} OR ${inScope('l.workplace_organization_id', '$1', scope)})
      ) lost
      WHERE lost.sort_key < $2::text
        ${stage ? 'AND lost.stage = $4' : ''}`,
    parameters: stage ? [scopeParameter(scope), asOf, assignmentDays, stage] : [scopeParameter(scope), asOf, assignmentDays],
  };
}

/** The letters lost in the subtree of `node` on `asOf`, judged by the assignment deadline in force that day. */
export function lostLettersIn(reader: ListReader & { dataSource: DataSource }, node: Node, asOf: string, stage: LostLetterStage | null): ListSource<KeysetRow<{ stage: LostLetterStage }>> {
  return subtreeList(reader, node, async (scope) => lostLettersQuery(scope, asOf, await policyValue<number>(reader.dataSource, 'ASSIGNMENT_DAYS', asOf), stage));
}

/**
 * The workplace's disagreements in the subtree, both kinds or one: members
 * with letters open to two wards at once (OPEN_TO_TWO_WARDS), by name; member
 * records sharing a citizen ID with another (SHARED_CITIZEN_ID), which name
 * the other records (`related_member_ids`, wherever they are: the resolver
 * keeps those the caller may reach) and say how many there are, never the
 * citizen ID or another record's numbers, not in the text and not in the sort
 * key, which a cursor would carry to the client (the records of one ID sort
 * together, under the least of their ids). Read from the projection that
 * keeps them (workplace_disagreement, migration 202), a ward's and a
 * province's alike.
 */
export function workplaceDisagreementsQuery(scope: Scope, kind: WorkplaceDisagreementKind | null): ListQuery {
  return {
    sql: `SELECT d.kind || ':' || d.member_id AS id, d.sort_key, d.kind, d.member_id, d.workplace_organization_id AS organization_id, d.detail, d.related_member_ids
          FROM workplace_disagreement d WHERE ${inScope('d.workplace_cell_id', '$1', scope)} ${kind ? 'AND d.kind = $2' : ''}`,
    parameters: kind ? [scopeParameter(scope), kind] : [scopeParameter(scope)],
  };
}

/** The workplace disagreements of the subtree of `node`. */
export function workplaceDisagreementsIn(reader: ListReader, node: Node, kind: WorkplaceDisagreementKind | null): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => workplaceDisagreementsQuery(scope, kind));
}

/**
 * Members working in the subtree at $1 still due for introduction more than
 * $3 days (LETTER_PRESENTATION_DAYS) before $2, by deadline. Judged from the
 * members' current records (introduction_due_since is kept, not a history).
 */
export function membersNotIntroducedQuery(scope: Scope, asOf: string, presentationDays: number): ListQuery {
  return {
    sql: `SELECT m.id, (m.introduction_due_since + $3::int)::text AS sort_key, m.introduction_due_since::text AS "dueSince"
          FROM member m
          WHERE m.status = 'ACTIVE' AND m.introduction_due_since IS NOT NULL AND m.introduction_due_since + $3::int < $2::date
            AND ${inScope('m.workplace_cell_id', '$1', scope)}`,
    parameters: [scopeParameter(scope), asOf, presentationDays],
  };
}

/** The members not introduced in the subtree of `node` on `asOf`, by the presentation deadline in force that day. */
export function membersNotIntroducedIn(reader: ListReader & { dataSource: DataSource }, node: Node, asOf: string): ListSource<KeysetRow<{ dueSince: string }>> {
  return subtreeList(reader, node, async (scope) => membersNotIntroducedQuery(scope, asOf, await policyValue<number>(reader.dataSource, 'LETTER_PRESENTATION_DAYS', asOf)));
}

/**
 * Transfers sent from or to an organisation of the subtree at $1 and not
 * taken in on $2, by the day they are due to be; judged from dates, so a past
 * day is answered as it was. Transfers outside the federation are final, not
 * in transit.
 */
export function membersInTransitQuery(scope: Scope, asOf: string, overdueOnly: boolean): ListQuery {
  return {
    sql: `SELECT t.id, t.due_by::text AS sort_key, (t.due_by < $2::date) AS overdue
          FROM member_transfer t
          WHERE t.to_organization_id IS NOT NULL AND t.sent_on <= $2::date AND (t.received_on IS NULL OR t.received_on > $2::date)
            AND (${inScope('t.from_organization_id', '$1', scope)} OR ${inScope('t.to_organization_id', '$1', scope)})
            ${overdueOnly ? 'AND t.due_by < $2::date' : ''}`,
    parameters: [scopeParameter(scope), asOf],
  };
}

/** The members in transit from or to the subtree of `node` on `asOf`. */
export function membersInTransitIn(reader: ListReader, node: Node, asOf: string, overdueOnly: boolean): ListSource<KeysetRow<{ overdue: boolean }>> {
  return subtreeList(reader, node, (scope) => membersInTransitQuery(scope, asOf, overdueOnly));
}

/**
 * Wards' leaving notices about members working in the subtree at $1, still
 * open on $2 (not yet answered by a letter issued by then, nor closed by then
 * because the member is introduced nowhere any more) more than $3 days
 * (LEAVING_NOTICE_ACTION_DAYS) after the ward sent them, by deadline.
 */
export function unansweredLeavingNoticesQuery(scope: Scope, asOf: string, actionDays: number): ListQuery {
  return {
    sql: `SELECT n.id, (n.reported_on + $3::int)::text AS sort_key
          FROM residence_leaving_notice n JOIN member m ON m.id = n.member_id
          LEFT JOIN introduction_letter answer ON answer.id = n.resolved_by_letter_id
          WHERE n.reported_on + $3::int < $2::date
            AND (n.status = 'OPEN' OR answer.issued_on > $2::date OR n.closed_on > $2::date)
            AND ${inScope('m.workplace_cell_id', '$1', scope)}`,
    parameters: [scopeParameter(scope), asOf, actionDays],
  };
}

/** The unanswered leaving notices of the subtree of `node` on `asOf`, by the action deadline in force that day. */
export function unansweredLeavingNoticesIn(reader: ListReader & { dataSource: DataSource }, node: Node, asOf: string): ListSource<KeysetRow> {
  return subtreeList(reader, node, async (scope) => unansweredLeavingNoticesQuery(scope, asOf, await policyValue<number>(reader.dataSource, 'LEAVING_NOTICE_ACTION_DAYS', asOf)));
}
