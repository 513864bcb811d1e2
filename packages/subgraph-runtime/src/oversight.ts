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
  /** The other members in the clash, unfiltered: the subgraph holding their records resolves only those the caller may reach. */
  relatedMemberIds: string[];
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
    // A subgraph that finds clashes between records resolves them itself, through its reach (workplace-committee's
    // SHARED_CITIZEN_ID); the others find disagreements about one record each.
    relatedMembers: (d: DisagreementRecord): { id: string }[] => {
      if (d.relatedMemberIds.length > 0) throw new Error(`Disagreement ${d.id} names related members: resolve them through the reach of the subgraph that holds them`);
      return [];
    },
  },
  OrganizationCount: {
    organization: async (c: OrganizationCountRecord, _args: unknown, ctx: { organizations: OrganizationLoaders }) => (await ctx.organizations.byId.load(c.organizationId))!,
  },
};

/** A disagreement row (id, sort key, kind, member, organisation, detail, related member ids) as the shared type's parent. */
export function disagreementOf(row: { id: string; kind?: unknown; member_id?: unknown; organization_id?: unknown; detail?: unknown; related_member_ids?: unknown }): DisagreementRecord {
  return {
    id: row.id,
    kind: String(row.kind),
    memberId: String(row.member_id),
    organizationId: row.organization_id ? String(row.organization_id) : null,
    detail: String(row.detail ?? ''),
    relatedMemberIds: Array.isArray(row.related_member_ids) ? row.related_member_ids.map(String) : [],
  };
}

/** The edge of a list of disagreements: the row itself, as the shared type's parent. */
export function disagreementEdge(row: Parameters<typeof disagreementOf>[0]): { node: DisagreementRecord } {
  return { node: disagreementOf(row) };
}
