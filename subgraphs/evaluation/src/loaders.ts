import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import type { EvaluationLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { CommentRequest } from './entities/comment-request.entity.js';
import { CommentForm } from './entities/comment-form.entity.js';
import { CommentFormAssessment } from './entities/comment-form-assessment.entity.js';
import { Criterion } from './entities/criterion.entity.js';
import { AnnualReview } from './entities/annual-review.entity.js';
import { CommentDraft } from './entities/comment-draft.entity.js';
import { referenceData, type ReferenceData } from './reference-data.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, type Access } from '@twoway/subgraph-runtime';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): EvaluationLoaders {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  const fromReference = <T>(pick: (data: ReferenceData, id: string) => T) =>
    new DataLoader<string, T>(async (ids) => { const data = await referenceData(dataSource); return ids.map((id) => pick(data, id)); });
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
    // Reference data from the process's copy (reference-data.ts): no statement per request.
    criterionById: fromReference((data, id) => data.criterionById.get(id) ?? null),
    criteriaSetById: fromReference((data, id) => data.criteriaSetById.get(id) ?? null),
    criteriaBySet: fromReference((data, id) => data.criteriaBySet.get(id) ?? []),
    reviewsByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(memberIds, await repo(AnnualReview).find({ where: { memberId: In([...memberIds]) }, order: { year: 'DESC' } }), (r) => r.memberId),
    ),
    ratingScaleById: fromReference((data, id) => data.ratingScaleById.get(id) ?? null),
    bandsByScale: fromReference((data, id) => data.bandsByScale.get(id) ?? []),
    draftByRequest: new DataLoader(async (ids) => inKeyOrder(ids, await repo(CommentDraft).findBy({ requestId: In([...ids]) }), (d) => d.requestId)),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
  return loaders;
}
