import type { DataSource } from 'typeorm';
import type { ListQuery } from '@twoway/persistence';
import { withoutGuardedValues } from '../access/guarded-json.js';
import { listConnection, listOf, listPagesLoader, type ListArguments, type ListConnection, type ListPagesLoader } from '../lists.js';

export interface AuditEntryRecord {
  occurredAt: string;
  action: string;
  actorSubject: string;
  actorRole: string;
  actorOrganizationId: string;
  before: unknown;
  after: unknown;
}

/** An audit log row as the history's query selects it. */
type AuditRow = {
  occurred_at: string | Date;
  action: string;
  actor_subject: string;
  actor_role: string;
  actor_organization_id: string;
  before: unknown;
  after: unknown;
};

/** The request's loader of documents' histories, keyed by `<entity type>:<id>` and page. */
export type HistoryLoader = ListPagesLoader<AuditRow>;

/** The audit log of the documents whose `<entity type>:<id>` keys are in $1, each oldest first (the log's own order). */
export function historyQuery(documentKeys: string[]): ListQuery {
  return {
    sql: `SELECT a.id, lpad(a.id::text, 20, '0') AS sort_key, a.entity_type || ':' || a.entity_id AS list_key,
            a.occurred_at, a.action, a.actor_subject, a.actor_role, a.actor_organization_id, a.before, a.after
          FROM audit_log a
          WHERE (a.entity_type, a.entity_id) IN (SELECT split_part(k, ':', 1), split_part(k, ':', 2)::uuid FROM unnest($1::text[]) AS k)`,
    parameters: [documentKeys],
  };
}

/** Documents' histories from this subgraph's audit log: one statement per request, whatever the number of documents. */
export function createHistoryLoader(dataSource: DataSource): HistoryLoader {
  return listPagesLoader<AuditRow>(dataSource, historyQuery);
}

/** The `history` of a document (every document type has one): its audit entries, oldest first, a page at a time, without guarded values (withoutGuardedValues). */
export function historyConnection(
  history: HistoryLoader,
  document: { entityType: string; entityId: string },
  args: ListArguments,
): Promise<ListConnection<{ node: AuditEntryRecord }>> {
  return listConnection(args, listOf(history, `${document.entityType}:${document.entityId}`), (row) => ({
    node: {
      occurredAt: new Date(row.occurred_at).toISOString(),
      action: row.action,
      actorSubject: row.actor_subject,
      actorRole: row.actor_role,
      actorOrganizationId: row.actor_organization_id,
      // What was done and to which record; a guarded value is read through its field, not through the history.
      before: withoutGuardedValues(row.before),
      after: withoutGuardedValues(row.after),
    },
  }));
}
