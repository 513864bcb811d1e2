import { today } from '@twoway/platform';
import { listConnection, nodeById } from '@twoway/subgraph-runtime';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { overdueCountsByOrganization, overdueRequestsIn, recommendedForActionIn, reviewsAgainstResidenceCommentIn } from '../repositories/oversight.repository.js';

export const Organization: OrganizationResolvers = {
  overdueCommentRequests: (unit, args, ctx) =>
    listConnection(args, overdueRequestsIn(ctx, unit, args.asOf ?? today(ctx.clock), args.side ?? 'EITHER'), nodeById(ctx.loaders.requestById)),
  overdueCommentRequestsByOrganization: (unit, args, ctx) =>
    overdueCountsByOrganization(ctx, unit, args.asOf ?? today(ctx.clock), args.side === 'RESIDENCE' ? 'RESIDENCE' : 'WORKPLACE'),
  membersRecommendedForAction: (unit, args, ctx) =>
    listConnection(args, recommendedForActionIn(ctx, unit, args.year ?? null, args.side ?? 'EITHER'), nodeById(ctx.loaders.formById)),
  reviewsAgainstResidenceComment: (unit, args, ctx) =>
    listConnection(args, reviewsAgainstResidenceCommentIn(ctx, unit, args.year, args.kind ?? null, args.side ?? 'WORKPLACE'), async (row) => ({
      node: (await ctx.loaders.reviewById.load(row.id))!,
      kind: row.kind,
    })),
};
