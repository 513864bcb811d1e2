import { isUuid } from '@twoway/platform';
import { withoutGuardedValues } from '@twoway/subgraph-runtime';
import type { ChangeNoticeResolvers, MemberChangeResolvers, ResidenceLeavingNoticeResolvers } from '../generated/resolvers-types.js';

export const ChangeNotice: ChangeNoticeResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.noticeById.load(ref.id.toLowerCase()) : null),
  workplaceOrganization: async (notice, _args, ctx) => (await ctx.organizations.byId.load(notice.workplaceOrganizationId))!,
  ward: async (notice, _args, ctx) => (await ctx.organizations.byId.load(notice.wardId))!,
  items: (notice, _args, ctx) => ctx.loaders.changesByNotice.load(notice.id),
};

export const MemberChange: MemberChangeResolvers = {
  member: async (change, _args, ctx) => (await ctx.loaders.memberNamed.load(change.memberId))!,
  ward: (change, _args, ctx) => (change.wardId ? ctx.organizations.byId.load(change.wardId) : null),
  changeNotice: (change, _args, ctx) => (change.changeNoticeId ? ctx.loaders.noticeById.load(change.changeNoticeId) : null),
  details: (change) => withoutGuardedValues(change.details),
};

export const ResidenceLeavingNotice: ResidenceLeavingNoticeResolvers = {
  member: async (notice, _args, ctx) => (await ctx.loaders.memberNamed.load(notice.memberId))!,
  ward: async (notice, _args, ctx) => (await ctx.organizations.byId.load(notice.wardId))!,
};
