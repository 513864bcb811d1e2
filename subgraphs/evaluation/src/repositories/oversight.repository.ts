import { inScope, inSubtreeSql, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import type { CountedListQuery, KeysetRow, ListQuery } from '@twoway/persistence';
import { countedListTotalSql, countedSubtreeList, subtreeList, type ListReader, type ListSource, type OrganizationCountRecord } from '@twoway/subgraph-runtime';

type Node = Pick<OrganizationUnit, 'path'>;

export type Side = 'WORKPLACE' | 'RESIDENCE' | 'EITHER';

/**
 * "This request belongs to the node": by the asking workplace cell on the
 * workplace side; by the cell or the ward asked on the residence side. With
 * the node ids bound as an array, PostgreSQL answers the OR with a BitmapOr of
 * the three indexes, in one pass over the table.
 */
export function requestInScope(alias: string, side: Side, placeholder: string, scope: Scope): string {
  const workplace = inScope(`${alias}.workplace_cell_id`, placeholder, scope);
  const residence = `${inScope(`${alias}.cell_id`, placeholder, scope)} OR ${inScope(`${alias}.ward_id`, placeholder, scope)}`;
  return `(${side === 'WORKPLACE' ? workplace : side === 'RESIDENCE' ? residence : `${workplace} OR ${residence}`})`;
}

/** The columns a request is scoped by, on each side (requestInScope). */
const SCOPE_COLUMNS: Record<Side, string[]> = { WORKPLACE: ['workplace_cell_id'], RESIDENCE: ['cell_id', 'ward_id'], EITHER: ['workplace_cell_id', 'cell_id', 'ward_id'] };

/**
 * Comment requests overdue on `asOf`: asked on or before it, due before it, and
 * not returned by then (still open, or returned only afterwards). By due date.
 * A small scope (a ward, a cell) is asked column by column, each on its
 * partial index led by that column (migration 395): as one OR, the planner
 * read the whole country's unreturned requests from the index on due day
 * (30 ms for a ward at a million members, against 2). A large one keeps the
 * one pass, its scope hashed.
 */
export function overdueRequestsQuery(scope: Scope, asOf: string, side: Side): ListQuery {
  const overdue = (returned: string) => `${returned} AND status NOT IN ('WAIVED', 'CANCELLED') AND due_on < $2 AND requested_on <= $2`;
  const inScopeOf = (condition: string) => (scope.ids === null
    ? `SELECT id, due_on, workplace_organization_id, ward_id FROM comment_request r WHERE ${condition} AND ${requestInScope('r', side, '$1', scope)}`
    // UNION, not UNION ALL: a request whose workplace cell and ward both lie in the scope is listed once.
    : SCOPE_COLUMNS[side].map((column) => `SELECT id, due_on, workplace_organization_id, ward_id FROM comment_request WHERE ${condition} AND ${inScope(column, '$1', scope)}`).join(' UNION '));
  return {
    sql: `SELECT r.id, r.due_on::text AS sort_key, r.workplace_organization_id, r.ward_id
          FROM (
            -- Not returned, or (as of a past day) returned after it: each on its partial indexes (migrations 390 and 395, which cover the columns read here).
            ${inScopeOf(overdue('returned_on IS NULL'))}
            UNION ALL
            ${inScopeOf(overdue('returned_on > $2'))}
          ) r`,
    parameters: [scopeParameter(scope), asOf],
  };
}

/** The measures counting a side's overdue requests (migration 396). */
const OVERDUE_MEASURES: Record<Side, string[]> = {
  WORKPLACE: [`'list_overdue_workplace'`],
  RESIDENCE: [`'list_overdue_residence'`],
  EITHER: [`'list_overdue_residence'`, `'list_overdue_elsewhere'`],
};

/**
 * The same list for the whole subtree of `node`, counted: its total from the
 * counts kept at the node (migration 396: a request counts from the day after
 * it was due, or the day asked if later, until it is returned), and its first
 * rows read in the list's order from the index of unreturned requests by due
 * day (and, as of a past day, of those returned after it), each tested for
 * the subtree on the paths of the nodes it is scoped by.
 */
export function overdueRequestsCounted(node: Pick<OrganizationUnit, 'id' | 'path'>, asOf: string, side: Side): CountedListQuery {
  const inSubtree = `EXISTS (SELECT 1 FROM organization_unit o WHERE o.id IN (${SCOPE_COLUMNS[side].map((column) => `r.${column}`).join(', ')}) AND ${inSubtreeSql('o.path', '$2::text')})`;
  const overdue = (returned: string) => `SELECT r.id, r.due_on AS sort_value FROM comment_request r
    WHERE ${returned} AND r.status NOT IN ('WAIVED', 'CANCELLED') AND r.due_on < $1 AND r.requested_on <= $1 AND ${inSubtree}`;
  return {
    parts: [overdue('r.returned_on IS NULL'), overdue('r.returned_on > $1')],
    sortType: 'date',
    total: countedListTotalSql({ node: '$3::uuid', path: '$2::text', day: '$1::date', measures: OVERDUE_MEASURES[side] }),
    parameters: [asOf, node.path, node.id],
  };
}

/** The comment requests of the subtree of `node` overdue on `asOf`: counted for a large scope, read whole for a small one. */
export function overdueRequestsIn(reader: ListReader, node: Pick<OrganizationUnit, 'id' | 'path'>, asOf: string, side: Side): ListSource<KeysetRow> {
  return countedSubtreeList(reader, node, {
    counted: () => overdueRequestsCounted(node, asOf, side),
    fromRecords: (scope) => overdueRequestsQuery(scope, asOf, side),
  });
}

/** How many requests of the subtree of `node` are overdue on `asOf`, per workplace organisation or per ward, the most first. */
export async function overdueCountsByOrganization(reader: ListReader, node: Node, asOf: string, side: 'WORKPLACE' | 'RESIDENCE'): Promise<OrganizationCountRecord[]> {
  const column = side === 'WORKPLACE' ? 'workplace_organization_id' : 'ward_id';
  const overdue = overdueRequestsQuery(await reader.organizations.scopeByPath.load(node.path), asOf, side);
  const rows = (await reader.dataSource.query(
    `SELECT ${column} AS organization_id, count(*)::int AS count FROM (${overdue.sql}) o WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, ${column}`,
    overdue.parameters,
  )) as { organization_id: string; count: number }[];
  return rows.map((row) => ({ organizationId: row.organization_id, count: row.count }));
}

/**
 * The comment forms in the subtree that recommend considering action (xem xét
 * xử lý) and are their member's latest: of `year` when one is given (a later
 * year's comment does not take a past year's list away), of any year
 * otherwise. By signing day. Read from the projection that keeps them
 * (action_recommendation, migration 398), a ward's and a province's alike.
 */
export function recommendedForActionQuery(scope: Scope, year: number | null, side: Side): ListQuery {
  return {
    sql: `SELECT a.comment_form_id AS id, a.signed_on::text AS sort_key FROM action_recommendation a
          WHERE ${year === null ? 'a.latest_of_member' : 'a.year = $2'} AND ${requestInScope('a', side, '$1', scope)}`,
    parameters: year === null ? [scopeParameter(scope)] : [scopeParameter(scope), year],
    order: 'DESC',
  };
}

/** The latest forms recommending action in the subtree of `node` (see recommendedForActionQuery). */
export function recommendedForActionIn(reader: ListReader, node: Node, year: number | null, side: Side): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => recommendedForActionQuery(scope, year, side));
}

export type ReviewResidenceIssue = 'CONTRADICTS' | 'WITHOUT_COMMENT';

/**
 * A year's annual reviews that contradict the residence comment they took into
 * account, or that were decided without one (`kind` null: both), each row
 * with its `kind`. Scoped by the reviewing workplace cell (WORKPLACE), or by
 * the residential cell or ward asked for the year's annual comment (RESIDENCE:
 * a review made without any request stays on the workplace side only). By
 * decision day, newest first. Read from the projection that keeps them
 * (review_issue, migration 399), a ward's and a province's alike.
 */
export function reviewsAgainstResidenceCommentQuery(scope: Scope, year: number, kind: ReviewResidenceIssue | null, side: Side): ListQuery {
  return {
    sql: `SELECT i.annual_review_id AS id, i.decided_on::text AS sort_key, i.kind FROM review_issue i
          WHERE i.year = $2 AND ${requestInScope('i', side, '$1', scope)} ${kind === null ? '' : 'AND i.kind = $3'}`,
    parameters: kind === null ? [scopeParameter(scope), year] : [scopeParameter(scope), year, kind],
    order: 'DESC',
  };
}

/** The reviews against the residence comment in the subtree of `node` (see reviewsAgainstResidenceCommentQuery). */
export function reviewsAgainstResidenceCommentIn(
  reader: ListReader, node: Node, year: number, kind: ReviewResidenceIssue | null, side: Side,
): ListSource<KeysetRow<{ kind: ReviewResidenceIssue }>> {
  return subtreeList<{ kind: ReviewResidenceIssue }>(reader, node, (scope) => reviewsAgainstResidenceCommentQuery(scope, year, kind, side));
}
