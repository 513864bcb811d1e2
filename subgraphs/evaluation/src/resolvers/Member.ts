import { isUuid } from '@twoway/platform';
import type { MemberResolvers } from '../generated/resolvers-types.js';

export const Member: MemberResolvers = {
  // The evaluation side knows members by id only; their fields here may be empty.
  __resolveReference: (ref) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),
  residenceComments: (member, _args, ctx) => ctx.loaders.formsByMember.load(member.id),
  commentRequests: (member, _args, ctx) => ctx.loaders.requestsByMember.load(member.id),
  annualReviews: (member, _args, ctx) => ctx.loaders.reviewsByMember.load(member.id),
  latestReview: async (member, _args, ctx) => (await ctx.loaders.reviewsByMember.load(member.id))[0] ?? null,
};
