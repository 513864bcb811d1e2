import { today } from '@twoway/platform';
import { disagreementEdge, listConnection, nodeById } from '@twoway/subgraph-runtime';
import type { KeysetRow } from '@twoway/persistence';
import type { WorkplaceContext } from '../context.js';
import type { LostLetterStage, OrganizationResolvers } from '../generated/resolvers-types.js';
import { workplaceMembersIn } from '../repositories/member.repository.js';
import { changeNoticesIn } from '../repositories/change-notice.repository.js';
import { lostLettersIn, membersInTransitIn, membersNotIntroducedIn, unansweredLeavingNoticesIn, workplaceDisagreementsIn } from '../repositories/oversight.repository.js';

/** A lost letter's edge: the letter, where it stopped, and the deadline it missed (the list's sort key). */
const lostLetterEdge = (ctx: WorkplaceContext) => async (row: KeysetRow<{ stage: LostLetterStage }>) =>
  ({ node: (await ctx.loaders.letterById.load(row.id))!, stage: row.stage, deadline: row.sortKey });

/** A member not introduced: the member, since when they are due, and the deadline they missed (the list's sort key). */
const notIntroducedEdge = (ctx: WorkplaceContext) => async (row: KeysetRow<{ dueSince: string }>) =>
  ({ node: (await ctx.loaders.memberById.load(row.id))!, dueSince: row.dueSince, deadline: row.sortKey });

/** A transfer in transit: the transfer, whether it is overdue, and the day the member is due to be taken in. */
const inTransitEdge = (ctx: WorkplaceContext) => async (row: KeysetRow<{ overdue: boolean }>) =>
  ({ node: (await ctx.loaders.transferReached.load(row.id))!, overdue: row.overdue, deadline: row.sortKey });

/** An unanswered leaving notice and the deadline the workplace missed. */
const leavingNoticeEdge = (ctx: WorkplaceContext) => async (row: KeysetRow) =>
  ({ node: (await ctx.loaders.leavingNoticeById.load(row.id))!, deadline: row.sortKey });

export const Organization: OrganizationResolvers = {
  workplaceMembers: (unit, args, ctx) => listConnection(args, workplaceMembersIn(ctx, unit), nodeById(ctx.loaders.memberById)),
  changeNotices: (unit, args, ctx) => listConnection(args, changeNoticesIn(ctx, unit, args.status ?? null), nodeById(ctx.loaders.noticeReached)),
  lostIntroductionLetters: (unit, args, ctx) => listConnection(args, lostLettersIn(ctx, unit, args.asOf ?? today(ctx.clock), args.stage ?? null), lostLetterEdge(ctx)),
  workplaceDisagreements: (unit, args, ctx) => listConnection(args, workplaceDisagreementsIn(ctx, unit, args.kind ?? null), disagreementEdge),
  membersNotIntroduced: (unit, args, ctx) => listConnection(args, membersNotIntroducedIn(ctx, unit, args.asOf ?? today(ctx.clock)), notIntroducedEdge(ctx)),
  membersInTransit: (unit, args, ctx) => listConnection(args, membersInTransitIn(ctx, unit, args.asOf ?? today(ctx.clock), args.overdueOnly ?? false), inTransitEdge(ctx)),
  unansweredLeavingNotices: (unit, args, ctx) => listConnection(args, unansweredLeavingNoticesIn(ctx, unit, args.asOf ?? today(ctx.clock)), leavingNoticeEdge(ctx)),
};
