import type { MeetingResolvers } from '../generated/resolvers-types.js';

export const Meeting: MeetingResolvers = {
  organization: async (meeting, _args, ctx) => (await ctx.organizations.byId.load(meeting.organizationId))!,
  attendances: (meeting, _args, ctx) => ctx.loaders.attendanceByMeeting.load(meeting.id),
  history: (meeting, _args, ctx) => ctx.loaders.history.load({ entityType: 'Meeting', entityId: meeting.id }),
};
