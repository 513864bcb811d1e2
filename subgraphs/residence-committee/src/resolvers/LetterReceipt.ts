import type { LetterReceiptResolvers } from '../generated/resolvers-types.js';

export const LetterReceipt: LetterReceiptResolvers = {
  introductionLetterId: (receipt) => receipt.id,
  ward: async (receipt, _args, ctx) => (await ctx.organizations.byId.load(receipt.wardId))!,
  registration: (receipt, _args, ctx) => ctx.loaders.registrationByLetter.load(receipt.id),
};
