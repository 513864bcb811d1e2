import { GuardedField } from '@twoway/auth';
import { guardedField, historyConnection } from '@twoway/subgraph-runtime';
import type { ResidenceRegistration as Registration } from '../entities/residence-registration.entity.js';
import type { ResidenceRegistrationResolvers } from '../generated/resolvers-types.js';

export const ResidenceRegistration: ResidenceRegistrationResolvers = {
  address: guardedField(GuardedField.REGISTRATION_ADDRESS, 'ResidenceRegistration', (registration: Registration) => ({ id: registration.id, memberId: registration.memberId, value: registration.address })) as ResidenceRegistrationResolvers['address'],
  member: (registration) => ({ id: registration.memberId }),
  exempt: async (registration, _args, ctx) => (await ctx.loaders.standingByMember.load(registration.memberId))?.residenceDuty === 'EXEMPT',
  ward: async (registration, _args, ctx) => (await ctx.organizations.byId.load(registration.wardId))!,
  cell: (registration, _args, ctx) => (registration.cellId ? ctx.organizations.byId.load(registration.cellId) : null),
  history: (registration, args, ctx) => historyConnection(ctx.loaders.history, { entityType: 'ResidenceRegistration', entityId: registration.id }, args),
};
