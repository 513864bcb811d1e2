/**
 * The shared types oversight lists answer with (Disagreement, OrganizationCount: oversight.graphql), as
 * every subgraph finds and resolves them. The lists themselves are served like any other (lists.ts).
 */
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

/** The edge of a list of disagreements: the row itself, as the shared type's parent. */
export function disagreementEdge(row: Parameters<typeof disagreementOf>[0]): { node: DisagreementRecord } {
  return { node: disagreementOf(row) };
}
