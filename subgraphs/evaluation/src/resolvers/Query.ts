import { requireUuid, today } from '@twoway/platform';
import { undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { criteriaSetsInForce, ratingScaleInForce } from '../repositories/policy.repository.js';

export const Query: QueryResolvers = {
  evaluationUndeliveredEffects: undeliveredEffectsResolver(),
  commentRequest: (_root, args, ctx) => ctx.loaders.requestById.load(requireUuid(args.id)),
  criteriaSets: (_root, args, ctx) => criteriaSetsInForce(ctx.dataSource, args.asOf ?? today(ctx.clock)),
  ratingScale: (_root, args, ctx) => ratingScaleInForce(ctx.dataSource, args.asOf ?? today(ctx.clock)),
};
