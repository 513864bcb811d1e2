import { requireUuid } from '@twoway/platform';
import { undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  workplaceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  member: (_root, args, ctx) => ctx.loaders.memberById.load(requireUuid(args.id)),
  introductionLetter: (_root, args, ctx) => ctx.loaders.letterById.load(requireUuid(args.id)),
  changeNotice: (_root, args, ctx) => ctx.loaders.noticeById.load(requireUuid(args.id)),
};
