import { parsePeriod, periodsBetween, requireUuid } from '@twoway/platform';
import { share, type StatisticsKey } from '@twoway/subgraph-runtime';
import type { OrganizationStatisticsResolvers, QueryResolvers } from './generated/resolvers-types.js';

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  __resolveReference: (ref) => ({ organizationId: ref.organizationId, period: ref.period }),
  organization: async (key, _args, ctx) => (await ctx.organizations.byId.load(key.organizationId))!,
  from: (key) => parsePeriod(key.period).from,
  to: (key) => parsePeriod(key.period).to,
  members: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.members ?? 0,
  membersAssignedAtResidence: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.assigned ?? 0,
  shareRegisteredAtResidence: async (key, _args, ctx) => {
    const figures = (await ctx.loaders.statistics.load(key))?.figures;
    return share(figures?.assigned, figures?.members);
  },
  children: async (key, _args, ctx) => {
    const { to } = parsePeriod(key.period);
    const children = await ctx.organizations.childrenOn.load(`${key.organizationId}|${to}`);
    return children.map((child): StatisticsKey => ({ organizationId: child.id, period: key.period }));
  },
};

export const statisticsQueries: Pick<QueryResolvers, 'statistics' | 'statisticsSeries'> = {
  statistics: async (_root, args, ctx) => {
    const organizationId = requireUuid(args.organizationId, 'organizationId');
    parsePeriod(args.period);
    // A node outside the principal's reach has no figures for it (null, as for a node that does not exist).
    return (await ctx.access.mayReadNode(organizationId)) ? { organizationId, period: args.period } : null;
  },
  statisticsSeries: async (_root, args, ctx) => {
    const organizationId = requireUuid(args.organizationId, 'organizationId');
    if (!(await ctx.access.mayReadNode(organizationId))) return [];
    return periodsBetween(args.from, args.to, args.granularity).map((p) => ({ organizationId, period: p.period }));
  },
};
