import { parsePeriod, periodsBetween, requireUuid } from '@twoway/platform';
import { createStatisticsLoader, share, type KeyPlaceholders, type StatisticsKey } from '@twoway/subgraph-runtime';
import { inScope } from '@twoway/org-tree';
import type { DataSource } from 'typeorm';
import type { OrganizationLoaders } from '@twoway/org-tree';
import type { OrganizationStatisticsResolvers, QueryResolvers } from './generated/resolvers-types.js';

/**
 * One key's figures: the active members known to the node on its last day,
 * working in its subtree or introduced (an open letter issued by then) to a
 * ward or cell in it; each branch an index scan, joined by UNION, not OR.
 */
const figuresFor = ({ scope, to }: KeyPlaceholders) => `SELECT
  count(*) AS members,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id AND l.status = 'ASSIGNED' AND l.assigned_on <= ${to})) AS assigned
  FROM member m
  WHERE m.id IN (
    SELECT id FROM member WHERE ${inScope('workplace_cell_id', scope)}
    UNION SELECT member_id FROM introduction_letter WHERE ${inScope('to_ward_id', scope)} AND issued_on <= ${to} AND status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')
    UNION SELECT member_id FROM introduction_letter WHERE ${inScope('to_cell_id', scope)} AND issued_on <= ${to} AND status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'))
  AND m.status = 'ACTIVE' AND m.admission_date <= ${to}`;

export function createWorkplaceStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, figuresFor);
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
