import type { Resolvers } from '../generated/resolvers-types.js';
import { AnnualReview } from './AnnualReview.js';
import { CommentRequest } from './CommentRequest.js';
import { CriteriaSet } from './CriteriaSet.js';
import { CriterionAssessment } from './CriterionAssessment.js';
import { Member } from './Member.js';
import { Query } from './Query.js';
import { RatingScale } from './RatingScale.js';
import { ResidenceComment } from './ResidenceComment.js';

export const resolvers: Resolvers = {
  Query, Member, CommentRequest, ResidenceComment, CriterionAssessment, CriteriaSet, AnnualReview, RatingScale,
};
