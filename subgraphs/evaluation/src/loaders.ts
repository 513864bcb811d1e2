import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import type { EvaluationLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { CommentRequest } from './entities/comment-request.entity.js';
import { CommentForm } from './entities/comment-form.entity.js';
import { CommentFormAssessment } from './entities/comment-form-assessment.entity.js';
import { Criterion } from './entities/criterion.entity.js';
import { CriteriaSet } from './entities/criteria-set.entity.js';
import { AnnualReview } from './entities/annual-review.entity.js';
import { RatingScale } from './entities/rating-scale.entity.js';
import { RatingBand } from './entities/rating-band.entity.js';
import { CommentDraft } from './entities/comment-draft.entity.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, type Access } from '@twoway/subgraph-runtime';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): EvaluationLoaders {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  const loaders: EvaluationLoaders = {
    requestsByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(memberIds, await repo(CommentRequest).find({ where: { memberId: In([...memberIds]) }, order: { requestedOn: 'DESC', id: 'ASC' } }), (r) => r.memberId),
    ),
    requestById: readableById(access, async (ids) => inKeyOrder(ids, await repo(CommentRequest).findBy({ id: In([...ids]) }), (r) => r.id), (r) => r.memberId),
    formsByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(memberIds, await repo(CommentForm).find({ where: { memberId: In([...memberIds]) }, order: { signedOn: 'DESC', id: 'ASC' } }), (f) => f.memberId),
    ),
    formById: readableById(access, async (ids) => inKeyOrder(ids, await repo(CommentForm).findBy({ id: In([...ids]) }), (f) => f.id), (f) => f.memberId),
    formByRequest: readableById(access, async (requestIds) =>
      inKeyOrder(requestIds, await repo(CommentForm).findBy({ requestId: In([...requestIds]) }), (f) => f.requestId), (f) => f.memberId,
    ),
    assessmentsByForm: new DataLoader(async (formIds) => {
      const rows = await repo(CommentFormAssessment)
        .createQueryBuilder('a')
        .innerJoin(Criterion, 'c', 'c.id = a.criterion_id')
        .where('a.comment_form_id = ANY(:formIds)', { formIds: [...formIds] })
        .orderBy('c.ordinal', 'ASC')
        .getMany();
      return groupedInKeyOrder(formIds, rows, (a) => a.commentFormId);
    }),
    criterionById: new DataLoader(async (ids) => inKeyOrder(ids, await repo(Criterion).findBy({ id: In([...ids]) }), (c) => c.id)),
    criteriaSetById: new DataLoader(async (ids) => inKeyOrder(ids, await repo(CriteriaSet).findBy({ id: In([...ids]) }), (s) => s.id)),
    criteriaBySet: new DataLoader(async (setIds) =>
      groupedInKeyOrder(setIds, await repo(Criterion).find({ where: { criteriaSetId: In([...setIds]) }, order: { ordinal: 'ASC' } }), (c) => c.criteriaSetId),
    ),
    reviewsByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(memberIds, await repo(AnnualReview).find({ where: { memberId: In([...memberIds]) }, order: { year: 'DESC' } }), (r) => r.memberId),
    ),
    ratingScaleById: new DataLoader(async (ids) => inKeyOrder(ids, await repo(RatingScale).findBy({ id: In([...ids]) }), (s) => s.id)),
    bandsByScale: new DataLoader(async (scaleIds) =>
      groupedInKeyOrder(scaleIds, await repo(RatingBand).find({ where: { ratingScaleId: In([...scaleIds]) }, order: { minScore: 'DESC' } }), (b) => b.ratingScaleId),
    ),
    draftByRequest: new DataLoader(async (ids) => inKeyOrder(ids, await repo(CommentDraft).findBy({ requestId: In([...ids]) }), (d) => d.requestId)),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
  return loaders;
}
