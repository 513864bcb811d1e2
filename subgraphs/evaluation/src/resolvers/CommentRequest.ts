import { today } from '@twoway/platform';
import { historyConnection } from '@twoway/subgraph-runtime';
import type { CommentRequestResolvers, CommentRequestStatus } from '../generated/resolvers-types.js';

/** States in which the workplace is still waiting for the residence. */
const OPEN: ReadonlySet<CommentRequestStatus> = new Set(['SENT', 'RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED']);

export const CommentRequest: CommentRequestResolvers = {
  member: (request) => ({ id: request.memberId }),
  workplaceOrganization: async (request, _args, ctx) => (await ctx.organizations.byId.load(request.workplaceOrganizationId))!,
  workplaceCell: async (request, _args, ctx) => (await ctx.organizations.byId.load(request.workplaceCellId))!,
  ward: (request, _args, ctx) => (request.wardId ? ctx.organizations.byId.load(request.wardId) : null),
  cell: (request, _args, ctx) => (request.cellId ? ctx.organizations.byId.load(request.cellId) : null),
  overdue: (request, _args, ctx) => OPEN.has(request.status) && request.dueOn < today(ctx.clock),
  residenceComment: (request, _args, ctx) => ctx.loaders.formByRequest.load(request.id),
  draft: (request, _args, ctx) => ctx.loaders.draftByRequest.load(request.id),
  history: (request, args, ctx) => historyConnection(ctx.loaders.history, { entityType: 'CommentRequest', entityId: request.id }, args),
};
