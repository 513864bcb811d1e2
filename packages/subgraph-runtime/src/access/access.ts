import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isAuditedRead, mayReadField, readsOrganizationData, type GuardedField, type Principal } from '@twoway/auth';
import { coveredOutsideSql, inSubtreeSql, type OrganizationLoaders } from '@twoway/org-tree';
import type { Clock } from '@twoway/platform';
import { prepared, anyOfKeys } from '@twoway/persistence';

/**
 * The principal's scope, compactly: its node's subtree (a path prefix). The
 * nodes outside it that its ended nodes handed on to (so that a district
 * abolished in the 2025 reform still covers its old wards' new wards and
 * their cells: coveredOutsideSql) are read only when a check needs them: a
 * node or a member not inside the subtree. They cost a lookup per ended node
 * of the subtree (409 at Hà Nội's size, whose reform stayed inside it, so
 * that they are none), which every request paid in each subgraph while the
 * scope was read whole.
 */
export interface PrincipalScope {
  pathPrefix: string;
}

/**
 * One request's view of the access policy (@twoway/auth's access-policy),
 * enforced against this subgraph's own data:
 * - `scope()`: the principal's scope, from the local copy of the tree, in one
 *   statement whatever its size (the nodes outside its subtree that it
 *   covers in another, when first needed: `outside()`);
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
  /** The nodes outside the scope's subtree that it covers (none for a principal whose node this subgraph does not know). */
  outside(): Promise<ReadonlySet<string>>;
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

/** The principal's node's path: $1 its id. */
const OWN_PATH = prepared(`SELECT me.path FROM organization_unit me WHERE me.id = $1`);
/**
 * The members bound at `members` (a placeholder) whose reach (member_reach) has a node in the subtree of `path`. Each reach row's node
 * is looked up by its key (`OFFSET 0` keeps the lookup per row): a batch has a few rows per member, whatever the
 * subtree. As a join, the plan was the statistics' choice: over the 100,000 members of the default bench the
 * planner hashed a province's whole subtree on every check (3.7 ms a statement, 1 ms by key); over a million it
 * looked up by key already (0.4 to 0.5 ms either way). Now the same plan at any size.
 */
const reachedInSubtreeSql = (members: string, path: string) => `SELECT DISTINCT r.member_id::text AS id FROM member_reach r
    CROSS JOIN LATERAL (SELECT o.path FROM organization_unit o WHERE o.id = r.node_id OFFSET 0) o
    WHERE r.member_id = ${anyOfKeys(members)} AND ${inSubtreeSql('o.path', path)}`;
/** The path as OWN_PATH, and which of the members $2 its subtree reaches: every request's first check. */
const OWN_PATH_AND_READABLE = prepared(`SELECT me.path, ARRAY(SELECT reached.id FROM (${reachedInSubtreeSql('$2', 'me.path')}) reached) AS readable
  FROM organization_unit me WHERE me.id = $1`);
/** Which of the members $1 the subtree of the path $2 reaches. */
const READABLE_IN_SUBTREE = prepared(reachedInSubtreeSql('$1', '$2::text'));
/** The nodes outside the subtree of the node $1 that it covers. */
const OUTSIDE = prepared(`SELECT ARRAY(SELECT DISTINCT c.id::text FROM (${coveredOutsideSql('me.path')}) c) AS outside
  FROM organization_unit me WHERE me.id = $1`);
/** Which of the members $1 the nodes $2 reach. */
const READABLE_AT = prepared(`SELECT DISTINCT member_id::text AS id FROM member_reach WHERE member_id = ${anyOfKeys('$1')} AND node_id = ${anyOfKeys('$2')}`);

const inside = (scope: PrincipalScope, node: { path: string }) => node.path.startsWith(scope.pathPrefix);
/** Whether the scope covers a node: inside its subtree, or else among the nodes outside it that it covers (read only then). */
const covers = async (access: Access, scope: PrincipalScope | null, node: { id: string; path: string }) =>
  scope !== null && (inside(scope, node) || (await access.outside()).has(node.id));

export function createAccess(options: { principal: Principal; dataSource: DataSource; organizations: OrganizationLoaders; clock: Clock; requestId: string }): Access {
  const { principal, dataSource, organizations } = options;
  let scope: Promise<PrincipalScope | null> | undefined;
  let known: PrincipalScope | null | undefined;
  let outside: Promise<ReadonlySet<string>> | undefined;
  let knownOutside: ReadonlySet<string> | undefined;
  /** mayReadNode's answers in this request, by node: pending, and settled (which nodeAllowedNow gives without waiting). */
  const deciding = new Map<string, Promise<boolean>>();
  const decided = new Map<string, boolean>();
  const reads = new Map<string, { entityType: string; entityId: string; fields: Set<string> }>();
  /** The principal's scope from the row of its own node (none: a node this subgraph does not know covers nothing). */
  const settle = (rows: Promise<{ path: string }[]>) => rows.then(([own]) => (known = own ? { pathPrefix: own.path } : null));
  /**
   * Which of the members the scope reaches: in its subtree, else (only for those it does not reach there) at
   * the nodes outside it that it covers. Once the request knows its scope, bound from it, without reading the
   * principal's node again.
   */
  const readableIn = async (inSubtree: readonly string[], memberIds: readonly string[]) => {
    const allowed = new Set(inSubtree);
    const rest = memberIds.filter((id) => !allowed.has(id));
    if (rest.length > 0) {
      const around = await access.outside();
      if (around.size > 0) {
        const rows = (await dataSource.query(READABLE_AT, [rest, [...around]])) as { id: string }[];
        for (const row of rows) allowed.add(row.id);
      }
    }
    return memberIds.map((id) => allowed.has(id));
  };
  const access: Access = {
    principal,
    scope() {
      // Resolved on its own (not through the request's tree loaders) so that what a request costs does not
      // depend on whether it asks about the principal's own node.
      scope ??= settle(dataSource.query(OWN_PATH, [principal.organizationId]) as Promise<{ path: string }[]>);
      return scope;
    },
    outside() {
      outside ??= (dataSource.query(OUTSIDE, [principal.organizationId]) as Promise<{ outside: string[] }[]>)
        .then(([own]) => (knownOutside = new Set(own?.outside ?? [])));
      return outside;
    },
    mayReadNode(organizationId) {
      if (!readsOrganizationData(principal.role)) return Promise.resolve(false);
      // Once per node and request: a dashboard's figures ask it for each of their fields, of 140 keys.
      let decision = deciding.get(organizationId);
      if (!decision) {
        decision = Promise.all([access.scope(), organizations.byId.load(organizationId)])
          .then(([current, node]) => node !== null && node !== undefined && covers(access, current, node));
        decision.then((allowed) => decided.set(organizationId, allowed), () => undefined);
        deciding.set(organizationId, decision);
      }
      return decision;
    },
    nodeAllowedNow(node) {
      if (!readsOrganizationData(principal.role)) return false;
      const decision = decided.get(node.id);
      if (decision !== undefined) return decision;
      if (known === undefined || node.path === undefined) return undefined;
      if (known === null) return false;
      if (inside(known, { path: node.path })) return true;
      return knownOutside?.has(node.id);
    },
    readable: new DataLoader<string, boolean>(async (memberIds) => {
      if (principal.role === 'MEMBER') return memberIds.map((id) => id === principal.memberId);
      if (known === null) return memberIds.map(() => false);
      if (known !== undefined) {
        const rows = (await dataSource.query(READABLE_IN_SUBTREE, [memberIds, known.pathPrefix])) as { id: string }[];
        return readableIn(rows.map((row) => row.id), memberIds);
      }
      // The scope is derived in the check's own statement, from the principal's node: one round trip, whether
      // or not the request resolved the scope before. When it had not, this statement's row settles it for the
      // request (a failed statement fails this batch, awaited below; the shared scope must not reject unheard).
      const rows = dataSource.query(OWN_PATH_AND_READABLE, [principal.organizationId, memberIds]) as Promise<{ path: string; readable: string[] }[]>;
      if (scope === undefined) {
        scope = settle(rows);
        scope.catch(() => undefined);
      }
      const [own] = await rows;
      if (!own) return memberIds.map(() => false);
      return readableIn(own.readable, memberIds);
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
    const covered = await Promise.all(nodeIds.map((_, i) => { const node = nodes[i]; return node && !(node instanceof Error) && covers(access, scope, node); }));
    const allowed = new Set(nodeIds.filter((_, i) => covered[i] === true));
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
