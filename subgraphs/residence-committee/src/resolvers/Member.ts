import { ErrorCode, addMonths, codedError, isUuid, today } from '@twoway/platform';
import type { MemberResolvers } from '../generated/resolvers-types.js';
import { periodKey } from '../repositories/attendance.repository.js';

/** How far back a member's attendance record goes when no period is asked for. */
const DEFAULT_ATTENDANCE_MONTHS = 12;

export const Member: MemberResolvers = {
  // The residence side knows members by id only; their fields here may be empty.
  __resolveReference: (ref) => (isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null),
  residenceRegistrations: (member, _args, ctx) => ctx.loaders.registrationsByMember.load(member.id),
  residenceRegistration: async (member, _args, ctx) =>
    (await ctx.loaders.registrationsByMember.load(member.id)).find((r) => r.status !== 'ENDED') ?? null,
  attendance: async (member, args, ctx) => {
    const to = args.to ?? today(ctx.clock);
    const from = args.from ?? addMonths(to, -DEFAULT_ATTENDANCE_MONTHS);
    if (from > to) throw codedError(ErrorCode.BAD_USER_INPUT, '"from" must not be after "to"', { argument: 'from' });
    const entries = await ctx.loaders.attendanceByMemberAndPeriod.load(periodKey(member.id, from, to));
    return { from, to, entries };
  },
};
