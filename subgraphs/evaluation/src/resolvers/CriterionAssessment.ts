import type { CriterionAssessmentResolvers } from '../generated/resolvers-types.js';

export const CriterionAssessment: CriterionAssessmentResolvers = {
  criterion: async (assessment, _args, ctx) => (await ctx.loaders.criterionById.load(assessment.criterionId))!,
  levelLabel: async (assessment, _args, ctx) => {
    const criterion = await ctx.loaders.criterionById.load(assessment.criterionId);
    return criterion?.levels[assessment.level - 1] ?? String(assessment.level);
  },
};
