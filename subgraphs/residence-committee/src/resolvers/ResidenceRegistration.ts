import type { ResidenceRegistrationResolvers } from '../generated/resolvers-types.js';

export const ResidenceRegistration: ResidenceRegistrationResolvers = {
  member: (registration) => ({ id: registration.memberId }),
  ward: async (registration, _args, ctx) => (await ctx.organizations.byId.load(registration.wardId))!,
  cell: (registration, _args, ctx) => (registration.cellId ? ctx.organizations.byId.load(registration.cellId) : null),
  history: (registration, _args, ctx) => ctx.loaders.history.load({ entityType: 'ResidenceRegistration', entityId: registration.id }),
};
