import { In, type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { CommentRequest } from '../entities/comment-request.entity.js';
import { CommentDraft } from '../entities/comment-draft.entity.js';

type Reader = DataSource | EntityManager;

/**
 * Comment requests by id: every column of the row, named and typed as the entity has it (dates as 'YYYY-MM-DD'
 * text), one prepared statement whatever the number of ids; hand-written as the other hot reads
 * (hand-written-reads.int.test.ts compares the rows with TypeORM's): a ward's lists read fifty a request.
 */
const REQUESTS_BY_ID = prepared(`SELECT id, member_id AS "memberId", purpose, year, workplace_organization_id AS "workplaceOrganizationId",
  workplace_cell_id AS "workplaceCellId", ward_id AS "wardId", cell_id AS "cellId", requested_on::text AS "requestedOn",
  received_on::text AS "receivedOn", due_on::text AS "dueOn", status, exempt, reminded_on::text AS "remindedOn",
  overdue_since::text AS "overdueSince", version
  FROM comment_request WHERE id = ${anyOfKeys('$1')}`);

/** Comment requests by id, in the order asked; null for an id not found. */
export async function findRequests(reader: Reader, ids: readonly string[]): Promise<(CommentRequest | null)[]> {
  return inKeyOrder(ids, await queryEntities(reader, CommentRequest, REQUESTS_BY_ID, [ids]), (r) => r.id);
}

/** A comment request by id; null when there is none. */
export function findRequest(reader: Reader, id: string): Promise<CommentRequest | null> {
  return reader.getRepository(CommentRequest).findOneBy({ id });
}

/** The comment requests of each member asked, the newest first. */
export async function findRequestsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<CommentRequest[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(CommentRequest).find({ where: { memberId: In([...memberIds]) }, order: { requestedOn: 'DESC', id: 'ASC' } }), (r) => r.memberId);
}

/** The annual comment requests of these members for a year, whatever their status. */
export function findAnnualRequests(reader: Reader, memberIds: readonly string[], year: number): Promise<CommentRequest[]> {
  return reader.getRepository(CommentRequest).findBy({ memberId: In([...memberIds]), year, purpose: 'ANNUAL' });
}

/**
 * A member's annual requests of a year, their rows locked to the end of the caller's transaction (FOR UPDATE):
 * a review that says why it has no comment is decided on the requests as they stand once a return in progress
 * has committed (the return waits for the review, or the review sees the comment returned).
 */
export function lockAnnualRequests(manager: EntityManager, memberId: string, year: number): Promise<CommentRequest[]> {
  return manager.getRepository(CommentRequest).find({ where: { memberId, year, purpose: 'ANNUAL' }, lock: { mode: 'pessimistic_write' } });
}

/** The cell's draft of each request asked, in the order asked; null for a request not drafted. */
export async function findDraftsOfRequests(reader: Reader, requestIds: readonly string[]): Promise<(CommentDraft | null)[]> {
  return inKeyOrder(requestIds, await reader.getRepository(CommentDraft).findBy({ requestId: In([...requestIds]) }), (d) => d.requestId);
}

/** The cell's draft of a request; null when it is not drafted. */
export function findDraft(reader: Reader, requestId: string): Promise<CommentDraft | null> {
  return reader.getRepository(CommentDraft).findOneBy({ requestId });
}
