import { isUuid } from '@twoway/platform';
import type { MemberTransferResolvers } from '../generated/resolvers-types.js';

export const MemberTransfer: MemberTransferResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.transferById.load(ref.id.toLowerCase()) : null),
  member: async (transfer, _args, ctx) => (await ctx.loaders.memberNamed.load(transfer.memberId))!,
  fromOrganization: async (transfer, _args, ctx) => (await ctx.organizations.byId.load(transfer.fromOrganizationId))!,
  fromCell: async (transfer, _args, ctx) => (await ctx.organizations.byId.load(transfer.fromCellId))!,
  toOrganization: (transfer, _args, ctx) => (transfer.toOrganizationId ? ctx.organizations.byId.load(transfer.toOrganizationId) : null),
  toCell: (transfer, _args, ctx) => (transfer.toCellId ? ctx.organizations.byId.load(transfer.toCellId) : null),
};
