import { ErrorCode, codedError, emptyConnection, isKeysetKey, readPage, requireUuid } from '@twoway/platform';
import { keysetPage } from '@twoway/persistence';
import { keysetConnection, undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import { memberSearchQuery } from '../repositories/member.repository.js';
import { statisticsQueries } from '../statistics.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  ...statisticsQueries,
  searchMembers: async (_root, args, ctx) => {
    const text = args.text.trim();
    if (text.length < 2 || text.length > 100) throw codedError(ErrorCode.BAD_USER_INPUT, 'Search for 2 to 100 characters', { argument: 'text' });
    const page = readPage(args, isKeysetKey);
    // Search runs in the principal's own subtree; a member (who reads only their own record) finds nobody.
    if (!(await ctx.access.mayReadNode(ctx.principal.organizationId))) return emptyConnection();
    const own = (await ctx.organizations.byId.load(ctx.principal.organizationId))!;
    const rows = await keysetPage(ctx.dataSource, memberSearchQuery(await ctx.organizations.scopeByPath.load(own.path), text), page);
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.memberById.load(row.id))! }));
  },
  workplaceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  member: (_root, args, ctx) => ctx.loaders.memberById.load(requireUuid(args.id)),
  introductionLetter: (_root, args, ctx) => ctx.loaders.letterById.load(requireUuid(args.id)),
  changeNotice: (_root, args, ctx) => ctx.loaders.noticeById.load(requireUuid(args.id)),
};
