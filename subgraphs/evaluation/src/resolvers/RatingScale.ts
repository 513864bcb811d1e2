import type { RatingScaleResolvers } from '../generated/resolvers-types.js';

export const RatingScale: RatingScaleResolvers = {
  bands: (scale, _args, ctx) => ctx.loaders.bandsByScale.load(scale.id),
};
