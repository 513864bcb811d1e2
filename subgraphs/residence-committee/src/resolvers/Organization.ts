import { ErrorCode, codedError, today } from '@twoway/platform';
import { disagreementEdge, listConnection, nodeById } from '@twoway/subgraph-runtime';
import type { KeysetRow } from '@twoway/persistence';
import type { ResidenceContext } from '../context.js';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { absentFromLastTwoMeetingsIn, cellsWithoutSemiAnnualMeetingIn, residenceDisagreementsIn } from '../repositories/oversight.repository.js';
import { registrationsIn } from '../repositories/residence-registration.repository.js';
import { meetingsIn } from '../repositories/meeting.repository.js';

/**
 * A listed meeting's edge. The list is guarded as a whole (the node is in the
 * principal's scope), so each of its meetings is the principal's to read,
 * history included.
 */
const listedMeeting = (ctx: ResidenceContext) => async (row: KeysetRow) => {
  const meeting = (await ctx.loaders.meetingReached.load(row.id))!;
  ctx.loaders.meetingById.prime(meeting.id, meeting);
  return { node: meeting };
};

export const Organization: OrganizationResolvers = {
  registeredMembers: (unit, args, ctx) => listConnection(args, registrationsIn(ctx, unit, args.status), nodeById(ctx.loaders.registrationById)),
  meetings: (unit, args, ctx) => {
    if (args.from > args.to) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Ngày bắt đầu (from) không được sau ngày kết thúc (to)', en: '"from" must not be after "to"' }, { argument: 'from' });
    return listConnection(args, meetingsIn(ctx, unit, args.from, args.to), listedMeeting(ctx));
  },
  absentFromLastTwoSemiAnnualMeetings: (unit, args, ctx) =>
    listConnection(args, absentFromLastTwoMeetingsIn(ctx, unit, args.asOf ?? today(ctx.clock)), nodeById(ctx.loaders.registrationById)),
  residenceDisagreements: (unit, args, ctx) => listConnection(args, residenceDisagreementsIn(ctx, unit, args.kind ?? null), disagreementEdge),
  cellsWithoutSemiAnnualMeeting: (unit, args, ctx) =>
    listConnection(args, cellsWithoutSemiAnnualMeetingIn(ctx, unit, args.asOf ?? today(ctx.clock)), async (row) => ({
      node: (await ctx.organizations.byId.load(row.id))!,
      lastHeldOn: row.lastHeldOn,
      twoWayMembersWaiting: row.twoWayMembersWaiting,
    })),
};
