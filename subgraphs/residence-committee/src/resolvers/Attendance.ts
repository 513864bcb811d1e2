import type { AttendanceResolvers } from '../generated/resolvers-types.js';

export const Attendance: AttendanceResolvers = {
  meeting: async (attendance, _args, ctx) => (await ctx.loaders.meetingById.load(attendance.meetingId))!,
};
