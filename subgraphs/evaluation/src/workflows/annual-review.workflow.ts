import { isUuid } from '@twoway/platform';
import { MutationErrorCode, Refusal, keepRefusal, refuse, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { EvaluationContext } from '../context.js';
import { AnnualReview } from '../entities/annual-review.entity.js';
import { CommentRequest } from '../entities/comment-request.entity.js';
import { bandForScore } from '../entities/rating-band.entity.js';
import { findBandsOfScale, ratingScaleInForce } from '../repositories/policy.repository.js';
import { findRequest } from '../repositories/comment-request.repository.js';
import { findFormOfRequest } from '../repositories/comment-form.repository.js';
import { hasReview } from '../repositories/annual-review.repository.js';

export const ReviewErrorCode = {
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  COMMENT_NOT_RETURNED: 'COMMENT_NOT_RETURNED',
  NO_RATING_SCALE_IN_FORCE: 'NO_RATING_SCALE_IN_FORCE',
} as const;

/** The workplace cell decides the annual review; the rating follows from the score by the scale in force. */
export async function recordAnnualReview(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; memberId: string; year: number; score: number; commentRequestId?: string | null },
): Promise<MutationResult<AnnualReview>> {
  const member = isUuid(input.memberId)
    ? await keepRefusal(ctx.federation.query<{ member: { id: string; workplaceCell: { id: string } } | null }>(
        'query MemberCell($id: ID!) { member(id: $id) { id workplaceCell { id } } }', { id: input.memberId }))
    : null;
  const cellId = member && !(member instanceof Refusal) ? member.member?.workplaceCell.id : undefined;
  if (cellId) await requireActingFor(ctx.principal, ctx.organizations, ['WORKPLACE_COMMITTEE'], cellId);
  return runMutation(ctx, { operation: 'recordAnnualReview', idempotencyKey: input.idempotencyKey, entity: AnnualReview }, async (scope) => {
    if (member instanceof Refusal) throw member;
    if (!member?.member || !cellId) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], 'No member with this id');
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      refuse(ReviewErrorCode.SCORE_OUT_OF_RANGE, ['input', 'score'], 'The score is a whole number from 0 to 100');
    }
    const thisYear = Number(scope.today.slice(0, 4));
    if (input.year < thisYear - 1 || input.year > thisYear) refuse(ReviewErrorCode.YEAR_OUT_OF_RANGE, ['input', 'year'], `Reviews are recorded for ${thisYear - 1} or ${thisYear}`);
    if (await hasReview(scope.manager, member.member.id, input.year)) {
      refuse(ReviewErrorCode.ALREADY_REVIEWED, ['input', 'year'], 'The member already has a review for this year');
    }
    let formId: string | null = null;
    if (input.commentRequestId) {
      const request = isUuid(input.commentRequestId) ? await findRequest(scope.manager, input.commentRequestId.toLowerCase()) : null;
      if (!request || request.memberId !== member.member.id || request.status !== 'RETURNED') {
        refuse(ReviewErrorCode.COMMENT_NOT_RETURNED, ['input', 'commentRequestId'], "Take into account a returned comment request of this member");
      }
      formId = (await findFormOfRequest(scope.manager, request.id)).id;
      await scope.updateVersioned(CommentRequest, request, request.version, { status: 'USED_IN_REVIEW' });
    }
    const scale = await ratingScaleInForce(scope.manager, scope.today);
    if (!scale) refuse(ReviewErrorCode.NO_RATING_SCALE_IN_FORCE, ['input', 'score'], 'No rating scale is in force today');
    const band = bandForScore(await findBandsOfScale(scope.manager, scale.id), input.score);
    if (!band) refuse(ReviewErrorCode.NO_RATING_SCALE_IN_FORCE, ['input', 'score'], 'The rating scale has no band for this score');
    return scope.create(AnnualReview, {
      id: crypto.randomUUID(),
      memberId: member.member.id,
      year: input.year,
      score: input.score,
      rating: band.rating,
      ratingScaleId: scale.id,
      decidedOn: scope.today,
      workplaceCellId: cellId,
      commentFormId: formId,
      version: 1,
    });
  });
}
