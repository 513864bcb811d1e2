import { addDays, isUuid } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import { MutationErrorCode, membershipStatusWords, policyValue, refuse, refuseTooLong, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { MemberTransferKind } from '../generated/resolvers-types.js';
import type { WorkplaceContext } from '../context.js';
import { Member, expectsIntroduction } from '../entities/member.entity.js';
import { MemberTransfer } from '../entities/member-transfer.entity.js';
import { MemberChange } from '../entities/change-notice.entity.js';
import { findLettersOfMember } from '../repositories/introduction-letter.repository.js';
import { actAsGrassrootsCommittee, MEMBER_NOT_FOUND } from './acting.js';
import { EffectiveDateErrorCode, refuseEffectiveDateOutOfRange, REMARKS_WORDS, TEXT_LIMITS, TextErrorCode } from './member-input.js';
import { workplaceCellUnder } from './admission.workflow.js';
import { closeLeavingNotices, endLetters, publishStanding } from './residence-standing.js';

export const TransferErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  ...EffectiveDateErrorCode,
  REMARKS_TOO_LONG: TextErrorCode.REMARKS_TOO_LONG,
  NOT_AN_AGENCY: 'NOT_AN_AGENCY',
  SAME_ORGANIZATION: 'SAME_ORGANIZATION',
  TRANSFER_NOT_OPEN: 'TRANSFER_NOT_OPEN',
  NOT_A_WORKPLACE_CELL: 'NOT_A_WORKPLACE_CELL',
} as const;

export interface TransferMemberOutInput {
  idempotencyKey: string;
  memberId: string;
  version: number;
  kind: MemberTransferKind;
  toOrganizationId?: string | null;
  effectiveOn: string;
  remarks?: string | null;
}

/**
 * The sending grassroots committee transfers a member out (chuyển sinh hoạt
 * đảng đi). To an agency of this federation the member is IN_TRANSIT until
 * the receiving committee takes them in (by sentOn + TRANSFER_RECEIPT_DAYS, or
 * the member is on `membersInTransit(overdueOnly: true)`); to an organisation
 * outside it they are TRANSFERRED, final here. Either way their open letters
 * end, the ward hears it in the period's change notice, and evaluation cancels
 * their open comment requests.
 */
export async function transferMemberOut(ctx: WorkplaceContext, input: TransferMemberOutInput): Promise<MutationResult<MemberTransfer>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  await actAsGrassrootsCommittee(ctx, member?.workplaceCellId ?? null);
  // The answer reads the member again (its new status), not the record loaded before the change.
  if (member) ctx.loaders.memberById.clear(member.id);
  return runMutation(ctx, { operation: 'transferMemberOut', idempotencyKey: input.idempotencyKey, entity: MemberTransfer }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], MEMBER_NOT_FOUND);
    const current = await scope.current(Member, member.id, input.version);
    if (current.status !== 'ACTIVE') {
      refuse(TransferErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], {
        vi: `Chỉ chuyển sinh hoạt đảng viên đang sinh hoạt tại đơn vị; đảng viên này ${membershipStatusWords(current.status)}`,
        en: `Only an active member can be transferred; the member is ${current.status.toLowerCase()}`,
      });
    }
    refuseEffectiveDateOutOfRange(current, input.effectiveOn, scope.today);
    let toOrganizationId: string | null = null;
    if (input.toOrganizationId) {
      const to = isUuid(input.toOrganizationId) ? await ctx.organizations.byId.load(input.toOrganizationId.toLowerCase()) : null;
      if (!to || to.kind !== 'AGENCY' || !inForceOn(to, scope.today)) {
        refuse(TransferErrorCode.NOT_AN_AGENCY, ['input', 'toOrganizationId'], {
          vi: 'Nơi chuyển đến phải là một đảng bộ cơ sở nơi công tác đang hoạt động; để trống nếu chuyển ra ngoài hệ thống',
          en: 'The receiving organisation must be a grassroots organisation (AGENCY) in force; omit it for one outside this federation',
        });
      }
      if (to.id === current.workplaceOrganizationId) {
        refuse(TransferErrorCode.SAME_ORGANIZATION, ['input', 'toOrganizationId'], {
          vi: 'Đảng viên đã sinh hoạt tại đảng bộ này; chuyển giữa các chi bộ trong cùng đảng bộ không phải chuyển sinh hoạt đảng',
          en: 'The member already belongs to this organisation',
        });
      }
      toOrganizationId = to.id;
    }
    const days = await policyValue<number>(scope.manager, 'TRANSFER_RECEIPT_DAYS', scope.today);
    const remarks = input.remarks?.trim() || null;
    refuseTooLong(remarks, TEXT_LIMITS.remarks, TextErrorCode.REMARKS_TOO_LONG, ['input', 'remarks'], REMARKS_WORDS);
    const transfer = await scope.create(MemberTransfer, {
      id: crypto.randomUUID(),
      memberId: member.id,
      kind: input.kind,
      fromOrganizationId: current.workplaceOrganizationId,
      fromCellId: current.workplaceCellId,
      toOrganizationId,
      sentOn: scope.today,
      effectiveOn: input.effectiveOn,
      dueBy: addDays(scope.today, days),
      status: 'SENT',
      receivedOn: null,
      toCellId: null,
      remarks,
      version: 1,
    });
    const updated = await scope.updateVersioned(Member, current, input.version, { status: toOrganizationId ? 'IN_TRANSIT' : 'TRANSFERRED', introductionDueSince: null });

    const letters = await findLettersOfMember(scope.manager, member.id);
    const introducedTo = letters.find((l) => ['RECEIVED', 'ASSIGNED'].includes(l.status)) ?? letters.find((l) => l.status !== 'RETURNED');
    await scope.create(MemberChange, {
      id: crypto.randomUUID(),
      memberId: member.id,
      workplaceOrganizationId: current.workplaceOrganizationId,
      wardId: introducedTo?.toWardId ?? null,
      changeType: 'TRANSFERRED',
      effectiveOn: input.effectiveOn,
      reportedOn: scope.today,
      details: { transferId: transfer.id, kind: input.kind, toOrganizationId, ...(remarks ? { remarks } : {}) },
      changeNoticeId: null,
    });
    await endLetters(scope, letters, 'TRANSFERRED', input.effectiveOn);
    // Out of the federation, no letter of ours will answer a ward's leaving notice; in it, the receiving organisation's will.
    if (!toOrganizationId) await closeLeavingNotices(scope, member.id, 'TRANSFERRED', input.effectiveOn);
    await publishStanding(scope, updated, input.effectiveOn);
    await scope.publish('MemberLeftParty', 'evaluation', { memberId: member.id, changeType: 'TRANSFERRED', effectiveOn: input.effectiveOn });
    return transfer;
  });
}

export interface ReceiveTransferredMemberInput {
  idempotencyKey: string;
  transferId: string;
  version: number;
  workplaceCellId: string;
}

/**
 * The receiving grassroots committee takes the member in (tiếp nhận) into one
 * of its workplace cells: the same member record, ACTIVE in the new cell and
 * organisation, due for introduction from today (the new workplace introduces
 * them, or re-homes their registration when the ward is unchanged).
 */
export async function receiveTransferredMember(ctx: WorkplaceContext, input: ReceiveTransferredMemberInput): Promise<MutationResult<MemberTransfer>> {
  const transfer = isUuid(input.transferId) ? await ctx.loaders.transferById.load(input.transferId.toLowerCase()) : null;
  await actAsGrassrootsCommittee(ctx, transfer?.toOrganizationId ?? null);
  if (transfer) ctx.loaders.memberById.clear(transfer.memberId);
  return runMutation(ctx, { operation: 'receiveTransferredMember', idempotencyKey: input.idempotencyKey, entity: MemberTransfer }, async (scope) => {
    if (!transfer || !transfer.toOrganizationId) {
      refuse(MutationErrorCode.NOT_FOUND, ['input', 'transferId'], { vi: 'Không có quyết định chuyển sinh hoạt đảng đến đơn vị của bạn với mã này', en: 'No transfer to your organisation with this id' });
    }
    const current = await scope.current(MemberTransfer, transfer.id, input.version);
    const member = await scope.manager.findOneByOrFail(Member, { id: current.memberId });
    if (current.status !== 'SENT' || member.status !== 'IN_TRANSIT') {
      refuse(TransferErrorCode.TRANSFER_NOT_OPEN, ['input', 'transferId'], {
        vi: 'Đảng viên đã được tiếp nhận, hoặc không còn chờ tiếp nhận theo quyết định này',
        en: 'The member was already taken in, or is no longer waiting to be taken in under this transfer',
      });
    }
    const cell = await workplaceCellUnder(ctx, scope, current.toOrganizationId!, input.workplaceCellId, ['input', 'workplaceCellId']);
    const received = await scope.updateVersioned(MemberTransfer, current, input.version, { status: 'RECEIVED', receivedOn: scope.today, toCellId: cell.id });
    const active = { status: 'ACTIVE' as const, exemptionCategory: member.exemptionCategory };
    const updated = await scope.updateVersioned(Member, member, member.version, {
      ...active,
      workplaceOrganizationId: current.toOrganizationId!,
      workplaceCellId: cell.id,
      introductionDueSince: expectsIntroduction(active) ? scope.today : null,
    });
    await publishStanding(scope, updated, scope.today);
    return received;
  });
}
