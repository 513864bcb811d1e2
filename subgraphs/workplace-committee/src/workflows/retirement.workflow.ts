import { isUuid } from '@twoway/platform';
import { MutationErrorCode, membershipStatusWords, refuse, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { WorkplaceContext } from '../context.js';
import { Member } from '../entities/member.entity.js';
import { MemberChange } from '../entities/change-notice.entity.js';
import { findLettersOfMember } from '../repositories/introduction-letter.repository.js';
import { actAsGrassrootsCommittee, MEMBER_NOT_FOUND } from './acting.js';
import { EffectiveDateErrorCode, refuseEffectiveDateOutOfRange } from './member-input.js';
import { endLetters, publishStanding } from './residence-standing.js';

export const RetirementErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  ...EffectiveDateErrorCode,
  NOT_ASSIGNED_AT_RESIDENCE: 'NOT_ASSIGNED_AT_RESIDENCE',
} as const;

export interface RetireMemberInput {
  idempotencyKey: string;
  memberId: string;
  version: number;
  effectiveOn: string;
  remarks?: string | null;
}

/**
 * The grassroots committee records a member's retirement (nghỉ hưu): their
 * official Party activity moves to the residential cell they are assigned to,
 * so they must be assigned to one. RETIRED, still a member, history kept; the
 * letter ends (RETIRED); the residence makes the registration official
 * (MemberRetired) and evaluation cancels open comment requests.
 */
export async function retireMember(ctx: WorkplaceContext, input: RetireMemberInput): Promise<MutationResult<Member>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  await actAsGrassrootsCommittee(ctx, member?.workplaceCellId ?? null);
  return runMutation(ctx, { operation: 'retireMember', idempotencyKey: input.idempotencyKey, entity: Member }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], MEMBER_NOT_FOUND);
    const current = await scope.current(Member, member.id, input.version);
    if (current.status !== 'ACTIVE') {
      refuse(RetirementErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], {
        vi: `Chỉ ghi nghỉ hưu cho đảng viên đang sinh hoạt tại đơn vị; đảng viên này ${membershipStatusWords(current.status)}`,
        en: `Only an active member can retire; the member is ${current.status.toLowerCase()}`,
      });
    }
    refuseEffectiveDateOutOfRange(current, input.effectiveOn, scope.today);
    const letters = await findLettersOfMember(scope.manager, member.id);
    const assigned = letters.find((l) => l.status === 'ASSIGNED' && l.toCellId !== null);
    if (!assigned) {
      refuse(RetirementErrorCode.NOT_ASSIGNED_AT_RESIDENCE, ['input', 'memberId'], {
        vi: 'Đảng viên chưa được phân về chi bộ nơi cư trú: hãy giới thiệu đảng viên về nơi cư trú và chờ phường phân về chi bộ trước khi chuyển sinh hoạt chính thức về nơi cư trú',
        en: 'The member is not assigned to a residential cell: introduce them and wait for the ward to assign them before recording the retirement',
      });
    }
    const updated = await scope.updateVersioned(Member, current, input.version, { status: 'RETIRED', introductionDueSince: null });
    const remarks = input.remarks?.trim() || null;
    await scope.create(MemberChange, {
      id: crypto.randomUUID(),
      memberId: member.id,
      workplaceOrganizationId: current.workplaceOrganizationId,
      wardId: assigned.toWardId,
      changeType: 'RETIRED',
      effectiveOn: input.effectiveOn,
      reportedOn: scope.today,
      details: { cellId: assigned.toCellId, ...(remarks ? { remarks } : {}) },
      changeNoticeId: null,
    });
    await endLetters(scope, letters, 'RETIRED', input.effectiveOn);
    await publishStanding(scope, updated, input.effectiveOn);
    await scope.publish('MemberRetired', 'residence-committee', { memberId: member.id, effectiveOn: input.effectiveOn, wardId: assigned.toWardId, cellId: assigned.toCellId });
    await scope.publish('MemberLeftParty', 'evaluation', { memberId: member.id, changeType: 'RETIRED', effectiveOn: input.effectiveOn });
    return updated;
  });
}
