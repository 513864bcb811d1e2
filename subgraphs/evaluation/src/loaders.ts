import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EvaluationLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { referenceData, type ReferenceData } from './reference-data.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, type Access } from '@twoway/subgraph-runtime';
import { findDraftsOfRequests, findRequests, findRequestsOfMembers } from './repositories/comment-request.repository.js';
import { findAssessmentsOfForms, findForms, findFormsOfMembers, findFormsOfRequests } from './repositories/comment-form.repository.js';
import { findReviews, findReviewsOfMembers } from './repositories/annual-review.repository.js';
import type { CommentForm } from './entities/comment-form.entity.js';
import type { CommentDraft } from './entities/comment-draft.entity.js';

/**
 * What the member themself reads of the residence's comments: the forms the
 * ward has certified, never a form the cell has only signed, nor its draft
 * (Quy định 213: the comments reach the member through the ward). Committees
 * read them from signing.
 */
function shownTo(access: Access) {
  const member = access.principal.role === 'MEMBER';
  return {
    form: (form: CommentForm | null) => (form && (!member || form.certifiedOn !== null) ? form : null),
    draft: (draft: CommentDraft | null) => (member ? null : draft),
  };
}

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): EvaluationLoaders {
  const fromReference = <T>(pick: (data: ReferenceData, id: string) => T) =>
    new DataLoader<string, T>(async (ids) => { const data = await referenceData(dataSource); return ids.map((id) => pick(data, id)); });
  const shown = shownTo(access);
  return {
    requestsByMember: readableByMember(access, (memberIds) => findRequestsOfMembers(dataSource, memberIds)),
    requestById: readableById(access, (ids) => findRequests(dataSource, ids), (r) => r.memberId),
    formsByMember: readableByMember(access, async (memberIds) =>
      (await findFormsOfMembers(dataSource, memberIds)).map((forms) => forms.filter((form) => shown.form(form) !== null))),
    formById: readableById(access, async (ids) => (await findForms(dataSource, ids)).map(shown.form), (f) => f.memberId),
    formByRequest: readableById(access, async (requestIds) => (await findFormsOfRequests(dataSource, requestIds)).map(shown.form), (f) => f.memberId),
    assessmentsByForm: new DataLoader((formIds) => findAssessmentsOfForms(dataSource, formIds)),
    // Reference data from the process's copy (reference-data.ts): no statement per request.
    criterionById: fromReference((data, id) => data.criterionById.get(id) ?? null),
    criteriaSetById: fromReference((data, id) => data.criteriaSetById.get(id) ?? null),
    criteriaBySet: fromReference((data, id) => data.criteriaBySet.get(id) ?? []),
    reviewsByMember: readableByMember(access, (memberIds) => findReviewsOfMembers(dataSource, memberIds)),
    reviewById: readableById(access, (ids) => findReviews(dataSource, ids), (r) => r.memberId),
    ratingScaleById: fromReference((data, id) => data.ratingScaleById.get(id) ?? null),
    bandsByScale: fromReference((data, id) => data.bandsByScale.get(id) ?? []),
    draftByRequest: new DataLoader(async (ids) => (await findDraftsOfRequests(dataSource, ids)).map(shown.draft)),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
}
