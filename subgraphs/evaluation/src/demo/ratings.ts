import type { EntityManager } from 'typeorm';
import type { Rating } from '../generated/resolvers-types.js';
import { RatingBand, bandForScore } from '../entities/rating-band.entity.js';
import { ratingScaleInForce } from '../repositories/policy.repository.js';

/**
 * Rates scores as on the day each review was decided: from the scale in force
 * that day and its bands, read from the policy tables like any other rating.
 */
export function ratingOnDecisionDay(manager: EntityManager): (decidedOn: string, score: number) => Promise<{ rating: Rating; ratingScaleId: string }> {
  const scaleByDay = new Map<string, { id: string; bands: RatingBand[] }>();
  return async (decidedOn, score) => {
    let scale = scaleByDay.get(decidedOn);
    if (!scale) {
      const inForce = await ratingScaleInForce(manager, decidedOn);
      if (!inForce) throw new Error(`No rating scale in force on ${decidedOn}`);
      scale = { id: inForce.id, bands: await manager.find(RatingBand, { where: { ratingScaleId: inForce.id } }) };
      scaleByDay.set(decidedOn, scale);
    }
    const band = bandForScore(scale.bands, score);
    if (!band) throw new Error(`Score ${score} has no band`);
    return { rating: band.rating, ratingScaleId: scale.id };
  };
}
