import { parsePeriod, periodsBetween, requireUuid } from '@twoway/platform';
import { createStatisticsLoader, share, type StatisticsKey } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationLoaders } from '@twoway/org-tree';
import type { OrganizationStatisticsResolvers, QueryResolvers } from './generated/resolvers-types.js';

/**
 * Members known to a node on its last day: working in its subtree, or
 * introduced (an open letter issued by then) to a ward or cell in it; each
 * branch an equi-join on the nodes a key covers (km), grouped by key.
 */
const FIGURES = `,
  known AS (
    SELECT km.idx, km.to_day, m.id FROM km JOIN member m ON m.workplace_cell_id = km.org_id
    UNION SELECT km.idx, km.to_day, l.member_id FROM km JOIN introduction_letter l ON l.to_ward_id = km.org_id
          WHERE l.issued_on <= km.to_day AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')
    UNION SELECT km.idx, km.to_day, l.member_id FROM km JOIN introduction_letter l ON l.to_cell_id = km.org_id
          WHERE l.issued_on <= km.to_day AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')),
  figures AS (
    SELECT known.idx, count(*) AS members,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id AND l.status = 'ASSIGNED' AND l.assigned_on <= known.to_day)) AS assigned
    FROM known JOIN member m ON m.id = known.id WHERE m.status = 'ACTIVE' AND m.admission_date <= known.to_day GROUP BY known.idx)
  SELECT k.idx, figures.members, figures.assigned FROM k LEFT JOIN figures ON figures.idx = k.idx`;

export function createWorkplaceStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, FIGURES);
}

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
    return (await ctx.organizations.byId.load(organizationId)) ? { organizationId, period: args.period } : null;
  },
  statisticsSeries: async (_root, args, ctx) => {
    const organizationId = requireUuid(args.organizationId, 'organizationId');
    if (!(await ctx.organizations.byId.load(organizationId))) return [];
    return periodsBetween(args.from, args.to, args.granularity).map((p) => ({ organizationId, period: p.period }));
  },
};
