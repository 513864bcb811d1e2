import { IsNull, LessThanOrEqual, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { RatingScale } from '../entities/rating-scale.entity.js';
import { Criterion } from '../entities/criterion.entity.js';
import { RatingBand } from '../entities/rating-band.entity.js';

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

/** The criteria of a set, in their order on the form. */
export function findCriteriaOfSet(reader: Reader, criteriaSetId: string): Promise<Criterion[]> {
  return reader.getRepository(Criterion).find({ where: { criteriaSetId }, order: { ordinal: 'ASC' } });
}

/** The bands of a rating scale. */
export function findBandsOfScale(reader: Reader, ratingScaleId: string): Promise<RatingBand[]> {
  return reader.getRepository(RatingBand).findBy({ ratingScaleId });
}
