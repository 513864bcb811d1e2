import { isUuid } from '@twoway/platform';
import { MutationErrorCode, membershipStatusWords, refuse, refuseTooLong, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { ExemptionCategory, LetterEndReason } from '../generated/resolvers-types.js';
import type { WorkplaceContext } from '../context.js';
import { Member, expectsIntroduction } from '../entities/member.entity.js';
import { LEAVING_CHANGES, MemberChange, type ChangeType } from '../entities/change-notice.entity.js';
import { findLettersOfMember, isOpenLetterStatus } from '../repositories/introduction-letter.repository.js';
import { actAsGrassrootsCommittee, MEMBER_NOT_FOUND } from './acting.js';
import { EffectiveDateErrorCode, refuseEffectiveDateOutOfRange, POSITION_WORDS, REMARKS_WORDS, TEXT_LIMITS, TextErrorCode } from './member-input.js';
import { closeLeavingNotices, endLetters, publishStanding } from './residence-standing.js';

export const MemberChangeErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  POSITION_REQUIRED: 'POSITION_REQUIRED',
  ...EffectiveDateErrorCode,
  ...TextErrorCode,
  NOT_REPORTED_HERE: 'NOT_REPORTED_HERE',
  EXEMPTION_REQUIRED: 'EXEMPTION_REQUIRED',
  NO_CHANGE: 'NO_CHANGE',
} as const;

const STATUS_AFTER: Partial<Record<ChangeType, Member['status']>> = {
  EXPELLED: 'EXPELLED',
  REMOVED: 'REMOVED',
  DECEASED: 'DECEASED',
};

/** Changes recorded by their own workflow, with what to use instead. */
const REPORTED_ELSEWHERE: Partial<Record<ChangeType, { vi: string; en: string }>> = {
  NEWLY_ADMITTED: {
    vi: 'Đảng viên mới được kết nạp được báo cho phường bằng giấy giới thiệu đầu tiên (admitMember, rồi issueIntroductionLetter)',
    en: 'New members are reported with their first introduction letter (admitMember, then issueIntroductionLetter)',
  },
  TRANSFERRED: {
    vi: 'Chuyển sinh hoạt đảng được ghi bằng thao tác chuyển sinh hoạt đảng đi (transferMemberOut)',
    en: 'A transfer is recorded with transferMemberOut',
  },
  RETIRED: {
    vi: 'Đảng viên nghỉ hưu được ghi bằng thao tác nghỉ hưu (retireMember)',
    en: 'A retirement is recorded with retireMember',
  },
};

export interface ReportMemberChangeInput {
  idempotencyKey: string;
  memberId: string;
  version: number;
  changeType: ChangeType;
  effectiveOn: string;
  position?: string | null;
  exemptionCategory?: ExemptionCategory | null;
  remarks?: string | null;
}

/**
 * The grassroots committee reports a change about a member. Its own record
 * changes in the same transaction; the ward hears of it in the period's change
 * notice (the ward's acknowledgement ends the registration); evaluation is
 * told at once, through the outbox, to cancel open comment requests of a
 * member who left. A move home ends the letter to the old ward at once and
 * makes the member due for a new introduction; an exemption to SPECIAL_DUTY
 * ends it too (the member is no longer introduced anywhere).
 */
export async function reportMemberChange(ctx: WorkplaceContext, input: ReportMemberChangeInput): Promise<MutationResult<Member>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  await actAsGrassrootsCommittee(ctx, member?.workplaceCellId ?? null);
  return runMutation(ctx, { operation: 'reportMemberChange', idempotencyKey: input.idempotencyKey, entity: Member }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], MEMBER_NOT_FOUND);
    const current = await scope.current(Member, member.id, input.version);
    const elsewhere = REPORTED_ELSEWHERE[input.changeType];
    if (elsewhere) refuse(MemberChangeErrorCode.NOT_REPORTED_HERE, ['input', 'changeType'], elsewhere);
    if (current.status !== 'ACTIVE') {
      refuse(MemberChangeErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], {
        vi: `Đảng viên không còn sinh hoạt tại đơn vị (${membershipStatusWords(current.status)}); chỉ báo thay đổi của đảng viên đang sinh hoạt`,
        en: `The member is already ${current.status.toLowerCase()}`,
      });
    }
    refuseEffectiveDateOutOfRange(current, input.effectiveOn, scope.today);
    const remarks = input.remarks?.trim() || null;
    refuseTooLong(remarks, TEXT_LIMITS.remarks, TextErrorCode.REMARKS_TOO_LONG, ['input', 'remarks'], REMARKS_WORDS);
    const changes: Partial<Member> = {};
    let endReason: LetterEndReason | null = null;
    if (input.changeType === 'POSITION_CHANGED') {
      const position = input.position?.trim();
      if (!position) refuse(MemberChangeErrorCode.POSITION_REQUIRED, ['input', 'position'], { vi: 'Hãy ghi chức vụ mới', en: 'Give the new position' });
      refuseTooLong(position, TEXT_LIMITS.position, TextErrorCode.POSITION_TOO_LONG, ['input', 'position'], POSITION_WORDS);
      changes.position = position;
    }
    const letters = await findLettersOfMember(scope.manager, member.id);
    // A letter issued after a move took effect is the introduction to the new home (the move reported late):
    // the move neither ends it nor makes the member due again, and the ward told is the one they moved from.
    const inForceOnTheDay = input.changeType === 'RESIDENCE_CHANGED' ? letters.filter((l) => l.issuedOn <= input.effectiveOn) : letters;
    if (input.changeType === 'RESIDENCE_CHANGED') {
      endReason = 'RESIDENCE_CHANGED';
      const introducedSince = letters.some((l) => isOpenLetterStatus(l.status) && l.issuedOn > input.effectiveOn);
      if (expectsIntroduction(current) && !introducedSince) changes.introductionDueSince = current.introductionDueSince ?? input.effectiveOn;
    }
    if (input.changeType === 'EXEMPTION_CHANGED') {
      // The category the member has from that day: given explicitly, null for none (back to two-way activity).
      if (input.exemptionCategory === undefined) {
        refuse(MemberChangeErrorCode.EXEMPTION_REQUIRED, ['input', 'exemptionCategory'], {
          vi: 'Hãy ghi diện miễn, giảm sinh hoạt mới của đảng viên, hoặc ghi rõ đảng viên không còn thuộc diện miễn (null)',
          en: 'Give the member\'s new exemption category (null when the member is no longer exempt)',
        });
      }
      const category = input.exemptionCategory;
      if (category === current.exemptionCategory) {
        refuse(MemberChangeErrorCode.NO_CHANGE, ['input', 'exemptionCategory'], {
          vi: 'Diện miễn, giảm sinh hoạt của đảng viên đã đúng như vậy; không có thay đổi để báo',
          en: 'The member already has this exemption category; there is no change to report',
        });
      }
      changes.exemptionCategory = category;
      if (category === 'SPECIAL_DUTY') {
        endReason = 'NOT_INTRODUCED';
        changes.introductionDueSince = null;
      } else if (current.exemptionCategory === 'SPECIAL_DUTY') {
        // Back from special duty: nothing was in force, the member is due from the day it took effect.
        changes.introductionDueSince = input.effectiveOn;
      }
    }
    const status = STATUS_AFTER[input.changeType];
    if (status) {
      changes.status = status;
      changes.introductionDueSince = null;
      endReason = input.changeType as LetterEndReason;
    }
    const updated = await scope.updateVersioned(Member, current, input.version, changes);

    const introducedTo = inForceOnTheDay.find((l) => ['RECEIVED', 'ASSIGNED'].includes(l.status)) ?? inForceOnTheDay.find((l) => l.status !== 'RETURNED');
    const { introductionDueSince: _due, ...reported } = changes;
    await scope.create(MemberChange, {
      id: crypto.randomUUID(),
      memberId: member.id,
      workplaceOrganizationId: current.workplaceOrganizationId,
      wardId: introducedTo?.toWardId ?? null,
      changeType: input.changeType,
      effectiveOn: input.effectiveOn,
      reportedOn: scope.today,
      details: { ...reported, ...(remarks ? { remarks } : {}) },
      changeNoticeId: null,
    });
    if (endReason) await endLetters(scope, inForceOnTheDay, endReason, input.effectiveOn);
    // Introduced nowhere any more: no letter will answer a ward's leaving notice about them, no residence comments on them.
    const introducedNowhere = changes.exemptionCategory === 'SPECIAL_DUTY';
    if (status || introducedNowhere) await closeLeavingNotices(scope, member.id, status ?? 'NOT_INTRODUCED', input.effectiveOn);
    // The residence keeps a projection of each member's standing (status, workplace, duty).
    if (status || input.changeType === 'EXEMPTION_CHANGED') await publishStanding(scope, updated, input.effectiveOn);
    if (introducedNowhere) await scope.publish('MemberNotIntroduced', 'evaluation', { memberId: member.id, effectiveOn: input.effectiveOn });
    if (LEAVING_CHANGES.includes(input.changeType)) {
      await scope.publish('MemberLeftParty', 'evaluation', { memberId: member.id, changeType: input.changeType, effectiveOn: input.effectiveOn });
    }
    return updated;
  });
}
