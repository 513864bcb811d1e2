import { share } from '@twoway/subgraph-runtime';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

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
