import type { CodegenConfig } from '@graphql-codegen/cli';

const organizationSchemaPath = '../../packages/org-tree/src/organization.graphql';

/** Resolver types generated from schema.graphql (federation on, typed context and models). */
const config: CodegenConfig = {
  schema: ['schema.graphql', organizationSchemaPath],
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#EvaluationContext',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Entity',
        mappers: {
          Member: '../context.js#MemberReference',
          CommentRequest: '../entities/comment-request.entity.js#CommentRequest',
          ResidenceComment: '../entities/comment-form.entity.js#CommentForm',
          CriterionAssessment: '../entities/comment-form-assessment.entity.js#CommentFormAssessment',
          CriteriaSet: '../entities/criteria-set.entity.js#CriteriaSet',
          Criterion: '../entities/criterion.entity.js#Criterion',
          AnnualReview: '../entities/annual-review.entity.js#AnnualReview',
          RatingScale: '../entities/rating-scale.entity.js#RatingScale',
          RatingBand: '../entities/rating-band.entity.js#RatingBand',
          Organization: '@twoway/org-tree#OrganizationUnit',
        },
      },
    },
  },
};
export default config;
