import { isUuid } from '@twoway/platform';
import { MutationErrorCode, refuse, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { ExemptionCategory } from '../generated/resolvers-types.js';
import type { WorkplaceContext } from '../context.js';
import { Member } from '../entities/member.entity.js';
import { IntroductionLetter } from '../entities/introduction-letter.entity.js';
import { LEAVING_CHANGES, MemberChange, type ChangeType } from '../entities/change-notice.entity.js';
import { OPEN_LETTER_STATUSES, findLettersOfMember } from '../repositories/introduction-letter.repository.js';

export const MemberChangeErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  POSITION_REQUIRED: 'POSITION_REQUIRED',
  EFFECTIVE_DATE_IN_FUTURE: 'EFFECTIVE_DATE_IN_FUTURE',
  NOT_REPORTED_HERE: 'NOT_REPORTED_HERE',
} as const;

const STATUS_AFTER: Partial<Record<ChangeType, Member['status']>> = {
  TRANSFERRED: 'TRANSFERRED',
  EXPELLED: 'EXPELLED',
  REMOVED: 'REMOVED',
  DECEASED: 'DECEASED',
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
 * The workplace reports a change about a member. Its own record changes in the
 * same transaction; the ward hears of it in the period's change notice (the
 * ward's acknowledgement ends the registration); evaluation is told at once,
 * through the outbox, to cancel open comment requests of a member who left.
 */
export async function reportMemberChange(ctx: WorkplaceContext, input: ReportMemberChangeInput): Promise<MutationResult<Member>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  if (member) await requireActingFor(ctx.principal, ctx.organizations, ['WORKPLACE_COMMITTEE'], member.workplaceCellId);
  return runMutation(ctx, { operation: 'reportMemberChange', idempotencyKey: input.idempotencyKey, entity: Member }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], 'No member with this id');
    const current = await scope.current(Member, member.id, input.version);
    if (input.changeType === 'NEWLY_ADMITTED') refuse(MemberChangeErrorCode.NOT_REPORTED_HERE, ['input', 'changeType'], 'New members are introduced with an introduction letter');
    if (current.status !== 'ACTIVE') refuse(MemberChangeErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], `The member is already ${current.status.toLowerCase()}`);
    if (input.effectiveOn > scope.today) refuse(MemberChangeErrorCode.EFFECTIVE_DATE_IN_FUTURE, ['input', 'effectiveOn'], 'Report a change once it has taken effect');
    const changes: Partial<Member> = {};
    if (input.changeType === 'POSITION_CHANGED') {
      const position = input.position?.trim();
      if (!position) refuse(MemberChangeErrorCode.POSITION_REQUIRED, ['input', 'position'], 'Give the new position');
      changes.position = position;
    }
    if (input.changeType === 'EXEMPTION_CHANGED') changes.exemptionCategory = input.exemptionCategory ?? null;
    const status = STATUS_AFTER[input.changeType];
    if (status) changes.status = status;
    const updated = await scope.updateVersioned(Member, current, input.version, changes);

    const letters = await findLettersOfMember(scope.manager, member.id);
    const introducedTo = letters.find((l) => ['RECEIVED', 'ASSIGNED'].includes(l.status)) ?? letters.find((l) => l.status !== 'RETURNED');
    await scope.create(MemberChange, {
      id: crypto.randomUUID(),
      memberId: member.id,
      workplaceOrganizationId: member.workplaceOrganizationId,
      wardId: introducedTo?.toWardId ?? null,
      changeType: input.changeType,
      effectiveOn: input.effectiveOn,
      reportedOn: scope.today,
      details: { ...changes, ...(input.remarks?.trim() ? { remarks: input.remarks.trim() } : {}) },
      changeNoticeId: null,
    });
    if (status) {
      // The residence keeps a projection of who is still active at the workplace (its oversight lists compare it).
      await scope.publish('MemberStandingChanged', 'residence-committee', {
        memberId: member.id, status, workplaceOrganizationId: current.workplaceOrganizationId, changedOn: input.effectiveOn,
      });
    }
    if (LEAVING_CHANGES.includes(input.changeType)) {
      for (const open of letters.filter((l) => (OPEN_LETTER_STATUSES as readonly string[]).includes(l.status))) {
        await scope.updateVersioned(IntroductionLetter, open, open.version, { status: 'ENDED' });
      }
      await scope.publish('MemberLeftParty', 'evaluation', { memberId: member.id, changeType: input.changeType, effectiveOn: input.effectiveOn });
    }
    return updated;
  });
}
