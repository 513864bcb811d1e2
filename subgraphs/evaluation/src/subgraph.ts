import { readFileSync } from 'node:fs';
import type { SubgraphModule } from '@twoway/subgraph-runtime';
import type { EvaluationContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { CommentRequest } from './entities/comment-request.entity.js';
import { CommentForm } from './entities/comment-form.entity.js';
import { CommentFormAssessment } from './entities/comment-form-assessment.entity.js';
import { Criterion } from './entities/criterion.entity.js';
import { CriteriaSet } from './entities/criteria-set.entity.js';
import { AnnualReview } from './entities/annual-review.entity.js';
import { RatingScale } from './entities/rating-scale.entity.js';
import { RatingBand } from './entities/rating-band.entity.js';
import { CreateEvaluation1764400000300 } from './migrations/1764400000300-CreateEvaluation.js';
import { LoadPolicyReferenceData1764400000310 } from './migrations/1764400000310-LoadPolicyReferenceData.js';
import { CommentWorkflow1764400000320 } from './migrations/1764400000320-CommentWorkflow.js';
import { CommentDraft } from './entities/comment-draft.entity.js';
import { CommentDeadlines1764400000330 } from './migrations/1764400000330-CommentDeadlines.js';
import { OversightIndexes1764400000340 } from './migrations/1764400000340-OversightIndexes.js';
import { StatisticsRollup1764400000350 } from './migrations/1764400000350-StatisticsRollup.js';
import { RequestReturnedOn1764400000360 } from './migrations/1764400000360-RequestReturnedOn.js';
import { MemberReach1764400000370 } from './migrations/1764400000370-MemberReach.js';
import { ResidenceCommentCounts1764400000380 } from './migrations/1764400000380-ResidenceCommentCounts.js';
import { ProvinceListIndexes1764400000390 } from './migrations/1764400000390-ProvinceListIndexes.js';
import { WardListIndexes1764400000395 } from './migrations/1764400000395-WardListIndexes.js';
import { OverdueRequestsCounted1764400000396 } from './migrations/1764400000396-OverdueRequestsCounted.js';
import { ShadowsByJoin1764400000397 } from './migrations/1764400000397-ShadowsByJoin.js';
import { ActionRecommendations1764400000398 } from './migrations/1764400000398-ActionRecommendations.js';
import { ReviewIssues1764400000399 } from './migrations/1764400000399-ReviewIssues.js';
import { eventHandlers } from './events.js';
import { commentDeadlines, requestSuccessions } from './jobs.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';
import { seedDemoData } from './demo/index.js';

/**
 * Evaluation: comment requests to the residence, the residence's signed
 * comment forms, and annual reviews with their ratings; plus the versioned
 * policy they are judged by.
 */
export const evaluation: SubgraphModule<EvaluationContext, Resolvers> = {
  name: 'evaluation',
  schema: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [CriteriaSet, Criterion, RatingScale, RatingBand, CommentRequest, CommentForm, CommentFormAssessment, AnnualReview, CommentDraft],
  migrations: [CreateEvaluation1764400000300, LoadPolicyReferenceData1764400000310, CommentWorkflow1764400000320, CommentDeadlines1764400000330, OversightIndexes1764400000340, StatisticsRollup1764400000350, RequestReturnedOn1764400000360, MemberReach1764400000370, ResidenceCommentCounts1764400000380, ProvinceListIndexes1764400000390, WardListIndexes1764400000395, OverdueRequestsCounted1764400000396, ShadowsByJoin1764400000397, ActionRecommendations1764400000398, ReviewIssues1764400000399],
  createContext: (base, dataSource) => ({ ...base, dataSource, loaders: createLoaders(dataSource, base.organizations, base.access) }),
  seedDemoData,
  eventHandlers,
  jobs: [commentDeadlines, requestSuccessions],
};
