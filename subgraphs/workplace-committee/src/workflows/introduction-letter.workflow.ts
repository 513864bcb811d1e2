import { addDays, isUuid } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import { MutationErrorCode, policyValue, refuse, requireActingFor, runMutation, type MutationResult } from '@twoway/subgraph-runtime';
import type { WorkplaceContext } from '../context.js';
import { IntroductionLetter } from '../entities/introduction-letter.entity.js';
import { MemberChange, ResidenceLeavingNotice } from '../entities/change-notice.entity.js';
import { findOpenLettersOfMember, nextLetterSerial, wasEverIntroduced } from '../repositories/introduction-letter.repository.js';
import { findMemberOrFail } from '../repositories/member.repository.js';
import { findOpenLeavingNotices } from '../repositories/change-notice.repository.js';

/** Codes of this workflow's user errors (docs/workflows.md). */
export const IntroductionErrorCode = {
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  NOT_A_WARD: 'NOT_A_WARD',
  ADDRESS_REQUIRED: 'ADDRESS_REQUIRED',
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
 * The workplace committee introduces a member to the ward where they live.
 * The letter is due within the presentation deadline in force today; earlier
 * open letters of the member end (a new introduction follows a move).
 */
export async function issueIntroductionLetter(ctx: WorkplaceContext, input: IssueIntroductionLetterInput): Promise<MutationResult<IntroductionLetter>> {
  const member = isUuid(input.memberId) ? await ctx.loaders.memberById.load(input.memberId.toLowerCase()) : null;
  if (member) await requireActingFor(ctx.principal, ctx.organizations, ['WORKPLACE_COMMITTEE'], member.workplaceCellId);
  return runMutation(ctx, { operation: 'issueIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: IntroductionLetter }, async (scope) => {
    if (!member) refuse(MutationErrorCode.NOT_FOUND, ['input', 'memberId'], 'No member with this id');
    const current = await findMemberOrFail(scope.manager, member.id);
    if (current.status !== 'ACTIVE') {
      refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'memberId'], `The member is ${current.status.toLowerCase()}; only active members are introduced`);
    }
    const ward = isUuid(input.toWardId) ? await ctx.organizations.byId.load(input.toWardId.toLowerCase()) : null;
    if (!ward || ward.kind !== 'WARD' || !inForceOn(ward, scope.today)) {
      refuse(IntroductionErrorCode.NOT_A_WARD, ['input', 'toWardId'], 'The letter must be addressed to a ward committee in force today');
    }
    const address = input.residenceAddress.trim();
    if (address.length < 5 || address.length > 400) {
      refuse(IntroductionErrorCode.ADDRESS_REQUIRED, ['input', 'residenceAddress'], 'Give the full residence address (5 to 400 characters)');
    }
    const firstIntroduction = !(await wasEverIntroduced(scope.manager, member.id));
    for (const open of await findOpenLettersOfMember(scope.manager, member.id)) {
      await scope.updateVersioned(IntroductionLetter, open, open.version, { status: 'ENDED' });
    }
    const days = await policyValue<number>(scope.manager, 'LETTER_PRESENTATION_DAYS', scope.today);
    const serial = await nextLetterSerial(scope.manager);
    const letterId = crypto.randomUUID();
    const letter = await scope.create(IntroductionLetter, {
      number: `${scope.today.slice(0, 4)}/GGT-${serial}`,
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
