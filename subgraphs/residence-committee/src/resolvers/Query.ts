import { requireUuid } from '@twoway/platform';
import { undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';

export const Query: QueryResolvers = {
  residenceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  residenceRegistration: (_root, args, ctx) =>
    ctx.dataSource.getRepository(ResidenceRegistration).findOneBy({ id: requireUuid(args.id) }),
  meeting: (_root, args, ctx) => ctx.loaders.meetingById.load(requireUuid(args.id)),
};
