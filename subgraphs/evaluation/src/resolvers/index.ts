import type { Resolvers } from '../generated/resolvers-types.js';
import { AnnualReview } from './AnnualReview.js';
import { CommentRequest } from './CommentRequest.js';
import { CriteriaSet } from './CriteriaSet.js';
import { CriterionAssessment } from './CriterionAssessment.js';
import { Member } from './Member.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { Organization } from './Organization.js';
import { OrganizationStatistics } from '../statistics.js';

const Disagreement = { member: (d: { memberId: string }) => ({ id: d.memberId }) };
import type { CommentDraft as CommentDraftEntity } from '../entities/comment-draft.entity.js';
import type { EvaluationContext } from '../context.js';

const CommentDraft = {
  criteriaSet: async (draft: CommentDraftEntity, _args: unknown, ctx: EvaluationContext) => (await ctx.loaders.criteriaSetById.load(draft.criteriaSetId))!,
};
import { RatingScale } from './RatingScale.js';
import { ResidenceComment } from './ResidenceComment.js';

export const resolvers: Resolvers = {
  Query, Mutation, CommentDraft, Organization, OrganizationStatistics, Disagreement, Member, CommentRequest, ResidenceComment, CriterionAssessment, CriteriaSet, AnnualReview, RatingScale,
};
