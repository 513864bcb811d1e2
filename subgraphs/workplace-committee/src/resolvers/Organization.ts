import { readPage, toConnection } from '@twoway/platform';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { findMembersInWorkplaceSubtree, isMemberListKey, memberListKey } from '../repositories/member.repository.js';

export const Organization: OrganizationResolvers = {
  workplaceMembers: async (unit, args, ctx) => {
    const page = readPage(args, isMemberListKey);
    const { rows, totalCount } = await findMembersInWorkplaceSubtree(ctx.dataSource, unit.path, page);
    for (const member of rows) ctx.loaders.memberById.prime(member.id, member);
    return toConnection(rows, page.limit, totalCount, memberListKey);
  },
};
