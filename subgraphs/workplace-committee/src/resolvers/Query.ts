import { ErrorCode, codedError, requireUuid } from '@twoway/platform';
import { listConnection, nodeById, undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import { membersFoundIn } from '../repositories/member.repository.js';
import { statisticsQueries } from '../statistics.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

/** What a search looks for: 2 to 100 characters, trimmed. */
function searchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 100) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Hãy nhập từ 2 đến 100 ký tự để tìm', en: 'Search for 2 to 100 characters' }, { argument: 'text' });
  return trimmed;
}

export const Query: QueryResolvers = {
  ...statisticsQueries,
  // Search runs in the principal's own subtree; a member (who reads only their own record) finds nobody.
  searchMembers: (_root, args, ctx) => listConnection(args, membersFoundIn(ctx, searchText(args.text)), nodeById(ctx.loaders.memberById)),
  workplaceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  member: (_root, args, ctx) => ctx.loaders.memberById.load(requireUuid(args.id)),
  introductionLetter: (_root, args, ctx) => ctx.loaders.letterById.load(requireUuid(args.id)),
  changeNotice: (_root, args, ctx) => ctx.loaders.noticeById.load(requireUuid(args.id)),
  memberTransfer: (_root, args, ctx) => ctx.loaders.transferById.load(requireUuid(args.id)),
};
