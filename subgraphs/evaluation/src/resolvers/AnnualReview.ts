import { historyConnection } from '@twoway/subgraph-runtime';
import type { AnnualReviewResolvers, Rating, Recommendation } from '../generated/resolvers-types.js';

/** The rating goes against the residence's recommendation (the same judgement as CONTRADICTS_SQL in migration 399, review_issue). */
export function contradicts(rating: Rating, recommendation: Recommendation): boolean {
  return (recommendation === 'CONSIDER_ACTION' && (rating === 'EXCELLENT' || rating === 'GOOD')) || (recommendation === 'COMMEND' && rating === 'NOT_COMPLETED');
}

export const AnnualReview: AnnualReviewResolvers = {
  member: (review) => ({ id: review.memberId }),
  ratingScale: async (review, _args, ctx) => (await ctx.loaders.ratingScaleById.load(review.ratingScaleId))!,
  ratingLabel: async (review, _args, ctx) => {
    const bands = await ctx.loaders.bandsByScale.load(review.ratingScaleId);
    return bands.find((band) => band.rating === review.rating)?.label ?? review.rating;
  },
  workplaceCell: async (review, _args, ctx) => (await ctx.organizations.byId.load(review.workplaceCellId))!,
  history: (review, args, ctx) => historyConnection(ctx.loaders.history, { entityType: 'AnnualReview', entityId: review.id }, args),
  residenceComment: (review, _args, ctx) => (review.commentFormId ? ctx.loaders.formById.load(review.commentFormId) : null),
  contradictsResidenceComment: async (review, _args, ctx) => {
    const form = review.commentFormId ? await ctx.loaders.formById.load(review.commentFormId) : null;
    return form !== null && contradicts(review.rating, form.recommendation);
  },
};
