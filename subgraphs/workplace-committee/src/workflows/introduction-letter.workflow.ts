import { addDays, isIsoDate, isUuid } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import { MutationErrorCode, letterStatusWords, membershipStatusWords, policyValue, refuse, requireActingFor, requireMemberThemself, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { WorkplaceContext } from '../context.js';
import { IntroductionLetter, letterNumber } from '../entities/introduction-letter.entity.js';
import { Member } from '../entities/member.entity.js';
import { MemberChange, ResidenceLeavingNotice } from '../entities/change-notice.entity.js';
import { findLetters, findOpenLettersOfMember, nextLetterSerial, wasEverIntroduced } from '../repositories/introduction-letter.repository.js';
import { lockMemberOrFail } from '../repositories/member.repository.js';
import { findOpenLeavingNotices } from '../repositories/change-notice.repository.js';
import { actAsGrassrootsCommittee, MEMBER_NOT_FOUND } from './acting.js';
import { endLetters } from './residence-standing.js';

/** Codes of this workflow's user errors (docs/workflows.md). */
export const IntroductionErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  NOT_A_WARD: 'NOT_A_WARD',
  ADDRESS_REQUIRED: 'ADDRESS_REQUIRED',
  NOT_INTRODUCED_EXEMPT: 'NOT_INTRODUCED_EXEMPT',
  LETTER_NOT_ISSUED: 'LETTER_NOT_ISSUED',
  PRESENTED_BEFORE_ISSUED: 'PRESENTED_BEFORE_ISSUED',
  EFFECTIVE_DATE_IN_FUTURE: 'EFFECTIVE_DATE_IN_FUTURE',
} as const;

/** A member admitted within this many days is "newly admitted" when first introduced. */
const NEWLY_ADMITTED_WITHIN_DAYS = 365;

export interface IssueIntroductionLetterInput {
  idempotencyKey: string;
  memberId: string;
  toWardId: string;
  residenceAddress: string;
}

/**
 * The grassroots committee introduces a member to the ward where they live.
 * The letter is due within the presentation deadline in force today; earlier
 * open letters of the member end (SUPERSEDED: a new introduction follows a
 * move), and the member is no longer due for introduction.
 */
export async function issueIntroductionLetter(ctx: WorkplaceContext, input: IssueIntroductionLetterInput): Promise<MutationResult<IntroductionLetter>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  await actAsGrassrootsCommittee(ctx, member?.workplaceCellId ?? null);
  // The answer reads the member again (no longer due), not the record loaded before the letter.
  if (member) ctx.loaders.memberById.clear(member.id);
  return runMutation(ctx, { operation: 'issueIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: IntroductionLetter }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], MEMBER_NOT_FOUND);
    // Locked: two letters issued at once, or a letter beside a change of the member's standing, are decided in turn.
    const current = await lockMemberOrFail(scope.manager, member.id);
    if (current.workplaceOrganizationId !== member.workplaceOrganizationId) {
      refuse(MutationErrorCode.CONFLICT, ['input', 'memberId'], {
        vi: 'Đảng viên vừa chuyển sang đơn vị khác; hãy tải lại hồ sơ đảng viên',
        en: 'The member has just moved to another organisation; reload the member',
      });
    }
    if (current.status !== 'ACTIVE') {
      refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], {
        vi: `Đảng viên không còn sinh hoạt tại đơn vị (${membershipStatusWords(current.status)}); chỉ giới thiệu đảng viên đang sinh hoạt`,
        en: `The member is ${current.status.toLowerCase()}; only active members are introduced`,
      });
    }
    if (current.exemptionCategory === 'SPECIAL_DUTY') {
      refuse(IntroductionErrorCode.NOT_INTRODUCED_EXEMPT, ['input', 'memberId'], {
        vi: 'Đảng viên thuộc diện không giới thiệu về sinh hoạt nơi cư trú (nhiệm vụ đặc biệt, Hướng dẫn 33-HD/BTCTW)',
        en: 'The member is on special duty and is not introduced to the place of residence (Hướng dẫn 33)',
      });
    }
    const ward = isUuid(input.toWardId) ? await ctx.organizations.byId.load(input.toWardId.toLowerCase()) : null;
    if (!ward || ward.kind !== 'WARD' || !inForceOn(ward, scope.today)) {
      refuse(IntroductionErrorCode.NOT_A_WARD, ['input', 'toWardId'], {
        vi: 'Giấy giới thiệu phải gửi đảng ủy xã, phường đang hoạt động',
        en: 'The letter must be addressed to a ward committee in force today',
      });
    }
    const address = input.residenceAddress.trim();
    if (address.length < 5 || address.length > 400) {
      refuse(IntroductionErrorCode.ADDRESS_REQUIRED, ['input', 'residenceAddress'], {
        vi: 'Hãy ghi đầy đủ địa chỉ nơi cư trú (từ 5 đến 400 ký tự)',
        en: 'Give the full residence address (5 to 400 characters)',
      });
    }
    const firstIntroduction = !(await wasEverIntroduced(scope.manager, member.id));
    await endLetters(scope, await findOpenLettersOfMember(scope.manager, member.id), 'SUPERSEDED', scope.today);
    // A letter comes into force: the member is no longer due (bookkeeping, the member's version stays).
    if (current.introductionDueSince !== null) {
      await scope.manager.update(Member, { id: member.id }, { introductionDueSince: null });
      await scope.audit('UPDATE', 'Member', member.id, current, { ...current, introductionDueSince: null });
    }
    const days = await policyValue<number>(scope.manager, 'LETTER_PRESENTATION_DAYS', scope.today);
    const serial = await nextLetterSerial(scope.manager);
    const letterId = crypto.randomUUID();
    const letter = await scope.create(IntroductionLetter, {
      number: letterNumber(serial),
      memberId: member.id,
      workplaceOrganizationId: current.workplaceOrganizationId,
      issuedOn: scope.today,
      signerName: ctx.principal.name ?? ctx.principal.subject,
      toWardId: ward.id,
      toCellId: null,
      residenceAddress: address,
      exempt: current.exemptionCategory !== null,
      status: 'ISSUED',
      dueOn: addDays(scope.today, days),
      presentedOn: null,
      receivedOn: null,
      assignedOn: null,
      returnedOn: null,
      returnReason: null,
      endReason: null,
      endedOn: null,
      version: 1,
      id: letterId,
    });
    // A newly admitted member's first introduction also goes into the month's new-members notice.
    if (firstIntroduction && current.admissionDate >= addDays(scope.today, -NEWLY_ADMITTED_WITHIN_DAYS)) {
      await scope.create(MemberChange, {
        id: crypto.randomUUID(),
        memberId: member.id,
        workplaceOrganizationId: current.workplaceOrganizationId,
        wardId: ward.id,
        changeType: 'NEWLY_ADMITTED',
        effectiveOn: current.admissionDate,
        reportedOn: scope.today,
        details: { introductionLetterId: letterId },
        changeNoticeId: null,
      });
    }
    // A ward said the member left: this introduction answers its notice.
    for (const notice of await findOpenLeavingNotices(scope.manager, member.id)) {
      await scope.manager.update(ResidenceLeavingNotice, { id: notice.id }, { status: 'RESOLVED', resolvedByLetterId: letterId });
      await scope.audit('RESOLVE', 'ResidenceLeavingNotice', notice.id, notice, { ...notice, status: 'RESOLVED', resolvedByLetterId: letterId });
    }
    return letter;
  });
}

export interface PresentIntroductionLetterInput {
  idempotencyKey: string;
  introductionLetterId: string;
  version: number;
  presentedOn?: string | null;
}

/**
 * The member presents the letter to the ward (the step Quy định 213 names):
 * recorded by the member themself, or by the committee of the ward it is
 * addressed to. ISSUED → PRESENTED; the ward's receipt follows.
 */
export async function presentIntroductionLetter(ctx: WorkplaceContext, input: PresentIntroductionLetterInput): Promise<MutationResult<IntroductionLetter>> {
  const id = isUuid(input.introductionLetterId) ? input.introductionLetterId.toLowerCase() : null;
  // A member acts for themself only: a letter that is not theirs (or no letter) is FORBIDDEN, whoever it belongs to.
  if (ctx.principal.role === 'MEMBER') requireMemberThemself(ctx, (id ? (await findLetters(ctx.dataSource, [id]))[0]?.memberId : null) ?? '');
  const letter = id ? await ctx.loaders.letterById.load(id) : null;
  if (ctx.principal.role !== 'MEMBER') await requireActingFor(ctx, ['WARD_COMMITTEE', 'MEMBER'], letter?.toWardId ?? ctx.principal.organizationId);
  return runMutation(ctx, { operation: 'presentIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: IntroductionLetter }, async (scope) => {
    if (!letter) refuse(MutationErrorCode.NOT_FOUND, ['input', 'introductionLetterId'], { vi: 'Không có giấy giới thiệu với mã này', en: 'No introduction letter with this id' });
    const current = await scope.current(IntroductionLetter, letter.id, input.version);
    if (current.status !== 'ISSUED') {
      refuse(IntroductionErrorCode.LETTER_NOT_ISSUED, ['input', 'introductionLetterId'], {
        vi: `Chỉ xuất trình được giấy giới thiệu vừa cấp, chưa xuất trình; giấy này ${letterStatusWords(current.status)}`,
        en: `Only an issued letter not yet presented can be presented; this one is ${current.status}`,
      });
    }
    const presentedOn = input.presentedOn ?? scope.today;
    if (!isIsoDate(presentedOn) || presentedOn > scope.today) {
      refuse(IntroductionErrorCode.EFFECTIVE_DATE_IN_FUTURE, ['input', 'presentedOn'], { vi: 'Ngày xuất trình không được sau hôm nay', en: 'The letter cannot be presented after today' });
    }
    if (presentedOn < current.issuedOn) {
      refuse(IntroductionErrorCode.PRESENTED_BEFORE_ISSUED, ['input', 'presentedOn'], {
        vi: `Ngày xuất trình không được trước ngày cấp giấy (${current.issuedOn})`,
        en: `The letter cannot be presented before it was issued (${current.issuedOn})`,
      });
    }
    return scope.updateVersioned(IntroductionLetter, current, input.version, { status: 'PRESENTED', presentedOn });
  });
}
