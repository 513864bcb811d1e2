import { isUuid, type Message } from '@twoway/platform';
import { MutationErrorCode, Refusal, keepRefusal, refuse, refuseTooLong, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import { REMARKS_MAX_LENGTH } from './comment-request.workflow.js';
import type { EvaluationContext } from '../context.js';
import type { NoResidenceCommentReason } from '../generated/resolvers-types.js';
import { AnnualReview } from '../entities/annual-review.entity.js';
import { CommentRequest } from '../entities/comment-request.entity.js';
import { bandForScore } from '../entities/rating-band.entity.js';
import { findBandsOfScale, ratingScaleInForce } from '../repositories/policy.repository.js';
import { findRequest, lockAnnualRequests } from '../repositories/comment-request.repository.js';
import { findFormOfRequest } from '../repositories/comment-form.repository.js';
import { hasReview } from '../repositories/annual-review.repository.js';
import { OPEN_REQUEST_STATUSES } from '../events.js';

export const ReviewErrorCode = {
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  /** Neither a residence comment nor the reason there is none. */
  RESIDENCE_COMMENT_REQUIRED: 'RESIDENCE_COMMENT_REQUIRED',
  /** Both a residence comment and a reason for having none. */
  COMMENT_AND_REASON_BOTH_GIVEN: 'COMMENT_AND_REASON_BOTH_GIVEN',
  /** The request named is of another member, purpose or year. */
  COMMENT_NOT_FOR_THIS_REVIEW: 'COMMENT_NOT_FOR_THIS_REVIEW',
  /** The request named is this review's, but its form has not come back. */
  COMMENT_NOT_RETURNED: 'COMMENT_NOT_RETURNED',
  /** A reason was given, but the residence's returned comment for the year is there to take into account. */
  RESIDENCE_COMMENT_AVAILABLE: 'RESIDENCE_COMMENT_AVAILABLE',
  /** The reason given does not match the member's facts. */
  REASON_DOES_NOT_HOLD: 'REASON_DOES_NOT_HOLD',
  NO_RATING_SCALE_IN_FORCE: 'NO_RATING_SCALE_IN_FORCE',
  NOTE_TOO_LONG: 'NOTE_TOO_LONG',
} as const;

interface ReviewedMember {
  id: string;
  workplaceCell: { id: string };
  residenceDuty: string | null;
  /** The registration at residence in force now (from the residence committee), null when there is none. */
  residenceRegistration: { receivedOn: string } | null;
}

const NO_MEMBER: Message = { vi: 'Không tìm thấy đảng viên có mã này', en: 'No member with this id' };

/**
 * Whether the reason given for having no residence comment holds, judged by
 * the member's duty at residence (from the workplace), their registration at
 * residence (from the residence) and the year's annual request (here): a
 * refusal message when it does not.
 */
function reasonDoesNotHold(
  reason: NoResidenceCommentReason,
  member: ReviewedMember,
  year: number,
  annual: CommentRequest | undefined,
  today: string,
): Message | null {
  const duty = member.residenceDuty;
  switch (reason) {
    case 'EXEMPT':
      return duty === 'EXEMPT' || annual?.status === 'WAIVED'
        ? null
        : { vi: 'Đảng viên không thuộc diện miễn sinh hoạt nơi cư trú', en: 'The member is not exempt from residence activity' };
    case 'NOT_INTRODUCED':
      return duty === 'NOT_INTRODUCED'
        ? null
        : { vi: 'Đảng viên không thuộc diện không giới thiệu về nơi cư trú', en: 'The member is not on the special duty that is not introduced to a residence' };
    case 'OFFICIAL_AT_RESIDENCE':
      return duty === 'OFFICIAL_AT_RESIDENCE'
        ? null
        : { vi: 'Đảng viên không sinh hoạt chính thức tại chi bộ nơi cư trú', en: 'The member is not active in a residential cell as their own cell' };
    case 'NOT_REGISTERED_AT_RESIDENCE': {
      if (annual !== undefined) {
        return { vi: 'Nơi cư trú đã được xin ý kiến nhận xét về đảng viên trong năm này', en: 'The residence was asked for comments on the member this year' };
      }
      // Registered at residence since the reviewed year or before, and still: the residence is there to be asked.
      const registered = member.residenceRegistration;
      return registered && registered.receivedOn <= `${year}-12-31`
        ? {
            vi: `Đảng viên đang đăng ký sinh hoạt ở nơi cư trú (từ ngày ${registered.receivedOn}); hãy xin ý kiến nhận xét của chi bộ nơi cư trú`,
            en: `The member has been registered at residence since ${registered.receivedOn}; ask the residence for its comments`,
          }
        : null;
    }
    case 'RESIDENCE_DID_NOT_ANSWER':
      if (!annual || !(OPEN_REQUEST_STATUSES as readonly string[]).includes(annual.status)) {
        return { vi: 'Không có phiếu xin ý kiến nào của năm này đang chờ nơi cư trú trả lời', en: 'No request of this year is waiting for the residence' };
      }
      return annual.dueOn < today
        ? null
        : { vi: `Nơi cư trú còn hạn trả lời đến ngày ${annual.dueOn}`, en: `The residence has until ${annual.dueOn} to answer` };
  }
}

/**
 * The workplace cell (or its grassroots committee) decides the annual review;
 * the rating follows from the score by the scale in force. The residence's word
 * counts: the review takes into account the year's returned annual comment of
 * the member, or says why there is none, and a reason that the facts deny is refused.
 */
export async function recordAnnualReview(
  ctx: EvaluationContext,
  input: {
    idempotencyKey: string; memberId: string; year: number; score: number;
    commentRequestId?: string | null; withoutResidenceComment?: NoResidenceCommentReason | null; withoutResidenceCommentNote?: string | null;
  },
): Promise<MutationResult<AnnualReview>> {
  const facts = isUuid(input.memberId)
    ? await keepRefusal(ctx.federation.query<{ member: ReviewedMember | null }>(
        'query MemberToReview($id: ID!) { member(id: $id) { id workplaceCell { id } residenceDuty residenceRegistration { receivedOn } } }', { id: input.memberId }))
    : null;
  const member = facts && !(facts instanceof Refusal) ? facts.member : null;
  if (member) await requireActingFor(ctx, ['WORKPLACE_COMMITTEE'], member.workplaceCell.id);
  return runMutation(ctx, { operation: 'recordAnnualReview', idempotencyKey: input.idempotencyKey, entity: AnnualReview }, async (scope) => {
    if (facts instanceof Refusal) throw facts;
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], NO_MEMBER);
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      refuse(ReviewErrorCode.SCORE_OUT_OF_RANGE, ['input', 'score'], { vi: 'Điểm là số nguyên từ 0 đến 100', en: 'The score is a whole number from 0 to 100' });
    }
    const thisYear = Number(scope.today.slice(0, 4));
    if (input.year < thisYear - 1 || input.year > thisYear) {
      refuse(ReviewErrorCode.YEAR_OUT_OF_RANGE, ['input', 'year'], {
        vi: `Chỉ ghi đánh giá cho năm ${thisYear - 1} hoặc năm ${thisYear}`,
        en: `Reviews are recorded for ${thisYear - 1} or ${thisYear}`,
      });
    }
    if (await hasReview(scope.manager, member.id, input.year)) {
      refuse(ReviewErrorCode.ALREADY_REVIEWED, ['input', 'year'], {
        vi: `Đảng viên đã được đánh giá, xếp loại năm ${input.year}`,
        en: 'The member already has a review for this year',
      });
    }
    const reason = input.withoutResidenceComment ?? null;
    if (input.commentRequestId && reason) {
      refuse(ReviewErrorCode.COMMENT_AND_REASON_BOTH_GIVEN, ['input', 'withoutResidenceComment'], {
        vi: 'Hoặc ghi phiếu nhận xét nơi cư trú đã tính đến, hoặc ghi lý do không có phiếu, không ghi cả hai',
        en: 'Give either the residence comment taken into account or the reason there is none, not both',
      });
    }
    if (!input.commentRequestId && !reason) {
      refuse(ReviewErrorCode.RESIDENCE_COMMENT_REQUIRED, ['input', 'commentRequestId'], {
        vi: 'Đánh giá cuối năm phải tính đến nhận xét của chi bộ nơi cư trú, hoặc ghi rõ lý do không có nhận xét',
        en: 'The review takes the residence comment into account, or says why there is none',
      });
    }
    let formId: string | null = null;
    if (input.commentRequestId) {
      const request = isUuid(input.commentRequestId) ? await findRequest(scope.manager, input.commentRequestId.toLowerCase()) : null;
      if (!request) {
        refuse(MutationErrorCode.NOT_FOUND, ['input', 'commentRequestId'], { vi: 'Không tìm thấy phiếu xin ý kiến nhận xét có mã này', en: 'No comment request with this id' });
      }
      if (request.memberId !== member.id || request.purpose !== 'ANNUAL' || request.year !== input.year) {
        refuse(ReviewErrorCode.COMMENT_NOT_FOR_THIS_REVIEW, ['input', 'commentRequestId'], {
          vi: `Phiếu nhận xét phải là phiếu nhận xét hằng năm ${input.year} về chính đảng viên này`,
          en: `Take into account the ${input.year} annual comment on this member`,
        });
      }
      if (request.status !== 'RETURNED') {
        refuse(ReviewErrorCode.COMMENT_NOT_RETURNED, ['input', 'commentRequestId'], {
          vi: 'Nơi cư trú chưa gửi trả phiếu nhận xét này',
          en: 'The residence has not returned this comment',
        });
      }
      formId = (await findFormOfRequest(scope.manager, request.id)).id;
      await scope.updateVersioned(CommentRequest, request, request.version, { status: 'USED_IN_REVIEW' });
    } else if (reason) {
      const [annual] = (await lockAnnualRequests(scope.manager, member.id, input.year)).filter((r) => r.status !== 'CANCELLED');
      if (annual?.status === 'RETURNED') {
        refuse(ReviewErrorCode.RESIDENCE_COMMENT_AVAILABLE, ['input', 'withoutResidenceComment'], {
          vi: `Nơi cư trú đã gửi trả phiếu nhận xét năm ${input.year}; đánh giá phải tính đến phiếu này`,
          en: `The residence returned its ${input.year} comment; the review takes it into account`,
        });
      }
      const denied = reasonDoesNotHold(reason, member, input.year, annual, scope.today);
      if (denied) refuse(ReviewErrorCode.REASON_DOES_NOT_HOLD, ['input', 'withoutResidenceComment'], denied);
    }
    const note = input.withoutResidenceCommentNote?.trim() || null;
    refuseTooLong(note, REMARKS_MAX_LENGTH, ReviewErrorCode.NOTE_TOO_LONG, ['input', 'withoutResidenceCommentNote'], { vi: 'Ghi chú lý do không có nhận xét', en: 'The note' });
    const scale = await ratingScaleInForce(scope.manager, scope.today);
    if (!scale) refuse(ReviewErrorCode.NO_RATING_SCALE_IN_FORCE, ['input', 'score'], { vi: 'Hôm nay không có thang điểm xếp loại nào đang áp dụng', en: 'No rating scale is in force today' });
    const band = bandForScore(await findBandsOfScale(scope.manager, scale.id), input.score);
    if (!band) refuse(ReviewErrorCode.NO_RATING_SCALE_IN_FORCE, ['input', 'score'], { vi: 'Thang điểm đang áp dụng không có mức cho điểm này', en: 'The rating scale has no band for this score' });
    return scope.create(AnnualReview, {
      id: crypto.randomUUID(),
      memberId: member.id,
      year: input.year,
      score: input.score,
      rating: band.rating,
      ratingScaleId: scale.id,
      decidedOn: scope.today,
      workplaceCellId: member.workplaceCell.id,
      commentFormId: formId,
      withoutResidenceComment: formId ? null : reason,
      withoutResidenceCommentNote: formId ? null : note,
      version: 1,
    });
  });
}
