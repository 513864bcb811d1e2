import { describe, expect, it } from '@jest/globals';
import { bandForScore, type RatingBand } from './rating-band.entity.js';

const band = (rating: RatingBand['rating'], minScore: number): RatingBand => ({ ratingScaleId: 's', rating, label: rating, minScore });
// The bands of Quy định 366-QĐ/TW, in no particular order.
const qd366 = [band('COMPLETED', 50), band('EXCELLENT', 90), band('NOT_COMPLETED', 0), band('GOOD', 70)];

describe('bandForScore', () => {
  it.each([
    [100, 'EXCELLENT'], [90, 'EXCELLENT'], [89, 'GOOD'], [70, 'GOOD'], [69, 'COMPLETED'], [50, 'COMPLETED'], [49, 'NOT_COMPLETED'], [0, 'NOT_COMPLETED'],
  ])('rates %i as %s', (score, rating) => {
    expect(bandForScore(qd366, score)?.rating).toBe(rating);
  });
});
