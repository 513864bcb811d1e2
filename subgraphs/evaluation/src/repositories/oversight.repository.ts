import { inScope } from '@twoway/org-tree';
import type { ListQuery } from '@twoway/persistence';

export type Side = 'WORKPLACE' | 'RESIDENCE' | 'EITHER';

/**
 * The requests a node covers, as SQL yielding ids: by the asking workplace
 * cell on the workplace side; by the cell or the ward asked on the residence
 * side. Each branch is an index scan; a UNION instead of an OR keeps it so.
 */
export function requestsInScope(side: Side, placeholder: string): string {
  const workplace = `SELECT id FROM comment_request WHERE ${inScope('workplace_cell_id', placeholder)}`;
  const residence = `SELECT id FROM comment_request WHERE ${inScope('cell_id', placeholder)} UNION SELECT id FROM comment_request WHERE ${inScope('ward_id', placeholder)}`;
  return side === 'WORKPLACE' ? workplace : side === 'RESIDENCE' ? residence : `${workplace} UNION ${residence}`;
}

/**
 * Comment requests overdue on `asOf`: asked on or before it, due before it, and
 * not returned by then (still open, or returned only afterwards). By due date.
 */
export function overdueRequestsQuery(scope: string[], asOf: string, side: Side): ListQuery {
  return {
    sql: `SELECT r.id, r.due_on::text AS sort_key, r.workplace_organization_id, r.ward_id
          FROM comment_request r
          WHERE r.id IN (${requestsInScope(side, '$1::uuid[]')})
            AND r.requested_on <= $2 AND r.due_on < $2 AND r.status NOT IN ('WAIVED', 'CANCELLED')
            AND NOT EXISTS (SELECT 1 FROM comment_form f WHERE f.request_id = r.id AND f.returned_on <= $2)`,
    parameters: [scope, asOf],
  };
}

/** How many requests are overdue on `asOf`, per workplace organisation or per ward. */
export function overdueByOrganizationSql(side: 'WORKPLACE' | 'RESIDENCE'): string {
  const column = side === 'WORKPLACE' ? 'workplace_organization_id' : 'ward_id';
  return `SELECT ${column} AS organization_id, count(*)::int AS count FROM ($LIST) o WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, ${column}`;
}

/**
 * The latest signed comment form of each member in the subtree that recommends
 * considering action (xem xét xử lý), optionally for one year. By signing day.
 */
export function recommendedForActionQuery(scope: string[], year: number | null, side: Side): ListQuery {
  return {
    sql: `SELECT f.id, f.signed_on::text AS sort_key FROM comment_form f
          WHERE f.recommendation = 'CONSIDER_ACTION' AND f.request_id IN (${requestsInScope(side, '$1::uuid[]')})
            ${year === null ? '' : 'AND f.year = $2'}
            AND NOT EXISTS (SELECT 1 FROM comment_form later WHERE later.member_id = f.member_id AND later.signed_on > f.signed_on)`,
    parameters: year === null ? [scope] : [scope, year],
  };
}
