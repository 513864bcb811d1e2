import type { EntityManager } from 'typeorm';
import { buildDemoScenario, organizationUnitRows } from '@twoway/demo-data';
import { OrganizationUnit } from '@twoway/org-tree';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { TREE_KEEPERS } from '../../../../topology.js';
import { CommentRequest } from '../entities/comment-request.entity.js';
import { CommentForm } from '../entities/comment-form.entity.js';
import { CommentFormAssessment } from '../entities/comment-form-assessment.entity.js';
import { Criterion } from '../entities/criterion.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { AnnualReview } from '../entities/annual-review.entity.js';
import { evaluationDemoRows } from './demo-rows.js';
import { ratingOnDecisionDay } from './ratings.js';

/**
 * The evaluation side's demo data for the day: the tree, comment requests,
 * the residence's forms and the annual reviews. Forms point at the criteria
 * set named in the data; ratings come from the scale in force on the day each
 * review was decided.
 */
export async function seedDemoData(manager: EntityManager, today: string): Promise<void> {
  const scenario = buildDemoScenario(today);
  const { commentRequests, commentForms, annualReviews } = evaluationDemoRows(scenario);
  await insertInChunks(manager, OrganizationUnit, organizationUnitRows(scenario.organizations, TREE_KEEPERS));
  const sets = new Map((await manager.find(CriteriaSet)).map((set) => [set.code, set]));
  const criteria = await manager.find(Criterion, { order: { ordinal: 'ASC' } });

  await insertInChunks(manager, CommentRequest, commentRequests.map((r) => ({ ...r, exempt: r.status === 'WAIVED', remindedOn: null, overdueSince: null, version: 1 })));
  const forms = commentForms.map((form) => {
    const set = sets.get(form.criteriaSetCode);
    if (!set) throw new Error(`Demo data names an unknown criteria set ${form.criteriaSetCode}`);
    return { form, set };
  });
  await insertInChunks(manager, CommentForm, forms.map(({ form, set }) => ({ ...form, criteriaSetId: set.id })));
  await insertInChunks(
    manager,
    CommentFormAssessment,
    forms.flatMap(({ form, set }) => {
      const ofSet = criteria.filter((c) => c.criteriaSetId === set.id);
      return form.levels.map((level, i) => ({ commentFormId: form.id, criterionId: ofSet[i]!.id, level }));
    }),
  );

  const rate = ratingOnDecisionDay(manager);
  const reviews = [];
  for (const review of annualReviews) reviews.push({ ...review, ...(await rate(review.decidedOn, review.score)), version: 1 });
  await insertInChunks(manager, AnnualReview, reviews);
}
