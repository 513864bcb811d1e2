import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { BaseSubgraphContext, HistoryLoader, StatisticsKey, StatisticsRow } from '@twoway/subgraph-runtime';
import type { Period } from '@twoway/platform';
import type { CommentDraft } from './entities/comment-draft.entity.js';
import type { CommentRequest } from './entities/comment-request.entity.js';
import type { CommentForm } from './entities/comment-form.entity.js';
import type { CommentFormAssessment } from './entities/comment-form-assessment.entity.js';
import type { Criterion } from './entities/criterion.entity.js';
import type { CriteriaSet } from './entities/criteria-set.entity.js';
import type { AnnualReview } from './entities/annual-review.entity.js';
import type { RatingScale } from './entities/rating-scale.entity.js';
import type { RatingBand } from './entities/rating-band.entity.js';

/** The evaluation side adds fields to a member it knows only by id. */
export interface MemberReference {
  id: string;
}

export interface EvaluationLoaders {
  requestsByMember: DataLoader<string, CommentRequest[]>;
  requestById: DataLoader<string, CommentRequest | null>;
  formsByMember: DataLoader<string, CommentForm[]>;
  formById: DataLoader<string, CommentForm | null>;
  formByRequest: DataLoader<string, CommentForm | null>;
  assessmentsByForm: DataLoader<string, CommentFormAssessment[]>;
  criterionById: DataLoader<string, Criterion | null>;
  criteriaSetById: DataLoader<string, CriteriaSet | null>;
  criteriaBySet: DataLoader<string, Criterion[]>;
  reviewsByMember: DataLoader<string, AnnualReview[]>;
  reviewById: DataLoader<string, AnnualReview | null>;
  ratingScaleById: DataLoader<string, RatingScale | null>;
  bandsByScale: DataLoader<string, RatingBand[]>;
  draftByRequest: DataLoader<string, CommentDraft | null>;
  history: HistoryLoader;
  statistics: DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string>;
}

/** Per-request context of the evaluation subgraph. */
export interface EvaluationContext extends BaseSubgraphContext {
  loaders: EvaluationLoaders;
  dataSource: DataSource;
}
