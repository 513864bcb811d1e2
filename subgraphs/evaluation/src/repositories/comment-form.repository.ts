import { type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { CommentForm } from '../entities/comment-form.entity.js';
import { CommentFormAssessment } from '../entities/comment-form-assessment.entity.js';

type Reader = DataSource | EntityManager;

/**
 * Every column of a signed form's row, named and typed as the entity has it (dates as 'YYYY-MM-DD' text, as
 * TypeORM gives a `date` column), in the entity's order. The loaders' reads below are hand-written rather than
 * a repository's `find` or a query builder: building TypeORM's query and mapping its rows was most of their CPU
 * in the benchmark's profile (hand-written-reads.int.test.ts compares the rows with TypeORM's).
 */
const FORM_COLUMNS = `id, request_id AS "requestId", member_id AS "memberId", year, criteria_set_id AS "criteriaSetId", recommendation, remarks,
  cell_id AS "cellId", ward_id AS "wardId", drafted_on::text AS "draftedOn", signed_on::text AS "signedOn", signed_by AS "signedBy",
  certified_on::text AS "certifiedOn", certified_by AS "certifiedBy", returned_on::text AS "returnedOn"`;
// One statement text each, whatever the number of keys (TypeORM's `In` writes one placeholder per key).
const FORMS_BY_ID = prepared(`SELECT ${FORM_COLUMNS} FROM comment_form WHERE id = ${anyOfKeys('$1')}`);
const FORMS_OF_REQUESTS = prepared(`SELECT ${FORM_COLUMNS} FROM comment_form WHERE request_id = ${anyOfKeys('$1')}`);
const FORMS_OF_MEMBERS = prepared(`SELECT ${FORM_COLUMNS} FROM comment_form WHERE member_id = ${anyOfKeys('$1')} ORDER BY signed_on DESC, id ASC`);
/** The assessments of forms, in the order of their criteria. */
const ASSESSMENTS_OF_FORMS = prepared(`SELECT a.comment_form_id AS "commentFormId", a.criterion_id AS "criterionId", a.level
  FROM comment_form_assessment a INNER JOIN criterion c ON c.id = a.criterion_id
  WHERE a.comment_form_id = ${anyOfKeys('$1')} ORDER BY c.ordinal ASC`);

function formRows(reader: Reader, sql: string, keys: readonly string[]): Promise<CommentForm[]> {
  return queryEntities(reader, CommentForm, sql, [keys]);
}

/** Signed comment forms by id, in the order asked; null for an id not found. */
export async function findForms(reader: Reader, ids: readonly string[]): Promise<(CommentForm | null)[]> {
  return inKeyOrder(ids, await formRows(reader, FORMS_BY_ID, ids), (f) => f.id);
}

/** The form that answers each request asked, in the order asked; null for a request not answered. */
export async function findFormsOfRequests(reader: Reader, requestIds: readonly string[]): Promise<(CommentForm | null)[]> {
  return inKeyOrder(requestIds, await formRows(reader, FORMS_OF_REQUESTS, requestIds), (f) => f.requestId);
}

/** The form that answers a request, which must exist. */
export function findFormOfRequest(reader: Reader, requestId: string): Promise<CommentForm> {
  return reader.getRepository(CommentForm).findOneByOrFail({ requestId });
}

/** The signed forms of each member asked, the newest first. */
export async function findFormsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<CommentForm[][]> {
  return groupedInKeyOrder(memberIds, await formRows(reader, FORMS_OF_MEMBERS, memberIds), (f) => f.memberId);
}

/** The assessments of each form asked, in the order of their criteria. */
export async function findAssessmentsOfForms(reader: Reader, formIds: readonly string[]): Promise<CommentFormAssessment[][]> {
  return groupedInKeyOrder(formIds, await queryEntities(reader, CommentFormAssessment, ASSESSMENTS_OF_FORMS, [formIds]), (a) => a.commentFormId);
}
