import { inScope, type OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share, type KeyPlaceholders } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/** One key's figures: the records of the nodes it covers, in its period. */
const figuresFor = ({ scope, from, to }: KeyPlaceholders) => `SELECT
  (SELECT count(*) FROM residence_registration r
    WHERE ${inScope('r.organization_id', scope)} AND r.assigned_on <= ${to} AND (r.ended_on IS NULL OR r.ended_on > ${to})) AS registered,
  (SELECT count(*) FROM meeting m
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.held_on BETWEEN ${from} AND ${to} AND ${inScope('m.organization_id', scope)}) AS meetings,
  a.expected, a.attended
  FROM (SELECT count(*) AS expected, count(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')) AS attended
        FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND a.held_on BETWEEN ${from} AND ${to} AND ${inScope('a.organization_id', scope)}) a`;

export function createResidenceStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, figuresFor);
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
