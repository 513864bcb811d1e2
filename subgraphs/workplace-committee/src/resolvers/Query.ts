import { GuardedField, mayReadField } from '@twoway/auth';
import { ErrorCode, codedError, requireUuid, type Message } from '@twoway/platform';
import { listConnection, nodeById, undeliveredEffectsResolver } from '@twoway/subgraph-runtime';
import { memberSearchKind, membersFoundIn, type MemberSearchKind } from '../repositories/member.repository.js';
import type { WorkplaceContext } from '../context.js';
import { statisticsQueries } from '../statistics.js';
import type { QueryResolvers, QuerySearchMembersArgs } from '../generated/resolvers-types.js';

/** What a search looks for: 2 to 100 characters, trimmed. */
function searchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 100) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Hãy nhập từ 2 đến 100 ký tự để tìm', en: 'Search for 2 to 100 characters' }, { argument: 'text' });
  return trimmed;
}

/** The guarded field a search by a number tests, and what a principal that may not read it is told. */
const SEARCHED_FIELD: Record<Exclude<MemberSearchKind, 'NAME'>, { field: GuardedField; refusal: Message }> = {
  CITIZEN_ID: {
    field: GuardedField.CITIZEN_ID,
    refusal: { vi: 'Vai trò của đồng chí không được xem số định danh cá nhân nên không được tìm theo số này; hãy tìm theo họ tên', en: 'Your role may not read citizen IDs, so it may not search by one; search by name' },
  },
  PARTY_CARD_NUMBER: {
    field: GuardedField.PARTY_CARD_NUMBER,
    refusal: { vi: 'Vai trò của đồng chí không được xem số thẻ đảng viên nên không được tìm theo số thẻ; hãy tìm theo họ tên', en: 'Your role may not read Party card numbers, so it may not search by one; search by name' },
  },
};

/**
 * A search by a guarded value is a read of it: refused (FORBIDDEN, before any
 * data is read) to a principal that may not read the field, so that it cannot
 * test which member holds a number; for others each member found is noted like
 * a read of the field (audited when it is personal data).
 */
async function searchMembers(ctx: WorkplaceContext, args: QuerySearchMembersArgs) {
  const text = searchText(args.text);
  const kind = memberSearchKind(text);
  const guarded = kind === 'NAME' ? null : SEARCHED_FIELD[kind];
  if (guarded && !mayReadField(ctx.principal, guarded.field, null)) {
    throw codedError(ErrorCode.FORBIDDEN, guarded.refusal, { argument: 'text', field: guarded.field });
  }
  const found = await listConnection(args, membersFoundIn(ctx, text, kind), nodeById(ctx.loaders.memberById));
  if (guarded) for (const { node } of found.edges) if (node) ctx.access.field(guarded.field, { entityType: 'Member', entityId: node.id, memberId: node.id }, text);
  return found;
}

export const Query: QueryResolvers = {
  ...statisticsQueries,
  // Search runs in the principal's own subtree; a member (who reads only their own record) finds nobody.
  searchMembers: (_root, args, ctx) => searchMembers(ctx, args),
  workplaceCommitteeUndeliveredEffects: undeliveredEffectsResolver(),
  member: (_root, args, ctx) => ctx.loaders.memberById.load(requireUuid(args.id)),
  introductionLetter: (_root, args, ctx) => ctx.loaders.letterById.load(requireUuid(args.id)),
  changeNotice: (_root, args, ctx) => ctx.loaders.noticeById.load(requireUuid(args.id)),
  memberTransfer: (_root, args, ctx) => ctx.loaders.transferById.load(requireUuid(args.id)),
};
