import { IsNull, LessThanOrEqual, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { RatingScale } from '../entities/rating-scale.entity.js';

type Reader = DataSource | EntityManager;

/** Versions in force on a day: started on or before it, not ended before it. */
const inForceOn = (day: string) => [
  { effectiveFrom: LessThanOrEqual(day), effectiveTo: IsNull() },
  { effectiveFrom: LessThanOrEqual(day), effectiveTo: MoreThanOrEqual(day) },
];

export function criteriaSetsInForce(reader: Reader, day: string): Promise<CriteriaSet[]> {
  return reader.getRepository(CriteriaSet).find({ where: inForceOn(day), order: { variant: 'DESC', code: 'ASC' } });
}

export function ratingScaleInForce(reader: Reader, day: string): Promise<RatingScale | null> {
  return reader.getRepository(RatingScale).findOne({ where: inForceOn(day), order: { effectiveFrom: 'DESC' } });
}
