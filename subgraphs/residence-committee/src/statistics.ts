import type { OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/** Each figure: the records of the nodes a key covers (km), grouped by key. */
const FIGURES = `,
  registered AS (SELECT km.idx, count(*) AS n FROM km JOIN residence_registration r ON r.organization_id = km.org_id
                 WHERE r.assigned_on <= km.to_day AND (r.ended_on IS NULL OR r.ended_on > km.to_day) GROUP BY km.idx),
  meetings AS (SELECT km.idx, count(*) AS n FROM km JOIN meeting m ON m.organization_id = km.org_id
               WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.held_on BETWEEN km.from_day AND km.to_day GROUP BY km.idx),
  attendance AS (SELECT km.idx, count(*) AS expected, count(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')) AS attended
                 FROM km JOIN meeting_attendance a ON a.organization_id = km.org_id AND a.held_on BETWEEN km.from_day AND km.to_day
                 JOIN meeting m ON m.id = a.meeting_id AND m.kind = 'SEMI_ANNUAL_TWO_WAY' GROUP BY km.idx)
  SELECT k.idx, registered.n AS registered, meetings.n AS meetings, attendance.expected, attendance.attended
  FROM k LEFT JOIN registered ON registered.idx = k.idx LEFT JOIN meetings ON meetings.idx = k.idx LEFT JOIN attendance ON attendance.idx = k.idx`;

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
