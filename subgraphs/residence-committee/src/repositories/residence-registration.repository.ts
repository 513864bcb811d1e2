import { inScope } from '@twoway/org-tree';
import type { ListQuery } from '@twoway/persistence';
import type { RegistrationStatus } from '@twoway/demo-data';

/**
 * Registrations scoped by a node the scope covers (its cell once assigned, its
 * ward before; see resolveScope: the subtree and the successors of its nodes),
 * by the day they were received.
 */
export function registrationsInScopeQuery(scope: string[], status: RegistrationStatus | null | undefined): ListQuery {
  return {
    sql: `SELECT r.id, r.received_on::text AS sort_key FROM residence_registration r
          WHERE ${inScope('r.organization_id', '$1::uuid[]')} ${status ? 'AND r.status = $2' : ''}`,
    parameters: status ? [scope, status] : [scope],
  };
}
