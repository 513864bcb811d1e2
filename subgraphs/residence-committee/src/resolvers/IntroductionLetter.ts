import { isUuid } from '@twoway/platform';
import type { IntroductionLetterResolvers } from '../generated/resolvers-types.js';

export const IntroductionLetter: IntroductionLetterResolvers = {
  __resolveReference: (ref) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),
  receipt: (letter, _args, ctx) => ctx.loaders.receiptByLetter.load(letter.id),
};
