import { parsePeriod, periodsBetween, requireUuid } from '@twoway/platform';
import { createStatisticsLoader, share, type StatisticsKey } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationLoaders } from '@twoway/org-tree';
import type { OrganizationStatisticsResolvers, QueryResolvers } from './generated/resolvers-types.js';

/**
 * All keys' figures in one pass: the active members known to each node on its
 * last day, working in its subtree or introduced (an open letter issued by
 * then) to a ward or cell in it, and of those the ones a ward has assigned.
 */
const FIGURES = `
  WITH keys AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[]) AS k(idx, from_day, to_day)),
  km AS (SELECT * FROM unnest($4::int[], $5::uuid[]) AS km(idx, org_id)),
  candidates AS MATERIALIZED (
    SELECT m.id AS member_id, m.workplace_cell_id AS node, DATE '0001-01-01' AS since, NULL::date AS assigned_on
    FROM member m WHERE m.workplace_cell_id = ANY($6::uuid[])
    UNION ALL SELECT l.member_id, l.to_ward_id, l.issued_on, CASE WHEN l.status = 'ASSIGNED' THEN l.assigned_on END FROM introduction_letter l
      WHERE l.to_ward_id = ANY($6::uuid[]) AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')
    UNION ALL SELECT l.member_id, l.to_cell_id, l.issued_on, CASE WHEN l.status = 'ASSIGNED' THEN l.assigned_on END FROM introduction_letter l
      WHERE l.to_cell_id = ANY($6::uuid[]) AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')),
  -- Per key and member: known to the node, and whether a letter that brought them there was assigned by then.
  known AS (
    SELECT km.idx, c.member_id, bool_or(c.assigned_on IS NOT NULL AND c.assigned_on <= k.to_day) AS assigned_here
    FROM km JOIN candidates c ON c.node = km.org_id JOIN keys k ON k.idx = km.idx WHERE c.since <= k.to_day GROUP BY km.idx, c.member_id),
  figures AS (
    SELECT known.idx, count(*) AS members,
      -- Most members are assigned by the letter that brought them here; the others are looked up.
      count(*) FILTER (WHERE known.assigned_here OR EXISTS (
        SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id AND l.status = 'ASSIGNED' AND l.assigned_on <= k.to_day))
        AS assigned
    FROM known JOIN keys k ON k.idx = known.idx JOIN member m ON m.id = known.member_id
    WHERE m.status = 'ACTIVE' AND m.admission_date <= k.to_day GROUP BY known.idx)
  SELECT k.idx, f.members, f.assigned FROM keys k LEFT JOIN figures f ON f.idx = k.idx`;

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
