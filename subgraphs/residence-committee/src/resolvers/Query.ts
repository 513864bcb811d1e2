import { requireUuid } from '@twoway/platform';
import { undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  residenceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  residenceRegistration: (_root, args, ctx) => ctx.loaders.registrationById.load(requireUuid(args.id)),
  meeting: (_root, args, ctx) => ctx.loaders.meetingById.load(requireUuid(args.id)),
};
