import { In, type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { CommentForm } from '../entities/comment-form.entity.js';
import { CommentFormAssessment } from '../entities/comment-form-assessment.entity.js';
import { Criterion } from '../entities/criterion.entity.js';

type Reader = DataSource | EntityManager;

/** Signed comment forms by id, in the order asked; null for an id not found. */
export async function findForms(reader: Reader, ids: readonly string[]): Promise<(CommentForm | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(CommentForm).findBy({ id: In([...ids]) }), (f) => f.id);
}

/** The form that answers each request asked, in the order asked; null for a request not answered. */
export async function findFormsOfRequests(reader: Reader, requestIds: readonly string[]): Promise<(CommentForm | null)[]> {
  return inKeyOrder(requestIds, await reader.getRepository(CommentForm).findBy({ requestId: In([...requestIds]) }), (f) => f.requestId);
}

/** The form that answers a request, which must exist. */
export function findFormOfRequest(reader: Reader, requestId: string): Promise<CommentForm> {
  return reader.getRepository(CommentForm).findOneByOrFail({ requestId });
}

/** The signed forms of each member asked, the newest first. */
export async function findFormsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<CommentForm[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(CommentForm).find({ where: { memberId: In([...memberIds]) }, order: { signedOn: 'DESC', id: 'ASC' } }), (f) => f.memberId);
}

/** The assessments of each form asked, in the order of their criteria. */
export async function findAssessmentsOfForms(reader: Reader, formIds: readonly string[]): Promise<CommentFormAssessment[][]> {
  const rows = await reader
    .getRepository(CommentFormAssessment)
    .createQueryBuilder('a')
    .innerJoin(Criterion, 'c', 'c.id = a.criterion_id')
    .where('a.comment_form_id = ANY(:formIds)', { formIds: [...formIds] })
    .orderBy('c.ordinal', 'ASC')
    .getMany();
  return groupedInKeyOrder(formIds, rows, (a) => a.commentFormId);
}
