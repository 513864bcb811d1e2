import type { MeetingResolvers } from '../generated/resolvers-types.js';

export const Meeting: MeetingResolvers = {
  organization: async (meeting, _args, ctx) => (await ctx.organizations.byId.load(meeting.organizationId))!,
};
