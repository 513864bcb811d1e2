import type { ListQuery } from '@twoway/persistence';
import type { RegistrationStatus } from '@twoway/demo-data';

/**
 * Registrations scoped by a node in the subtree at `pattern` (its cell once
 * assigned, its ward before), by the day they were received: one indexed
 * condition on the local tree copy.
 */
export function registrationsInSubtreeQuery(pattern: string, status: RegistrationStatus | null | undefined): ListQuery {
  return {
    sql: `SELECT r.id, r.received_on::text AS sort_key FROM residence_registration r
          JOIN organization_unit scope ON scope.id = r.organization_id
          WHERE scope.path LIKE $1 ${status ? 'AND r.status = $2' : ''}`,
    parameters: status ? [pattern, status] : [pattern],
  };
}
