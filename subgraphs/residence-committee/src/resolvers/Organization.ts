import { ErrorCode, codedError, today } from '@twoway/platform';
import type DataLoader from 'dataloader';
import { disagreementEdge, listConnection } from '@twoway/subgraph-runtime';
import type { KeysetRow } from '@twoway/persistence';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { absentFromLastTwoMeetingsIn, cellsWithoutSemiAnnualMeetingIn, residenceDisagreementsIn } from '../repositories/oversight.repository.js';
import { registrationsIn } from '../repositories/residence-registration.repository.js';
import { meetingsIn } from '../repositories/meeting.repository.js';

/**
 * A listed record's edge. The list is guarded as a whole (the node is in the
 * principal's scope), so each of its records is the principal's to read: read
 * by the `reached` loader and primed into the guarded one (`byId`) that the
 * record's own fields and a later lookup by id go through. A meeting with its
 * history; a registration ended since (the member moved away) too, where the
 * member-guarded loader would answer null and fail the whole list.
 */
const listed = <T extends { id: string }>(reached: DataLoader<string, T | null>, byId: DataLoader<string, T | null>) => async (row: KeysetRow) => {
  const node = (await reached.load(row.id))!;
  byId.prime(node.id, node);
  return { node };
};

export const Organization: OrganizationResolvers = {
  registeredMembers: (unit, args, ctx) => listConnection(args, registrationsIn(ctx, unit, args.status), listed(ctx.loaders.registrationReached, ctx.loaders.registrationById)),
  meetings: (unit, args, ctx) => {
    if (args.from > args.to) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Ngày bắt đầu (from) không được sau ngày kết thúc (to)', en: '"from" must not be after "to"' }, { argument: 'from' });
    return listConnection(args, meetingsIn(ctx, unit, args.from, args.to), listed(ctx.loaders.meetingReached, ctx.loaders.meetingById));
  },
  absentFromLastTwoSemiAnnualMeetings: (unit, args, ctx) =>
    listConnection(args, absentFromLastTwoMeetingsIn(ctx, unit, args.asOf ?? today(ctx.clock)), listed(ctx.loaders.registrationReached, ctx.loaders.registrationById)),
  residenceDisagreements: (unit, args, ctx) => listConnection(args, residenceDisagreementsIn(ctx, unit, args.kind ?? null), disagreementEdge),
  cellsWithoutSemiAnnualMeeting: (unit, args, ctx) =>
    listConnection(args, cellsWithoutSemiAnnualMeetingIn(ctx, unit, args.asOf ?? today(ctx.clock)), async (row) => ({
      node: (await ctx.organizations.byId.load(row.id))!,
      lastHeldOn: row.lastHeldOn,
      twoWayMembersWaiting: row.twoWayMembersWaiting,
    })),
};
