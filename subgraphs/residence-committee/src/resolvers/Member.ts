import { ErrorCode, addMonths, codedError, isUuid, today } from '@twoway/platform';
import type { MemberResolvers } from '../generated/resolvers-types.js';
import { NEVER_EXPECTED_DUTIES } from '../entities/member-standing.entity.js';
import { periodKey } from '../repositories/attendance.repository.js';
import { invitationsKey } from '../repositories/meeting.repository.js';

/** How far back a member's attendance record goes when no period is asked for. */
const DEFAULT_ATTENDANCE_MONTHS = 12;

/**
 * The start of the default period that ends on `to`: the last one worked out is kept, as every request asks
 * it of the same day (a page of 100 members, a hundred times); the month arithmetic was a few percent of the
 * subgraph's CPU in the bench's profile.
 */
let lastEnd = '';
let lastStart = '';
function defaultStart(to: string): string {
  if (to !== lastEnd) {
    lastStart = addMonths(to, -DEFAULT_ATTENDANCE_MONTHS);
    lastEnd = to;
  }
  return lastStart;
}

export const Member: MemberResolvers = {
  // The residence side knows members by id only; their fields here may be empty.
  __resolveReference: (ref) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),
  residenceRegistrations: (member, _args, ctx) => ctx.loaders.registrationsByMember.load(member.id),
  residenceRegistration: async (member, _args, ctx) =>
    (await ctx.loaders.registrationsByMember.load(member.id)).find((r) => r.status !== 'ENDED') ?? null,
  attendance: async (member, args, ctx) => {
    const to = args.to ?? today(ctx.clock);
    const from = args.from ?? defaultStart(to);
    if (from > to) throw codedError(ErrorCode.BAD_USER_INPUT, { vi: 'Ngày bắt đầu (from) không được sau ngày kết thúc (to)', en: '"from" must not be after "to"' }, { argument: 'from' });
    const [entries, standing] = await Promise.all([
      ctx.loaders.attendanceByMemberAndPeriod.load(periodKey(member.id, from, to)),
      ctx.loaders.standingByMember.load(member.id),
    ]);
    return { from, to, entries, neverExpected: standing !== null && NEVER_EXPECTED_DUTIES.includes(standing.residenceDuty) };
  },
  // The meetings of the member's own ward and cell come with the member's record (whoever may read it, the
  // member included); each meeting's history stays behind its node's scope (Meeting.history).
  upcomingMeetings: async (member, _args, ctx) => {
    const open = (await ctx.loaders.registrationsByMember.load(member.id)).find((r) => r.status !== 'ENDED');
    if (!open) return [];
    const meetings = await ctx.loaders.invitations.load(invitationsKey(today(ctx.clock), open.wardId, open.cellId));
    for (const meeting of meetings) ctx.loaders.meetingReached.prime(meeting.id, meeting);
    return meetings;
  },
};
