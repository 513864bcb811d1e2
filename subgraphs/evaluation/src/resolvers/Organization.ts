import { isKeysetKey, readPage, today } from '@twoway/platform';
import { keysetPage } from '@twoway/persistence';
import { keysetConnection } from '@twoway/subgraph-runtime';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { overdueByOrganizationSql, overdueRequestsQuery, recommendedForActionQuery } from '../repositories/oversight.repository.js';

export const Organization: OrganizationResolvers = {
  overdueCommentRequests: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const list = overdueRequestsQuery(await ctx.organizations.scopeByPath.load(unit.path), args.asOf ?? today(ctx.clock), args.side ?? 'EITHER');
    const rows = await keysetPage(ctx.dataSource, list, page, args.order ?? 'ASC');
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.requestById.load(row.id))! }));
  },
  overdueCommentRequestsByOrganization: async (unit, args, ctx) => {
    const side = args.side === 'RESIDENCE' ? 'RESIDENCE' : 'WORKPLACE';
    const list = overdueRequestsQuery(await ctx.organizations.scopeByPath.load(unit.path), args.asOf ?? today(ctx.clock), side);
    const rows = (await ctx.dataSource.query(overdueByOrganizationSql(side).replace('$LIST', list.sql), list.parameters)) as { organization_id: string; count: number }[];
    return rows.map((row) => ({ organizationId: row.organization_id, count: row.count }));
  },
  membersRecommendedForAction: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, recommendedForActionQuery(await ctx.organizations.scopeByPath.load(unit.path), args.year ?? null, args.side ?? 'EITHER'), page, args.order ?? 'DESC');
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.formById.load(row.id))! }));
  },
};
