import { requireUuid } from '@twoway/platform';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { IntroductionLetter as LetterEntity } from '../entities/introduction-letter.entity.js';

export const Query: QueryResolvers = {
  member: (_root, args, ctx) => ctx.loaders.memberById.load(requireUuid(args.id)),
  introductionLetter: (_root, args, ctx) =>
    ctx.dataSource.getRepository(LetterEntity).findOneBy({ id: requireUuid(args.id) }),
};
