import { type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { AnnualReview } from '../entities/annual-review.entity.js';

type Reader = DataSource | EntityManager;

/**
 * Every column of a review row, named and typed as the entity has it (`decided_on` as 'YYYY-MM-DD' text, as
 * TypeORM gives a `date` column), in the entity's order. The loaders' reads below are hand-written rather than
 * a repository's `find`: building TypeORM's query and mapping its rows was most of their CPU in the
 * benchmark's profile (hand-written-reads.int.test.ts compares the rows with TypeORM's).
 */
const REVIEW_COLUMNS = `id, member_id AS "memberId", year, score, rating, rating_scale_id AS "ratingScaleId", decided_on::text AS "decidedOn",
  workplace_cell_id AS "workplaceCellId", comment_form_id AS "commentFormId", without_residence_comment AS "withoutResidenceComment",
  without_residence_comment_note AS "withoutResidenceCommentNote", version`;
// One statement text each, whatever the number of keys (TypeORM's `In` writes one placeholder per key).
const REVIEWS_OF_MEMBERS = prepared(`SELECT ${REVIEW_COLUMNS} FROM annual_review WHERE member_id = ${anyOfKeys('$1')} ORDER BY year DESC`);
const REVIEWS_BY_ID = prepared(`SELECT ${REVIEW_COLUMNS} FROM annual_review WHERE id = ${anyOfKeys('$1')}`);

function reviewRows(reader: Reader, sql: string, keys: readonly string[]): Promise<AnnualReview[]> {
  return queryEntities(reader, AnnualReview, sql, [keys]);
}

/** The annual reviews of each member asked, the latest year first. */
export async function findReviewsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<AnnualReview[][]> {
  return groupedInKeyOrder(memberIds, await reviewRows(reader, REVIEWS_OF_MEMBERS, memberIds), (r) => r.memberId);
}

/** Annual reviews by id, in the order asked; null for an id not found. */
export async function findReviews(reader: Reader, ids: readonly string[]): Promise<(AnnualReview | null)[]> {
  return inKeyOrder(ids, await reviewRows(reader, REVIEWS_BY_ID, ids), (r) => r.id);
}

/** Whether the member already has a review for the year. */
export function hasReview(reader: Reader, memberId: string, year: number): Promise<boolean> {
  return reader.getRepository(AnnualReview).existsBy({ memberId, year });
}
