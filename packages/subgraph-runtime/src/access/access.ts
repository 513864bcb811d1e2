import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isAuditedRead, mayReadField, readsOrganizationData, type GuardedField, type Principal } from '@twoway/auth';
import { resolveScope } from '@twoway/org-tree';
import type { Clock } from '@twoway/platform';
import { forbidden } from '../mutations/mutation.js';

/**
 * One request's view of the access policy (@twoway/auth's access-policy),
 * enforced against this subgraph's own data:
 * - `scope()`: the principal's subtree (with successors, as oversight lists
 *   resolve it), from the local copy of the tree;
 * - `requireNode(id)`: organisation-level data only for nodes in that scope;
 * - `readable`: which members' records the principal may read, decided in
 *   SQL against `member_reach`, one statement per batch;
 * - `field(...)`: a guarded field's value, or null when withheld; reads of
 *   personal data are collected and written to the audit log once per
 *   request, in one multi-row insert (`flushReads`).
 */
export interface Access {
  principal: Principal;
  scope(): Promise<string[]>;
  requireNode(organizationId: string): Promise<void>;
  /**
   * The same check without waiting, once the scope is known: true, or a
   * thrown FORBIDDEN; undefined while the scope is still being resolved (then
   * use requireNode). Lets guarded fields run in the same tick as their
   * siblings, so that their loaders still batch.
   */
  nodeAllowedNow(organizationId: string): true | undefined;
  readable: DataLoader<string, boolean>;
  /** Keeps the records whose member the principal may read, in order. */
  onlyReadable<T>(records: readonly (T | null | undefined)[], memberOf: (record: T) => string): Promise<(T | null)[]>;
  field<T>(field: GuardedField, record: { entityType: string; entityId: string; memberId: string | null }, value: T): T | null;
  flushReads(): Promise<number>;
}

export function createAccess(options: { principal: Principal; dataSource: DataSource; clock: Clock; requestId: string }): Access {
  const { principal, dataSource } = options;
  let scope: Promise<string[]> | undefined;
  let known: Set<string> | undefined;
  const reads = new Map<string, { entityType: string; entityId: string; fields: Set<string> }>();
  const access: Access = {
    principal,
    scope() {
      // Resolved on its own (not through the request's tree loaders) so that what a request costs does not
      // depend on whether it asks about the principal's own node.
      scope ??= (async () => {
        const [own] = (await dataSource.query('SELECT path FROM organization_unit WHERE id = $1', [principal.organizationId])) as { path: string }[];
        const ids = own ? await resolveScope(dataSource, own.path) : [];
        known = new Set(ids);
        return ids;
      })();
      return scope;
    },
    async requireNode(organizationId) {
      if (!readsOrganizationData(principal.role)) throw forbidden(`The ${principal.role} role does not read organisation data`);
      await access.scope();
      access.nodeAllowedNow(organizationId);
    },
    nodeAllowedNow(organizationId) {
      if (!readsOrganizationData(principal.role)) throw forbidden(`The ${principal.role} role does not read organisation data`);
      if (!known) return undefined;
      if (!known.has(organizationId)) throw forbidden('This organisation is outside the one you act for');
      return true;
    },
    readable: new DataLoader<string, boolean>(async (memberIds) => {
      if (principal.role === 'MEMBER') return memberIds.map((id) => id === principal.memberId);
      const rows = (await dataSource.query(
        'SELECT DISTINCT member_id FROM member_reach WHERE member_id = ANY($1::uuid[]) AND node_id = ANY($2::uuid[])',
        [memberIds, await access.scope()],
      )) as { member_id: string }[];
      const allowed = new Set(rows.map((r) => r.member_id));
      return memberIds.map((id) => allowed.has(id));
    }),
    async onlyReadable<T>(records: readonly (T | null | undefined)[], memberOf: (record: T) => string) {
      const present = records.filter((r): r is T => r !== null && r !== undefined);
      const allowed = await access.readable.loadMany(present.map(memberOf));
      const ok = new Set(present.filter((_, i) => allowed[i] === true));
      return records.map((r) => (r !== null && r !== undefined && ok.has(r) ? r : null));
    },
    field(field, record, value) {
      if (value === null || value === undefined) return null;
      if (!mayReadField(principal, field, record.memberId)) return null;
      if (isAuditedRead(principal, field)) {
        const key = `${record.entityType}|${record.entityId}`;
        const entry = reads.get(key) ?? { entityType: record.entityType, entityId: record.entityId, fields: new Set<string>() };
        entry.fields.add(field);
        reads.set(key, entry);
      }
      return value;
    },
    async flushReads() {
      if (reads.size === 0) return 0;
      const entries = [...reads.values()];
      reads.clear();
      await dataSource.query(
        `INSERT INTO audit_log (occurred_at, request_id, actor_subject, actor_role, actor_organization_id, action, entity_type, entity_id, before, after)
         SELECT $1, $2, $3, $4, $5, 'READ_PERSONAL_DATA', r.entity_type, r.entity_id, NULL, jsonb_build_object('fields', r.fields)
         FROM unnest($6::text[], $7::uuid[], $8::jsonb[]) AS r(entity_type, entity_id, fields)`,
        [
          options.clock.now(), options.requestId, principal.subject, principal.role, principal.organizationId,
          entries.map((e) => e.entityType), entries.map((e) => e.entityId), entries.map((e) => JSON.stringify([...e.fields].sort())),
        ],
      );
      return entries.length;
    },
  };
  return access;
}

/**
 * A loader of records by id that answers null for a record whose member the
 * principal may not read (as if it did not exist: no FORBIDDEN that would
 * confirm it does).
 */
export function readableById<T>(access: Access, fetch: (ids: readonly string[]) => Promise<(T | null | undefined)[]>, memberOf: (record: T) => string): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => access.onlyReadable(await fetch(ids), memberOf));
}

/** A loader of a member's records that answers an empty list for a member the principal may not read; hidden members' records are never fetched. */
export function readableByMember<T>(access: Access, fetch: (memberIds: readonly string[]) => Promise<T[][]>): DataLoader<string, T[]> {
  return new DataLoader(async (memberIds) => {
    const allowed = await access.readable.loadMany(memberIds);
    const visible = memberIds.filter((_, i) => allowed[i] === true);
    const found = visible.length > 0 ? await fetch(visible) : [];
    const byMember = new Map(visible.map((id, i) => [id, found[i] ?? []]));
    return memberIds.map((id) => byMember.get(id) ?? []);
  });
}

/** A loader of organisation-level records by id (notices, meetings) that answers null unless one of the record's nodes is in the principal's scope. */
export function readableByNode<T>(access: Access, fetch: (ids: readonly string[]) => Promise<(T | null | undefined)[]>, nodesOf: (record: T) => (string | null)[]): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const records = await fetch(ids);
    if (access.principal.role === 'MEMBER') return records.map(() => null);
    const scope = new Set(await access.scope());
    return records.map((r) => (r && nodesOf(r).some((node) => node !== null && scope.has(node)) ? r : null));
  });
}

/**
 * The resolver of a guarded field: its value, or null when the policy
 * withholds it from the principal; a read of personal data is noted for the
 * audit log.
 */
export function guardedField<TParent>(field: GuardedField, entityType: string, read: (parent: TParent) => { id: string; memberId: string | null; value: unknown }) {
  return (parent: TParent, _args: unknown, context: { access: Access }) => {
    const { id, memberId, value } = read(parent);
    return context.access.field(field, { entityType, entityId: id, memberId }, value);
  };
}
