import { isUuid } from '@twoway/platform';
import type { MemberResolvers } from '../generated/resolvers-types.js';

export const Member: MemberResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.memberById.load(ref.id.toLowerCase()) : null),
  workplaceCell: async (member, _args, ctx) => (await ctx.organizations.byId.load(member.workplaceCellId))!,
  workplaceOrganization: async (member, _args, ctx) => (await ctx.organizations.byId.load(member.workplaceOrganizationId))!,
  introductionLetters: (member, _args, ctx) => ctx.loaders.lettersByMember.load(member.id),
  changes: (member, _args, ctx) => ctx.loaders.changesByMember.load(member.id),
  leavingNotices: (member, _args, ctx) => ctx.loaders.leavingNoticesByMember.load(member.id),
  needsNewIntroduction: async (member, _args, ctx) => (await ctx.loaders.leavingNoticesByMember.load(member.id)).some((n) => n.status === 'OPEN'),
};
