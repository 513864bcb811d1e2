import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Rating } from '../generated/resolvers-types.js';

/** A score band of a rating scale: scores from `minScore` up to the next band's. */
@Entity('rating_band')
export class RatingBand {
  @PrimaryColumn('uuid', { name: 'rating_scale_id' })
  ratingScaleId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  rating!: Rating;

  @Column('varchar', { length: 200 })
  label!: string;

  @Column('int', { name: 'min_score' })
  minScore!: number;
}

/** The band a score falls in: the one with the highest minimum not above the score. */
export function bandForScore(bands: readonly RatingBand[], score: number): RatingBand | undefined {
  return [...bands].sort((a, b) => b.minScore - a.minScore).find((band) => score >= band.minScore);
}
