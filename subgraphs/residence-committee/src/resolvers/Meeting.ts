import { emptyConnection } from '@twoway/platform';
import { historyConnection } from '@twoway/subgraph-runtime';
import type { MeetingResolvers } from '../generated/resolvers-types.js';

export const Meeting: MeetingResolvers = {
  organization: async (meeting, _args, ctx) => (await ctx.organizations.byId.load(meeting.organizationId))!,
  attendances: (meeting, _args, ctx) => ctx.loaders.attendanceByMeeting.load(meeting.id),
  // A meeting reached through a member's attendance shows its record-keeping only to those who reach its node.
  history: async (meeting, args, ctx) =>
    (await ctx.loaders.meetingById.load(meeting.id)) ? historyConnection(ctx.loaders.history, { entityType: 'Meeting', entityId: meeting.id }, args) : emptyConnection(),
};
