import type { ResidenceCommentResolvers } from '../generated/resolvers-types.js';

export const ResidenceComment: ResidenceCommentResolvers = {
  member: (form) => ({ id: form.memberId }),
  request: async (form, _args, ctx) => (await ctx.loaders.requestById.load(form.requestId))!,
  criteriaSet: async (form, _args, ctx) => (await ctx.loaders.criteriaSetById.load(form.criteriaSetId))!,
  assessments: (form, _args, ctx) => ctx.loaders.assessmentsByForm.load(form.id),
  cell: async (form, _args, ctx) => (await ctx.organizations.byId.load(form.cellId))!,
  ward: async (form, _args, ctx) => (await ctx.organizations.byId.load(form.wardId))!,
};
