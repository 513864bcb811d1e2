import { toConnection } from '@twoway/platform';
import type { OrganizationLoaders, OrganizationUnit } from '@twoway/org-tree';

/** A disagreement as a subgraph finds it; `member` resolves to `{ id }` or to the member record. */
export interface DisagreementRecord {
  id: string;
  kind: string;
  memberId: string;
  organizationId: string | null;
  detail: string;
}

export interface OrganizationCountRecord {
  organizationId: string;
  count: number;
}

/** Resolvers for the shared oversight types that only need the local tree. */
export const oversightResolvers = {
  Disagreement: {
    organization: (d: DisagreementRecord, _args: unknown, ctx: { organizations: OrganizationLoaders }): Promise<OrganizationUnit | null> | null =>
      d.organizationId ? ctx.organizations.byId.load(d.organizationId) : null,
  },
  OrganizationCount: {
    organization: async (c: OrganizationCountRecord, _args: unknown, ctx: { organizations: OrganizationLoaders }) => (await ctx.organizations.byId.load(c.organizationId))!,
  },
};

/**
 * A connection from a keyset page: `limit + 1` rows in, cursors from each
 * row's (sort key, id), nodes built by `toEdge` (typically a DataLoader load).
 */
export async function keysetConnection<Row extends { id: string; sortKey: string }, Edge extends object>(
  page: { rows: Row[]; totalCount: number },
  limit: number,
  toEdge: (row: Row) => Promise<Edge> | Edge,
): Promise<{ edges: (Edge & { cursor: string })[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }> {
  const connection = toConnection(page.rows, limit, page.totalCount, (row) => [row.sortKey, row.id]);
  const edges = await Promise.all(connection.edges.map(async ({ cursor, node }) => ({ ...(await toEdge(node)), cursor })));
  return { ...connection, edges };
}

/** A disagreement row (id, sort key, kind, member, organisation, detail) as the shared type's parent. */
export function disagreementOf(row: { id: string; kind?: unknown; member_id?: unknown; organization_id?: unknown; detail?: unknown }): DisagreementRecord {
  return {
    id: row.id,
    kind: String(row.kind),
    memberId: String(row.member_id),
    organizationId: row.organization_id ? String(row.organization_id) : null,
    detail: String(row.detail ?? ''),
  };
}
