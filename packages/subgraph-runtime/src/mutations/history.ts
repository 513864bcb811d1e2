import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface AuditEntryRecord {
  occurredAt: string;
  action: string;
  actorSubject: string;
  actorRole: string;
  actorOrganizationId: string;
  before: unknown;
  after: unknown;
}

export interface HistoryKey {
  entityType: string;
  entityId: string;
}

/** A document's history from this subgraph's audit log, oldest first; one statement per request. */
export function createHistoryLoader(dataSource: DataSource): DataLoader<HistoryKey, AuditEntryRecord[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = (await dataSource.query(
        `SELECT entity_type, entity_id, occurred_at, action, actor_subject, actor_role, actor_organization_id, before, after
         FROM audit_log WHERE entity_id = ANY($1) ORDER BY id`,
        [[...new Set(keys.map((k) => k.entityId))]],
      )) as Record<string, unknown>[];
      return keys.map((key) =>
        rows
          .filter((row) => row.entity_type === key.entityType && row.entity_id === key.entityId)
          .map((row) => ({
            occurredAt: new Date(row.occurred_at as string).toISOString(),
            action: row.action as string,
            actorSubject: row.actor_subject as string,
            actorRole: row.actor_role as string,
            actorOrganizationId: row.actor_organization_id as string,
            before: row.before,
            after: row.after,
          })),
      );
    },
    { cacheKeyFn: (key) => `${key.entityType}:${key.entityId}` },
  );
}
