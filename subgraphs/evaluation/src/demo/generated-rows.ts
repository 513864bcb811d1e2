import type { EntityManager } from 'typeorm';
import { addDays } from '@twoway/platform';
import type { CellStory, CommentCycle, TableRows } from '@twoway/demo-data';
import type { CommentRequestStatus } from '../generated/resolvers-types.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { bandForScore, type RatingBand } from '../entities/rating-band.entity.js';
import { findBandsOfScale, findCriteriaOfSet, ratingScaleInForce } from '../repositories/policy.repository.js';
import { recommendationOf } from '../entities/comment-form.entity.js';

/** The evaluation subgraph's data tables, emptied before a generated data set is loaded (criteria and rating scales stay). */
export const EVALUATION_DATA_TABLES = ['comment_form_assessment', 'comment_draft', 'annual_review', 'comment_form', 'comment_request'];

/** A cycle's request as it stands: a member's leaving (MemberLeftParty, a transfer out) cancels a request still open. */
function requestStatus(cycle: CommentCycle, memberLeft: boolean): CommentRequestStatus {
  if (cycle.exempt) return 'WAIVED';
  if (!cycle.answer) return memberLeft ? 'CANCELLED' : 'SENT';
  return cycle.review ? 'USED_IN_REVIEW' : 'RETURNED';
}

/**
 * The day the deadlines job (jobs.ts) would have marked a cycle's request overdue, run daily up to `today`: the
 * day after it was due, when it was still open then (not waived, no answer returned by its due date); a request
 * cancelled by the member's leaving is left unmarked (the story does not say when they left). Generated data sets
 * so carry the marks a running service would have made, and the job has no backlog on the first day.
 */
function overdueSince(cycle: CommentCycle, status: CommentRequestStatus, today: string): string | null {
  if (cycle.exempt || status === 'CANCELLED' || cycle.dueOn >= today) return null;
  if (cycle.answer && cycle.answer.returnedOn <= cycle.dueOn) return null;
  return addDays(cycle.dueOn, 1);
}

/**
 * What the generated rows take from the evaluation database, read once: the
 * standard criteria set in force and its criteria, and the rating scale in
 * force (with its bands) on each day a review is decided. Plain data, so the
 * rows can be made on other threads.
 */
export interface EvaluationGenerationPolicy {
  criteriaSetId: string;
  criterionIds: string[];
  scales: Record<string, { id: string; bands: RatingBand[] }>;
}

/** Reads the policy of the generated rows from the freshly migrated database (`manager`), as its migrations loaded it. */
export async function evaluationGenerationPolicy(manager: EntityManager, reviewDays: readonly string[]): Promise<EvaluationGenerationPolicy> {
  const set = await manager.findOneOrFail(CriteriaSet, { where: { variant: 'STANDARD' }, order: { effectiveFrom: 'DESC' } });
  const criterionIds = (await findCriteriaOfSet(manager, set.id)).map((c) => c.id);
  const scales: EvaluationGenerationPolicy['scales'] = {};
  for (const day of reviewDays) {
    const scale = await ratingScaleInForce(manager, day);
    if (!scale) throw new Error(`No rating scale in force on ${day}`);
    scales[day] = { id: scale.id, bands: (await findBandsOfScale(manager, scale.id)).map((band) => ({ ...band })) };
  }
  return { criteriaSetId: set.id, criterionIds, scales };
}

/**
 * The evaluation subgraph's rows of a generated data set (`npm run generate`),
 * one residential cell's story at a time, in COPY column order: forms on the
 * standard criteria set in force, reviews rated on the scale in force the day
 * they were decided (see evaluationGenerationPolicy).
 */
export function evaluationGeneratedRows(story: Pick<CellStory, 'today' | 'members' | 'commentCycles'>, policy: EvaluationGenerationPolicy): TableRows[] {
  const { criteriaSetId, criterionIds } = policy;
  const requests: unknown[][] = [];
  const forms: unknown[][] = [];
  const assessments: unknown[][] = [];
  const reviews: unknown[][] = [];
  const left = new Set(story.members.filter((member) => member.membershipEnded !== null).map((member) => member.id));
  for (const cycle of story.commentCycles) {
    const { answer, review } = cycle;
    const status = requestStatus(cycle, left.has(cycle.memberId));
    requests.push([cycle.requestId, cycle.memberId, 'ANNUAL', cycle.year, cycle.workplaceOrganizationId, cycle.workplaceCellId, cycle.wardId, cycle.cellId,
      cycle.requestedOn, cycle.dueOn, status, 1, cycle.exempt, null, overdueSince(cycle, status, story.today), answer?.returnedOn ?? null, answer?.draftedOn ?? null]);
    if (answer) {
      forms.push([answer.formId, cycle.requestId, cycle.memberId, cycle.year, criteriaSetId, recommendationOf(answer.levels[5]), null, cycle.cellId, cycle.wardId,
        answer.draftedOn, answer.signedOn, answer.signedBy, answer.certifiedOn, answer.certifiedBy, answer.returnedOn]);
      answer.levels.forEach((level, k) => assessments.push([answer.formId, criterionIds[k], level]));
    }
    if (review) {
      const scale = policy.scales[review.decidedOn];
      const band = scale && bandForScore(scale.bands, review.score);
      if (!scale || !band) throw new Error(`No rating for a score of ${review.score} decided on ${review.decidedOn}`);
      // A review names the returned comment, or why there is none: waived, or not answered by the due date.
      const reason = answer ? null : cycle.exempt ? 'EXEMPT' : 'RESIDENCE_DID_NOT_ANSWER';
      reviews.push([review.id, cycle.memberId, cycle.year, review.score, band.rating, scale.id, review.decidedOn, cycle.workplaceCellId, answer?.formId ?? null, 1, reason, null]);
    }
  }
  return [
    { table: 'comment_request', columns: ['id', 'member_id', 'purpose', 'year', 'workplace_organization_id', 'workplace_cell_id', 'ward_id', 'cell_id', 'requested_on', 'due_on', 'status', 'version', 'exempt', 'reminded_on', 'overdue_since', 'returned_on', 'received_on'], rows: requests },
    { table: 'comment_form', columns: ['id', 'request_id', 'member_id', 'year', 'criteria_set_id', 'recommendation', 'remarks', 'cell_id', 'ward_id', 'drafted_on', 'signed_on', 'signed_by', 'certified_on', 'certified_by', 'returned_on'], rows: forms },
    { table: 'comment_form_assessment', columns: ['comment_form_id', 'criterion_id', 'level'], rows: assessments },
    { table: 'annual_review', columns: ['id', 'member_id', 'year', 'score', 'rating', 'rating_scale_id', 'decided_on', 'workplace_cell_id', 'comment_form_id', 'version', 'without_residence_comment', 'without_residence_comment_note'], rows: reviews },
  ];
}
