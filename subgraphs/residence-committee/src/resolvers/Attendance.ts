import type { AttendanceResolvers } from '../generated/resolvers-types.js';

export const Attendance: AttendanceResolvers = {
  // An entry is only ever reached through a member the principal may read; the meeting comes with it.
  meeting: async (attendance, _args, ctx) => (await ctx.loaders.meetingReached.load(attendance.meetingId))!,
};
