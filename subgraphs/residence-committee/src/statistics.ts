import type { OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/** All keys' figures in one pass over the records of every node any key covers, matched to keys by node. */
const FIGURES = `
  WITH keys AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[]) AS k(idx, from_day, to_day)),
  km AS (SELECT * FROM unnest($4::int[], $5::uuid[]) AS km(idx, org_id)),
  registrations AS MATERIALIZED (
    SELECT organization_id AS node, assigned_on, ended_on FROM residence_registration
    WHERE organization_id = ANY($6::uuid[]) AND assigned_on IS NOT NULL),
  registered AS (
    SELECT km.idx, count(*) AS n FROM km JOIN registrations r ON r.node = km.org_id JOIN keys k ON k.idx = km.idx
    WHERE r.assigned_on <= k.to_day AND (r.ended_on IS NULL OR r.ended_on > k.to_day) GROUP BY km.idx),
  meetings AS (
    SELECT km.idx, count(*) AS n FROM km JOIN meeting m ON m.organization_id = km.org_id JOIN keys k ON k.idx = km.idx
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.held_on BETWEEN k.from_day AND k.to_day GROUP BY km.idx),
  attendances AS MATERIALIZED (
    SELECT a.organization_id AS node, a.held_on, a.status FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND a.organization_id = ANY($6::uuid[])
      AND a.held_on BETWEEN (SELECT min(from_day) FROM keys) AND (SELECT max(to_day) FROM keys)),
  attendance AS (
    SELECT km.idx, count(*) AS expected, count(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')) AS attended
    FROM km JOIN attendances a ON a.node = km.org_id JOIN keys k ON k.idx = km.idx
    WHERE a.held_on BETWEEN k.from_day AND k.to_day GROUP BY km.idx)
  SELECT k.idx, registered.n AS registered, meetings.n AS meetings, attendance.expected, attendance.attended
  FROM keys k LEFT JOIN registered ON registered.idx = k.idx LEFT JOIN meetings ON meetings.idx = k.idx LEFT JOIN attendance ON attendance.idx = k.idx`;

export function createResidenceStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, FIGURES);
}

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  __resolveReference: (ref) => ({ organizationId: ref.organizationId, period: ref.period }),
  registeredMembers: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.registered ?? 0,
  semiAnnualMeetingsHeld: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.meetings ?? 0,
  semiAnnualAttendancesExpected: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.expected ?? 0,
  semiAnnualAttendanceRate: async (key, _args, ctx) => {
    const figures = (await ctx.loaders.statistics.load(key))?.figures;
    return share(figures?.attended, figures?.expected);
  },
};
