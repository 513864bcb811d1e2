import type { EntityManager } from 'typeorm';
import type { DemoDataset } from '@twoway/demo-data';
import { insertInChunks } from '@twoway/subgraph-runtime';
import { CommentRequest } from './entities/comment-request.entity.js';
import { CommentForm } from './entities/comment-form.entity.js';
import { CommentFormAssessment } from './entities/comment-form-assessment.entity.js';
import { Criterion } from './entities/criterion.entity.js';
import { CriteriaSet } from './entities/criteria-set.entity.js';
import { AnnualReview } from './entities/annual-review.entity.js';
import { RatingBand, bandForScore } from './entities/rating-band.entity.js';
import { ratingScaleInForce } from './repositories/policy.repository.js';

/**
 * The evaluation side's share of the demo data. Forms point at the criteria
 * set named in the data; ratings come from the scale in force on the day each
 * review was decided, read from the policy tables like any other rating.
 */
export async function seedDemoData(manager: EntityManager, dataset: DemoDataset): Promise<void> {
  const { commentRequests, commentForms, annualReviews } = dataset.evaluation;
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

  const scaleByDay = new Map<string, { id: string; bands: RatingBand[] }>();
  const reviews = [];
  for (const review of annualReviews) {
    let scale = scaleByDay.get(review.decidedOn);
    if (!scale) {
      const inForce = await ratingScaleInForce(manager, review.decidedOn);
      if (!inForce) throw new Error(`No rating scale in force on ${review.decidedOn}`);
      scale = { id: inForce.id, bands: await manager.find(RatingBand, { where: { ratingScaleId: inForce.id } }) };
      scaleByDay.set(review.decidedOn, scale);
    }
    const band = bandForScore(scale.bands, review.score);
    if (!band) throw new Error(`Score ${review.score} has no band`);
    reviews.push({ ...review, rating: band.rating, ratingScaleId: scale.id, version: 1 });
  }
  await insertInChunks(manager, AnnualReview, reviews);
}
