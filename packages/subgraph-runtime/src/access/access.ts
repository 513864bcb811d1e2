import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isAuditedRead, mayReadField, readsOrganizationData, type GuardedField, type Principal } from '@twoway/auth';
import { coveredOutsideSql, inSubtreeSql, type OrganizationLoaders } from '@twoway/org-tree';
import type { Clock } from '@twoway/platform';
import { prepared } from '@twoway/persistence';

/**
 * The principal's scope, compactly: its node's subtree (a path prefix) and
 * the nodes outside it that its ended nodes handed on to (so that a district
 * abolished in the 2025 reform still covers its old wards' new wards and
 * their cells: coveredOutsideSql), as oversight lists resolve a subtree.
 * None for a node whose reform stayed inside it (a province).
 */
export interface PrincipalScope {
  pathPrefix: string;
  outside: Set<string>;
}

/**
 * One request's view of the access policy (@twoway/auth's access-policy),
 * enforced against this subgraph's own data:
 * - `scope()`: the principal's scope, from the local copy of the tree, in one
 *   statement whatever its size;
 * - `mayReadNode(id)`: organisation-level data only for nodes in that scope
 *   (reads withhold the rest by design: null or empty, never an error);
 * - `readable`: which members' records the principal may read, decided in
 *   SQL against `member_reach` and the tree, one statement per batch;
 * - `field(...)`: a guarded field's value, or null when withheld; reads of
 *   personal data are collected and written to the audit log once per
 *   request, in one multi-row insert (`flushReads`).
 */
export interface Access {
  principal: Principal;
  scope(): Promise<PrincipalScope | null>;
  mayReadNode(organizationId: string): Promise<boolean>;
  /**
   * The same check without waiting, for a node whose path is at hand, once the
   * scope is known: true or false; undefined while the scope is still being
   * resolved (then use mayReadNode). Lets guarded fields run in the same tick
   * as their siblings, so that their loaders still batch.
   */
  nodeAllowedNow(node: { id: string; path?: string }): boolean | undefined;
  readable: DataLoader<string, boolean>;
  /** Keeps the records whose member the principal may read, in order. */
  onlyReadable<T>(records: readonly (T | null | undefined)[], memberOf: (record: T) => string): Promise<(T | null)[]>;
  field<T>(field: GuardedField, record: { entityType: string; entityId: string; memberId: string | null }, value: T): T | null;
  flushReads(): Promise<number>;
}

/** The nodes outside the subtree of `me` (a row of organization_unit) that it covers. */
const OUTSIDE_OF_ME = `ARRAY(SELECT DISTINCT c.id::text FROM (${coveredOutsideSql('me.path')}) c)`;
/** The principal's own node's row as its scope: `me.path` and `outside`. */
const OWN_SCOPE_COLUMNS = `me.path, ${OUTSIDE_OF_ME} AS outside`;
type OwnScopeRow = { path: string; outside: string[] };
/** The principal's scope (PrincipalScope), from its node's row: $1 its id. */
const OWN_SCOPE = prepared(`SELECT ${OWN_SCOPE_COLUMNS} FROM organization_unit me WHERE me.id = $1`);
/** The scope as OWN_SCOPE, and which of the members $2 it reaches (member_reach). */
const OWN_SCOPE_AND_READABLE = prepared(`SELECT ${OWN_SCOPE_COLUMNS},
    ARRAY(SELECT DISTINCT r.member_id::text FROM member_reach r JOIN organization_unit o ON o.id = r.node_id
          WHERE r.member_id = ANY($2::uuid[]) AND (${inSubtreeSql('o.path', 'me.path')} OR o.id::text = ANY(${OUTSIDE_OF_ME}))) AS readable
  FROM organization_unit me WHERE me.id = $1`);
/** Which of the members $1 a known scope reaches: its subtree's path $2, the nodes outside it $3. */
const READABLE_IN_SCOPE = prepared(`SELECT DISTINCT r.member_id::text AS id FROM member_reach r JOIN organization_unit o ON o.id = r.node_id
  WHERE r.member_id = ANY($1::uuid[]) AND (${inSubtreeSql('o.path', '$2::text')} OR o.id = ANY($3::uuid[]))`);

const covers = (scope: PrincipalScope | null, node: { id: string; path: string }) =>
  scope !== null && (node.path.startsWith(scope.pathPrefix) || scope.outside.has(node.id));

export function createAccess(options: { principal: Principal; dataSource: DataSource; organizations: OrganizationLoaders; clock: Clock; requestId: string }): Access {
  const { principal, dataSource, organizations } = options;
  let scope: Promise<PrincipalScope | null> | undefined;
  let known: PrincipalScope | null | undefined;
  const reads = new Map<string, { entityType: string; entityId: string; fields: Set<string> }>();
  /** The principal's scope from the row of its own node (none: a node this subgraph does not know covers nothing). */
  const settle = (rows: Promise<OwnScopeRow[]>) =>
    rows.then(([own]) => (known = own ? { pathPrefix: own.path, outside: new Set(own.outside) } : null));
  /**
   * The check once the request knows its scope: bound from it, without reading the principal's node again
   * (the successors outside a province's subtree take a lookup per ended node of it, 400 at Hà Nội's size,
   * and the later batches of a request, a list's members in turn, paid them each time).
   */
  const readableIn = async (settled: PrincipalScope | null, memberIds: readonly string[]) => {
    if (settled === null) return memberIds.map(() => false);
    const rows = (await dataSource.query(READABLE_IN_SCOPE, [memberIds, settled.pathPrefix, [...settled.outside]])) as { id: string }[];
    const allowed = new Set(rows.map((row) => row.id));
    return memberIds.map((id) => allowed.has(id));
  };
  const access: Access = {
    principal,
    scope() {
      // Resolved on its own (not through the request's tree loaders) so that what a request costs does not
      // depend on whether it asks about the principal's own node.
      scope ??= settle(dataSource.query(OWN_SCOPE, [principal.organizationId]) as Promise<OwnScopeRow[]>);
      return scope;
    },
    async mayReadNode(organizationId) {
      if (!readsOrganizationData(principal.role)) return false;
      const [current, node] = await Promise.all([access.scope(), organizations.byId.load(organizationId)]);
      return node !== null && node !== undefined && covers(current, node);
    },
    nodeAllowedNow(node) {
      if (!readsOrganizationData(principal.role)) return false;
      if (known === undefined || node.path === undefined) return undefined;
      return covers(known, { id: node.id, path: node.path });
    },
    readable: new DataLoader<string, boolean>(async (memberIds) => {
      if (principal.role === 'MEMBER') return memberIds.map((id) => id === principal.memberId);
      if (known !== undefined) return readableIn(known, memberIds);
      // The scope is derived in the check's own statement, from the principal's node: one round trip, whether
      // or not the request resolved the scope before. When it had not, this statement's row settles it for the
      // request (a failed statement fails this batch, awaited below; the shared scope must not reject unheard).
      const rows = dataSource.query(OWN_SCOPE_AND_READABLE, [principal.organizationId, memberIds]) as Promise<(OwnScopeRow & { readable: string[] })[]>;
      if (scope === undefined) {
        scope = settle(rows);
        scope.catch(() => undefined);
      }
      const allowed = new Set((await rows)[0]?.readable ?? []);
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

/**
 * A loader of a member's records that answers an empty list for a member the
 * principal may not read; hidden members' records are never fetched. Keyed by
 * member id, or by a key that names the member (`memberOfKey`).
 */
export function readableByMember<T>(access: Access, fetch: (keys: readonly string[]) => Promise<T[][]>, memberOfKey: (key: string) => string = (key) => key): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const allowed = await access.readable.loadMany(keys.map(memberOfKey));
    const visible = keys.filter((_, i) => allowed[i] === true);
    const found = visible.length > 0 ? await fetch(visible) : [];
    const byKey = new Map(visible.map((key, i) => [key, found[i] ?? []]));
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** A loader of organisation-level records by id (notices, meetings) that answers null unless one of the record's nodes is in the principal's scope. */
export function readableByNode<T>(access: Access, organizations: OrganizationLoaders, fetch: (ids: readonly string[]) => Promise<(T | null | undefined)[]>, nodesOf: (record: T) => (string | null)[]): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const records = await fetch(ids);
    if (access.principal.role === 'MEMBER') return records.map(() => null);
    const scope = await access.scope();
    const nodeIds = [...new Set(records.flatMap((r) => (r ? nodesOf(r).filter((n): n is string => n !== null) : [])))];
    const nodes = await organizations.byId.loadMany(nodeIds);
    const allowed = new Set(nodeIds.filter((_, i) => { const node = nodes[i]; return node && !(node instanceof Error) && covers(scope, node); }));
    return records.map((r) => (r && nodesOf(r).some((node) => node !== null && allowed.has(node)) ? r : null));
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
