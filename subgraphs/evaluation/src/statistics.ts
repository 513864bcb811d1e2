import { share } from '@twoway/subgraph-runtime';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  __resolveReference: (ref) => ({ organizationId: ref.organizationId, period: ref.period }),
  commentsDue: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.due ?? 0,
  commentsReturnedOnTime: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.on_time ?? 0,
  commentsReturnedOnTimeRate: async (key, _args, ctx) => {
    const figures = (await ctx.loaders.statistics.load(key))?.figures;
    return share(figures?.on_time, figures?.due);
  },
  recommendations: async (key, _args, ctx) => {
    const f = (await ctx.loaders.statistics.load(key))?.figures ?? {};
    return { commend: f.commend ?? 0, none: f.no_recommendation ?? 0, considerAction: f.consider_action ?? 0 };
  },
  ratings: async (key, _args, ctx) => {
    const f = (await ctx.loaders.statistics.load(key))?.figures ?? {};
    return { excellent: f.excellent ?? 0, good: f.good ?? 0, completed: f.completed ?? 0, notCompleted: f.not_completed ?? 0 };
  },
};
