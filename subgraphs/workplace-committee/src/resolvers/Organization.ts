import { today } from '@twoway/platform';
import { disagreementEdge, listConnection, nodeById } from '@twoway/subgraph-runtime';
import type { KeysetRow } from '@twoway/persistence';
import type { WorkplaceContext } from '../context.js';
import type { LostLetterStage, OrganizationResolvers } from '../generated/resolvers-types.js';
import { workplaceMembersIn } from '../repositories/member.repository.js';
import { changeNoticesIn } from '../repositories/change-notice.repository.js';
import { lostLettersIn, workplaceDisagreementsIn } from '../repositories/oversight.repository.js';

/** A lost letter's edge: the letter, where it stopped, and the deadline it missed (the list's sort key). */
const lostLetterEdge = (ctx: WorkplaceContext) => async (row: KeysetRow<{ stage: LostLetterStage }>) =>
  ({ node: (await ctx.loaders.letterById.load(row.id))!, stage: row.stage, deadline: row.sortKey });

export const Organization: OrganizationResolvers = {
  workplaceMembers: (unit, args, ctx) => listConnection(args, workplaceMembersIn(ctx, unit), nodeById(ctx.loaders.memberById)),
  changeNotices: (unit, args, ctx) => listConnection(args, changeNoticesIn(ctx, unit, args.status ?? null), nodeById(ctx.loaders.noticeReached)),
  lostIntroductionLetters: (unit, args, ctx) => listConnection(args, lostLettersIn(ctx, unit, args.asOf ?? today(ctx.clock), args.stage ?? null), lostLetterEdge(ctx)),
  workplaceDisagreements: (unit, args, ctx) => listConnection(args, workplaceDisagreementsIn(ctx, unit, args.kind ?? null), disagreementEdge),
};
