import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EvaluationLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { referenceData, type ReferenceData } from './reference-data.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, type Access } from '@twoway/subgraph-runtime';
import { findDraftsOfRequests, findRequests, findRequestsOfMembers } from './repositories/comment-request.repository.js';
import { findAssessmentsOfForms, findForms, findFormsOfMembers, findFormsOfRequests } from './repositories/comment-form.repository.js';
import { findReviewsOfMembers } from './repositories/annual-review.repository.js';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): EvaluationLoaders {
  const fromReference = <T>(pick: (data: ReferenceData, id: string) => T) =>
    new DataLoader<string, T>(async (ids) => { const data = await referenceData(dataSource); return ids.map((id) => pick(data, id)); });
  return {
    requestsByMember: readableByMember(access, (memberIds) => findRequestsOfMembers(dataSource, memberIds)),
    requestById: readableById(access, (ids) => findRequests(dataSource, ids), (r) => r.memberId),
    formsByMember: readableByMember(access, (memberIds) => findFormsOfMembers(dataSource, memberIds)),
    formById: readableById(access, (ids) => findForms(dataSource, ids), (f) => f.memberId),
    formByRequest: readableById(access, (requestIds) => findFormsOfRequests(dataSource, requestIds), (f) => f.memberId),
    assessmentsByForm: new DataLoader((formIds) => findAssessmentsOfForms(dataSource, formIds)),
    // Reference data from the process's copy (reference-data.ts): no statement per request.
    criterionById: fromReference((data, id) => data.criterionById.get(id) ?? null),
    criteriaSetById: fromReference((data, id) => data.criteriaSetById.get(id) ?? null),
    criteriaBySet: fromReference((data, id) => data.criteriaBySet.get(id) ?? []),
    reviewsByMember: readableByMember(access, (memberIds) => findReviewsOfMembers(dataSource, memberIds)),
    ratingScaleById: fromReference((data, id) => data.ratingScaleById.get(id) ?? null),
    bandsByScale: fromReference((data, id) => data.bandsByScale.get(id) ?? []),
    draftByRequest: new DataLoader((ids) => findDraftsOfRequests(dataSource, ids)),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
}
