import { In, type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { AnnualReview } from '../entities/annual-review.entity.js';

type Reader = DataSource | EntityManager;

/** The annual reviews of each member asked, the latest year first. */
export async function findReviewsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<AnnualReview[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(AnnualReview).find({ where: { memberId: In([...memberIds]) }, order: { year: 'DESC' } }), (r) => r.memberId);
}

/** Annual reviews by id, in the order asked; null for an id not found. */
export async function findReviews(reader: Reader, ids: readonly string[]): Promise<(AnnualReview | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(AnnualReview).findBy({ id: In([...ids]) }), (r) => r.id);
}

/** Whether the member already has a review for the year. */
export function hasReview(reader: Reader, memberId: string, year: number): Promise<boolean> {
  return reader.getRepository(AnnualReview).existsBy({ memberId, year });
}
