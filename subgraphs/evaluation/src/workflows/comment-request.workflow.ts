import { addDays, isUuid, type Message } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import type { CommentPurpose, CommentRequestStatus, Recommendation } from '../generated/resolvers-types.js';
import {
  MutationErrorCode, Refusal, keepRefusal, policyValue, refuse, refuseTooLong, requireActingFor, runMutation,
  type MutationResult, type MutationScope, type RefusedRule,
} from '@twoway/subgraph-runtime';
import type { EvaluationContext } from '../context.js';
import { CommentRequest } from '../entities/comment-request.entity.js';
import { CommentDraft } from '../entities/comment-draft.entity.js';
import { CommentForm, recommendationOf } from '../entities/comment-form.entity.js';
import type { Criterion } from '../entities/criterion.entity.js';
import { CommentFormAssessment } from '../entities/comment-form-assessment.entity.js';
import { criteriaSetsInForce, findCriteriaOfSet } from '../repositories/policy.repository.js';
import { findAnnualRequests, findDraft } from '../repositories/comment-request.repository.js';
import { findFormOfRequest } from '../repositories/comment-form.repository.js';

/** The longest remarks a residence comment carries (characters): a page of the form. */
export const REMARKS_MAX_LENGTH = 2000;

export const CommentErrorCode = {
  REMARKS_TOO_LONG: 'REMARKS_TOO_LONG',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  NOT_AD_HOC: 'NOT_AD_HOC',
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  NOT_REGISTERED_AT_RESIDENCE: 'NOT_REGISTERED_AT_RESIDENCE',
  NOT_SENT: 'NOT_SENT',
  CELL_NOT_IN_WARD: 'CELL_NOT_IN_WARD',
  NOT_RECEIVED: 'NOT_RECEIVED',
  NOT_OPEN_FOR_DRAFT: 'NOT_OPEN_FOR_DRAFT',
  LEVELS_DO_NOT_MATCH_CRITERIA: 'LEVELS_DO_NOT_MATCH_CRITERIA',
  LEVEL_OUT_OF_RANGE: 'LEVEL_OUT_OF_RANGE',
  NOT_DRAFTED: 'NOT_DRAFTED',
  NOT_SIGNED: 'NOT_SIGNED',
  NOT_CERTIFIED: 'NOT_CERTIFIED',
  NO_CRITERIA_IN_FORCE: 'NO_CRITERIA_IN_FORCE',
} as const;

/** What the residence may expect of a member, as the workplace computes it (docs/party-life.md). */
type ResidenceDuty = 'TWO_WAY' | 'EXEMPT' | 'NOT_INTRODUCED' | 'OFFICIAL_AT_RESIDENCE' | 'NONE';

/** Members the residence is never asked about: not introduced, active in the residential cell itself, or no longer here. */
const NOT_ASKED: ReadonlySet<ResidenceDuty> = new Set(['NOT_INTRODUCED', 'OFFICIAL_AT_RESIDENCE', 'NONE']);

interface MemberFacts {
  id: string;
  status: string;
  exemptionCategory: string | null;
  residenceDuty: ResidenceDuty | null;
  workplaceCell: { id: string };
  workplaceOrganization: { id: string };
  residenceRegistration: { status: string; ward: { id: string }; cell: { id: string } | null } | null;
}

const MEMBER_FIELDS = `id status exemptionCategory residenceDuty workplaceCell { id } workplaceOrganization { id }
  residenceRegistration { status ward { id } cell { id } }`;

/** The members of a workplace subtree with their residence registration, read through the gateway page by page. */
async function membersOf(ctx: EvaluationContext, organizationId: string): Promise<MemberFacts[]> {
  const members: MemberFacts[] = [];
  let after: string | null = null;
  do {
    const page: { organization: { workplaceMembers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: MemberFacts }[] } } | null } =
      await ctx.federation.query(
        `query MembersToAsk($id: ID!, $after: String) { organization(id: $id) { workplaceMembers(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { ${MEMBER_FIELDS} } } } } }`,
        { id: organizationId, after },
      );
    if (!page.organization) refuse(MutationErrorCode.NOT_FOUND, ['input', 'workplaceOrganizationId'], NO_ORGANIZATION);
    members.push(...page.organization.workplaceMembers.edges.map((edge) => edge.node));
    after = page.organization.workplaceMembers.pageInfo.hasNextPage ? page.organization.workplaceMembers.pageInfo.endCursor : null;
  } while (after);
  return members;
}

async function memberFacts(ctx: EvaluationContext, memberId: string): Promise<MemberFacts> {
  if (!isUuid(memberId)) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], NO_MEMBER);
  const { member } = await ctx.federation.query<{ member: MemberFacts | null }>(`query MemberToAsk($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`, { id: memberId });
  if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], NO_MEMBER);
  return member;
}

const NO_ORGANIZATION: Message = { vi: 'Không tìm thấy tổ chức đảng có mã này', en: 'No organisation with this id' };
const NO_MEMBER: Message = { vi: 'Không tìm thấy đảng viên có mã này', en: 'No member with this id' };
const NO_REQUEST: Message = { vi: 'Không tìm thấy phiếu xin ý kiến nhận xét có mã này', en: 'No comment request with this id' };

/** Exempt from residence activity: by the duty the workplace computes, or (older answers) by an exemption category. */
const isExempt = (member: MemberFacts) => member.residenceDuty === 'EXEMPT' || (member.residenceDuty === null && member.exemptionCategory !== null);

function newRequest(scope: MutationScope, member: MemberFacts, purpose: CommentPurpose, year: number | null, dueOn: string, status: CommentRequestStatus): Partial<CommentRequest> {
  return {
    id: crypto.randomUUID(),
    memberId: member.id,
    purpose,
    year,
    workplaceOrganizationId: member.workplaceOrganization.id,
    workplaceCellId: member.workplaceCell.id,
    wardId: member.residenceRegistration?.ward.id ?? null,
    cellId: member.residenceRegistration?.cell?.id ?? null,
    requestedOn: scope.today,
    dueOn,
    status,
    exempt: isExempt(member),
    receivedOn: null,
    version: 1,
  };
}

/**
 * Annual comment requests for every registered member of a workplace subtree,
 * in one transaction: waived for exempt members; members the residence is not
 * asked about (not introduced, official at residence, no duty) are skipped.
 */
export async function requestAnnualComments(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; workplaceOrganizationId: string; year: number },
): Promise<MutationResult<CommentRequest[]>> {
  const organization = isUuid(input.workplaceOrganizationId) ? await ctx.organizations.byId.load(input.workplaceOrganizationId.toLowerCase()) : null;
  if (organization) await requireActingFor(ctx, ['WORKPLACE_COMMITTEE'], organization.id);
  const members = organization ? await keepRefusal(membersOf(ctx, organization.id)) : null;
  return runMutation(ctx, { operation: 'requestAnnualComments', idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (!organization || !members) refuse(MutationErrorCode.NOT_FOUND, ['input', 'workplaceOrganizationId'], NO_ORGANIZATION);
    if (members instanceof Refusal) throw members;
    const thisYear = Number(scope.today.slice(0, 4));
    if (input.year < thisYear - 1 || input.year > thisYear) {
      refuse(CommentErrorCode.YEAR_OUT_OF_RANGE, ['input', 'year'], {
        vi: `Chỉ xin nhận xét hằng năm cho năm ${thisYear - 1} hoặc năm ${thisYear}`,
        en: `Annual comments are asked for ${thisYear - 1} or ${thisYear}`,
      });
    }
    const asked = new Set(
      (await findAnnualRequests(scope.manager, members.map((m) => m.id), input.year))
        .filter((r) => r.status !== 'CANCELLED')
        .map((r) => r.memberId),
    );
    const days = await policyValue<number>(scope.manager, 'ANNUAL_COMMENT_DUE_DAYS', scope.today);
    const created: CommentRequest[] = [];
    for (const member of members) {
      if (member.status !== 'ACTIVE' || member.residenceRegistration?.status !== 'ACTIVE' || asked.has(member.id)) continue;
      if (member.residenceDuty !== null && NOT_ASKED.has(member.residenceDuty)) continue;
      const status = isExempt(member) ? 'WAIVED' : 'SENT';
      created.push(await scope.create(CommentRequest, newRequest(scope, member, 'ANNUAL', input.year, addDays(scope.today, days), status)));
    }
    return created;
  });
}

/** A single request for an appointment, nomination, award or discipline: short deadline. */
export async function requestComments(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; memberId: string; purpose: CommentPurpose },
): Promise<MutationResult<CommentRequest>> {
  const member = await keepRefusal(memberFacts(ctx, input.memberId));
  if (!(member instanceof Refusal)) await requireActingFor(ctx, ['WORKPLACE_COMMITTEE'], member.workplaceCell.id);
  return runMutation(ctx, { operation: 'requestComments', idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (member instanceof Refusal) throw member;
    if (input.purpose === 'ANNUAL') {
      refuse(CommentErrorCode.NOT_AD_HOC, ['input', 'purpose'], {
        vi: 'Nhận xét hằng năm được xin bằng đợt xin ý kiến cuối năm (requestAnnualComments)',
        en: 'Annual comments are asked with requestAnnualComments',
      });
    }
    if (member.status !== 'ACTIVE') {
      refuse(CommentErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], {
        vi: 'Chỉ xin nhận xét về đảng viên đang sinh hoạt', en: 'Only active members are asked about',
      });
    }
    if (member.residenceRegistration?.status !== 'ACTIVE') {
      refuse(CommentErrorCode.NOT_REGISTERED_AT_RESIDENCE, ['input', 'memberId'], {
        vi: 'Đảng viên chưa được phân về chi bộ nơi cư trú nào để xin nhận xét',
        en: 'The member is not assigned to a residential cell to ask',
      });
    }
    const days = await policyValue<number>(scope.manager, 'AD_HOC_COMMENT_DUE_DAYS', scope.today);
    return scope.create(CommentRequest, newRequest(scope, member, input.purpose, null, addDays(scope.today, days), 'SENT'));
  });
}

async function loadRequest(ctx: EvaluationContext, id: string): Promise<CommentRequest | null> {
  return isUuid(id) ? ctx.loaders.requestById.load(id.toLowerCase()) : null;
}

/**
 * The ward committee receives a sent request (tiếp nhận) and assigns the
 * residential cell of the ward that will write the comments: by default the
 * member's registration cell stored on the request.
 */
export async function receiveCommentRequest(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; commentRequestId: string; version: number; cellId?: string | null },
): Promise<MutationResult<CommentRequest>> {
  const request = await loadRequest(ctx, input.commentRequestId);
  if (request) await requireActingFor(ctx, ['WARD_COMMITTEE'], request.wardId ?? '');
  return runMutation(ctx, { operation: 'receiveCommentRequest', idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (!request) refuse(MutationErrorCode.NOT_FOUND, ['input', 'commentRequestId'], NO_REQUEST);
    const current = await scope.current(CommentRequest, request.id, input.version);
    if (current.status !== 'SENT') {
      refuse(CommentErrorCode.NOT_SENT, ['input', 'commentRequestId'], {
        vi: `Phiếu xin ý kiến đang ở trạng thái ${STATUS_LABEL[current.status]}; chỉ tiếp nhận phiếu vừa gửi đến`,
        en: `The request is ${current.status.toLowerCase()}; only a sent request is received`,
      });
    }
    const cellId = input.cellId ?? current.cellId;
    const cell = cellId && isUuid(cellId) ? await ctx.organizations.byId.load(cellId.toLowerCase()) : null;
    if (!cell || cell.kind !== 'RESIDENTIAL_CELL' || cell.parentId !== current.wardId || !inForceOn(cell, scope.today)) {
      refuse(CommentErrorCode.CELL_NOT_IN_WARD, ['input', 'cellId'], {
        vi: 'Hãy giao cho một chi bộ khu dân cư của đảng ủy phường, xã này, đang hoạt động',
        en: 'Assign the request to a residential cell of this ward, in force today',
      });
    }
    return scope.updateVersioned(CommentRequest, current, input.version, { status: 'RECEIVED', cellId: cell.id, receivedOn: scope.today });
  });
}

/** A request's status as an official reads it. */
const STATUS_LABEL: Record<CommentRequestStatus, string> = {
  SENT: 'đã gửi',
  RECEIVED: 'đã tiếp nhận',
  DRAFTED: 'đã dự thảo',
  SIGNED: 'đã ký',
  CERTIFIED: 'đã xác nhận',
  RETURNED: 'đã gửi trả',
  USED_IN_REVIEW: 'đã dùng khi đánh giá',
  WAIVED: 'miễn nhận xét',
  CANCELLED: 'đã hủy',
};

/** The residential cell drafts the comments, once the ward has received the request and assigned it, against the criteria set in force. */
export async function draftResidenceComment(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; commentRequestId: string; version: number; levels: number[]; remarks?: string | null },
): Promise<MutationResult<CommentRequest>> {
  const request = await loadRequest(ctx, input.commentRequestId);
  if (request) await requireActingFor(ctx, ['CELL_COMMITTEE'], request.cellId ?? request.wardId ?? '');
  return runMutation(ctx, { operation: 'draftResidenceComment', idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (!request) refuse(MutationErrorCode.NOT_FOUND, ['input', 'commentRequestId'], NO_REQUEST);
    const current = await scope.current(CommentRequest, request.id, input.version);
    if (current.status === 'SENT') {
      refuse(CommentErrorCode.NOT_RECEIVED, ['input', 'commentRequestId'], {
        vi: 'Đảng ủy phường, xã phải tiếp nhận phiếu xin ý kiến và giao cho chi bộ trước khi chi bộ dự thảo nhận xét',
        en: 'The ward must receive the request and assign it to a cell before the cell drafts its comments',
      });
    }
    if (!['RECEIVED', 'DRAFTED'].includes(current.status)) {
      refuse(CommentErrorCode.NOT_OPEN_FOR_DRAFT, ['input', 'commentRequestId'], {
        vi: `Phiếu xin ý kiến đang ở trạng thái ${STATUS_LABEL[current.status]}; phiếu nhận xét đã ký thì không sửa được`,
        en: `The request is ${current.status.toLowerCase()}; a signed form never changes`,
      });
    }
    const set = (await criteriaSetsInForce(scope.manager, scope.today)).find((s) => s.variant === (request.exempt ? 'EXEMPT' : 'STANDARD'));
    if (!set) refuse(CommentErrorCode.NO_CRITERIA_IN_FORCE, ['input', 'commentRequestId'], { vi: 'Hôm nay không có bộ tiêu chí nhận xét nào đang áp dụng', en: 'No criteria set is in force today' });
    const criteria = await findCriteriaOfSet(scope.manager, set.id);
    if (input.levels.length !== criteria.length) {
      refuse(CommentErrorCode.LEVELS_DO_NOT_MATCH_CRITERIA, ['input', 'levels'], {
        vi: `Hãy cho một mức cho mỗi tiêu chí trong ${criteria.length} tiêu chí của bộ ${set.code}`,
        en: `Give one level for each of the ${criteria.length} criteria of ${set.code}`,
      });
    }
    const outOfRange: RefusedRule[] = input.levels.flatMap((level, i) =>
      Number.isInteger(level) && level >= 1 && level <= 3
        ? []
        : [{ code: CommentErrorCode.LEVEL_OUT_OF_RANGE, field: ['input', 'levels', String(i)], message: { vi: 'Mức nhận xét là 1, 2 hoặc 3', en: 'Levels are 1, 2 or 3' } }],
    );
    if (outOfRange.length > 0) throw new Refusal(outOfRange);
    const remarks = input.remarks?.trim() || null;
    refuseTooLong(remarks, REMARKS_MAX_LENGTH, CommentErrorCode.REMARKS_TOO_LONG, ['input', 'remarks'], { vi: 'Nhận xét khác', en: 'The remarks' });
    await scope.manager.upsert(CommentDraft, { requestId: request.id, criteriaSetId: set.id, levels: input.levels, remarks, draftedOn: scope.today }, ['requestId']);
    return scope.updateVersioned(CommentRequest, current, input.version, { status: 'DRAFTED' });
  });
}

/**
 * A signed form's recommendation: the level the cell gave the criterion coded RECOMMENDATION (commend, none,
 * consider action), wherever a set of criteria puts it; NONE for a set without one (the exempt members' set).
 */
export function recommendationOfForm(criteria: readonly Pick<Criterion, 'code'>[], levels: readonly number[]): Recommendation {
  const at = criteria.findIndex((criterion) => criterion.code === 'RECOMMENDATION');
  return at < 0 ? 'NONE' : recommendationOf(levels[at]);
}

/** The cell committee signs: the draft becomes an immutable comment form. */
export async function signResidenceComment(
  ctx: EvaluationContext,
  input: { idempotencyKey: string; commentRequestId: string; version: number },
): Promise<MutationResult<CommentRequest>> {
  const request = await loadRequest(ctx, input.commentRequestId);
  if (request) await requireActingFor(ctx, ['CELL_COMMITTEE'], request.cellId ?? request.wardId ?? '');
  return runMutation(ctx, { operation: 'signResidenceComment', idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (!request) refuse(MutationErrorCode.NOT_FOUND, ['input', 'commentRequestId'], NO_REQUEST);
    const current = await scope.current(CommentRequest, request.id, input.version);
    const draft = await findDraft(scope.manager, request.id);
    if (current.status !== 'DRAFTED' || !draft) {
      refuse(CommentErrorCode.NOT_DRAFTED, ['input', 'commentRequestId'], {
        vi: `Phiếu xin ý kiến đang ở trạng thái ${STATUS_LABEL[current.status]}; chỉ ký khi chi bộ đã dự thảo nhận xét`,
        en: 'Only a drafted request is signed',
      });
    }
    const criteria = await findCriteriaOfSet(scope.manager, draft.criteriaSetId);
    const form = await scope.create(CommentForm, {
      id: crypto.randomUUID(),
      requestId: request.id,
      memberId: request.memberId,
      year: request.year,
      criteriaSetId: draft.criteriaSetId,
      recommendation: recommendationOfForm(criteria, draft.levels),
      remarks: draft.remarks,
      cellId: request.cellId!,
      wardId: request.wardId!,
      draftedOn: draft.draftedOn,
      signedOn: scope.today,
      signedBy: ctx.principal.name ?? ctx.principal.subject,
      certifiedOn: null,
      certifiedBy: null,
      returnedOn: null,
    });
    await scope.manager.insert(CommentFormAssessment, criteria.map((criterion, i) => ({ commentFormId: form.id, criterionId: criterion.id, level: draft.levels[i]! })));
    await scope.manager.delete(CommentDraft, { requestId: request.id });
    return scope.updateVersioned(CommentRequest, current, input.version, { status: 'SIGNED' });
  });
}

/** The ward's two steps on a signed form: what each needs before, and what it stamps. */
const WARD_STEPS = {
  certify: {
    operation: 'certifyResidenceComment',
    from: 'SIGNED',
    to: 'CERTIFIED',
    refusal: [CommentErrorCode.NOT_SIGNED, { vi: 'Đảng ủy phường, xã chỉ xác nhận phiếu nhận xét khi chi bộ đã ký', en: 'The ward certifies a form once the cell has signed it' }],
    stamp: (today: string, by: string): Partial<CommentForm> => ({ certifiedOn: today, certifiedBy: by }),
  },
  return: {
    operation: 'returnResidenceComment',
    from: 'CERTIFIED',
    to: 'RETURNED',
    refusal: [CommentErrorCode.NOT_CERTIFIED, { vi: 'Chỉ gửi trả phiếu nhận xét khi đảng ủy phường, xã đã xác nhận', en: 'The form is returned once the ward has certified it' }],
    stamp: (today: string): Partial<CommentForm> => ({ returnedOn: today }),
  },
} as const;

/**
 * The ward committee certifies a signed form (never before it is signed), then
 * returns the certified form to the workplace. Only these stamps are added to a
 * signed form; the database refuses any other change.
 */
async function wardStep(
  step: (typeof WARD_STEPS)[keyof typeof WARD_STEPS],
  ctx: EvaluationContext,
  input: { idempotencyKey: string; commentRequestId: string; version: number },
): Promise<MutationResult<CommentRequest>> {
  const request = await loadRequest(ctx, input.commentRequestId);
  if (request) await requireActingFor(ctx, ['WARD_COMMITTEE'], request.wardId ?? '');
  return runMutation(ctx, { operation: step.operation, idempotencyKey: input.idempotencyKey, entity: CommentRequest }, async (scope) => {
    if (!request) refuse(MutationErrorCode.NOT_FOUND, ['input', 'commentRequestId'], NO_REQUEST);
    const current = await scope.current(CommentRequest, request.id, input.version);
    if (current.status !== step.from) refuse(step.refusal[0], ['input', 'commentRequestId'], step.refusal[1]);
    const form = await findFormOfRequest(scope.manager, request.id);
    const stamp = step.stamp(scope.today, ctx.principal.name ?? ctx.principal.subject);
    await scope.manager.update(CommentForm, { id: form.id }, stamp);
    await scope.audit(step.to, 'CommentForm', form.id, form, { ...form, ...stamp });
    return scope.updateVersioned(CommentRequest, current, input.version, { status: step.to });
  });
}

export const certifyResidenceComment = (ctx: EvaluationContext, input: Parameters<typeof wardStep>[2]) => wardStep(WARD_STEPS.certify, ctx, input);
export const returnResidenceComment = (ctx: EvaluationContext, input: Parameters<typeof wardStep>[2]) => wardStep(WARD_STEPS.return, ctx, input);
