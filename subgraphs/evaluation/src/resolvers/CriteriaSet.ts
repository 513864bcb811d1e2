import type { CriteriaSetResolvers } from '../generated/resolvers-types.js';

export const CriteriaSet: CriteriaSetResolvers = {
  criteria: (set, _args, ctx) => ctx.loaders.criteriaBySet.load(set.id),
};
