import { GuardedField } from '@twoway/auth';
import { isUuid, today } from '@twoway/platform';
import { guardedField, historyConnection } from '@twoway/subgraph-runtime';
import type { IntroductionLetter as Letter } from '../entities/introduction-letter.entity.js';
import type { IntroductionLetterResolvers } from '../generated/resolvers-types.js';

export const IntroductionLetter: IntroductionLetterResolvers = {
  __resolveReference: async (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.letterById.load(ref.id.toLowerCase()) : null),
  history: (letter, args, ctx) => historyConnection(ctx.loaders.history, { entityType: 'IntroductionLetter', entityId: letter.id }, args),
  member: async (letter, _args, ctx) => (await ctx.loaders.memberNamed.load(letter.memberId))!,
  issuedBy: async (letter, _args, ctx) => (await ctx.organizations.byId.load(letter.workplaceOrganizationId))!,
  toWard: async (letter, _args, ctx) => (await ctx.organizations.byId.load(letter.toWardId))!,
  toCell: (letter, _args, ctx) => (letter.toCellId ? ctx.organizations.byId.load(letter.toCellId) : null),
  residenceAddress: guardedField(GuardedField.LETTER_ADDRESS, 'IntroductionLetter', (letter: Letter) => ({ id: letter.id, memberId: letter.memberId, value: letter.residenceAddress })) as IntroductionLetterResolvers['residenceAddress'],
  /** Overdue: still only issued after the presentation deadline (read from the injected clock). */
  overdue: (letter, _args, ctx) => letter.status === 'ISSUED' && letter.dueOn < today(ctx.clock),
};
