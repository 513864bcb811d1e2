import { subgraphCodegen } from '../../codegen.base.js';

export default subgraphCodegen({
  context: 'EvaluationContext',
  mappers: {
    Member: '../context.js#MemberReference',
    CommentRequest: '../entities/comment-request.entity.js#CommentRequest',
    ResidenceComment: '../entities/comment-form.entity.js#CommentForm',
    CriterionAssessment: '../entities/comment-form-assessment.entity.js#CommentFormAssessment',
    CriteriaSet: '../entities/criteria-set.entity.js#CriteriaSet',
    Criterion: '../entities/criterion.entity.js#Criterion',
    AnnualReview: '../entities/annual-review.entity.js#AnnualReview',
    RatingScale: '../entities/rating-scale.entity.js#RatingScale',
    CommentDraft: '../entities/comment-draft.entity.js#CommentDraft',
    OrganizationStatistics: '@twoway/subgraph-runtime#StatisticsKey',
    RatingBand: '../entities/rating-band.entity.js#RatingBand',
  },
});
