import { isUuid, type Message } from '@twoway/platform';
import { inForceOn } from '@twoway/org-tree';
import { MutationErrorCode, Refusal, keepRefusal, letterStatusWords, membershipStatusWords, refuse, refuseTooLong, requireActingFor, runMutation, type MutationResult, type MutationScope } from '@twoway/subgraph-runtime';
import type { ResidenceContext } from '../context.js';
import { LetterReceipt } from '../entities/letter-receipt.entity.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import { findOpenRegistrationsOfMember, findRegistration } from '../repositories/residence-registration.repository.js';
import { hasReceipt } from '../repositories/letter-receipt.repository.js';
import { projectStanding } from '../repositories/member-standing.repository.js';
import type { ResidenceDuty } from '../entities/member-standing.entity.js';

/** Codes of this workflow's user errors (docs/workflows.md). */
export const IntroductionErrorCode = {
  LETTER_NOT_OPEN: 'LETTER_NOT_OPEN',
  ALREADY_RECEIVED: 'ALREADY_RECEIVED',
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  REGISTRATION_NOT_RECEIVED: 'REGISTRATION_NOT_RECEIVED',
  CELL_NOT_IN_WARD: 'CELL_NOT_IN_WARD',
  REASON_REQUIRED: 'REASON_REQUIRED',
  REASON_TOO_LONG: 'REASON_TOO_LONG',
} as const;

/**
 * The longest return reason the letter's owner keeps (the workplace's
 * `introduction_letter.return_reason` is varchar(400)): a longer one would be
 * refused there on delivery, the letter left returned here and issued there.
 */
export const RETURN_REASON_MAX_LENGTH = 400;

interface OwnersLetter {
  introductionLetter: {
    id: string;
    status: string;
    residenceAddress: string | null;
    exempt: boolean;
    toWard: { id: string };
    member: { id: string; status: string; residenceDuty: ResidenceDuty; workplaceOrganization: { id: string }; workplaceCell: { id: string } | null };
  } | null;
}

const LETTER_FROM_OWNER = `query LetterForReceipt($id: ID!) {
  introductionLetter(id: $id) {
    id status residenceAddress exempt toWard { id }
    member { id status residenceDuty workplaceOrganization { id } workplaceCell { id } }
  }
}`;

const NO_LETTER: Message = { vi: 'Không có giấy giới thiệu sinh hoạt đảng nào với mã này', en: 'No introduction letter with this id' };

/** A member's standing in words, for a refusal. */
const memberIs = (status: string | undefined): Message => ({
  vi: `Đảng viên ${membershipStatusWords(status)} ở nơi công tác, không phải đang sinh hoạt`,
  en: `The member is ${(status ?? 'unknown').toLowerCase()} at the workplace, not active`,
});

type OwnersLetterFound = NonNullable<OwnersLetter['introductionLetter']>;

/** Asks the workplace committee, the letter's owner, what the letter says. */
async function lettersOwnerSays(ctx: ResidenceContext, letterId: string): Promise<OwnersLetterFound> {
  if (!isUuid(letterId)) refuse(MutationErrorCode.NOT_FOUND, ['input', 'introductionLetterId'], NO_LETTER);
  const { introductionLetter } = await ctx.federation.query<OwnersLetter>(LETTER_FROM_OWNER, { id: letterId });
  if (!introductionLetter) refuse(MutationErrorCode.NOT_FOUND, ['input', 'introductionLetterId'], NO_LETTER);
  return introductionLetter;
}

/** The letter as its owner says, and the ward committee of its addressee acting: what receiving and returning both need first. */
async function lettersWard(ctx: ResidenceContext, letterId: string): Promise<OwnersLetterFound | Refusal> {
  const letter = await keepRefusal(lettersOwnerSays(ctx, letterId));
  if (!(letter instanceof Refusal)) await requireActingFor(ctx, ['WARD_COMMITTEE'], letter.toWard.id);
  return letter;
}

/** A ward answers a letter once, while the workplace still holds it open. */
async function refuseUnlessOpenForTheWard(scope: MutationScope, letter: OwnersLetterFound): Promise<void> {
  if (!['ISSUED', 'PRESENTED'].includes(letter.status)) {
    refuse(IntroductionErrorCode.LETTER_NOT_OPEN, ['input', 'introductionLetterId'], {
      vi: `Giấy giới thiệu ${letterStatusWords(letter.status)} ở nơi công tác, không còn để tiếp nhận`,
      en: `The letter is ${letter.status.toLowerCase()} at the workplace, not open`,
    });
  }
  if (await hasReceipt(scope.manager, letter.id)) {
    refuse(IntroductionErrorCode.ALREADY_RECEIVED, ['input', 'introductionLetterId'], {
      vi: 'Đảng ủy phường đã tiếp nhận hoặc trả lại giấy giới thiệu này rồi',
      en: 'The ward has already received or returned this letter',
    });
  }
}

/**
 * The ward receives the letter: a receipt, and a registration in status
 * RECEIVED; the member's standing as the letter's owner states it is projected.
 * A member whose open registration is in this same ward is re-homed instead
 * (a new workplace introduces a member who did not move): the registration
 * stays in its cell and status and now answers the new letter, and the
 * workplace hears at once that the letter is received (and assigned, with the
 * cell, when the registration is active). An open registration in another
 * ward ends: the member moved.
 */
export async function receiveIntroductionLetter(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; introductionLetterId: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const letter = await lettersWard(ctx, input.introductionLetterId);
  return runMutation(ctx, { operation: 'receiveIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (letter instanceof Refusal) throw letter;
    await refuseUnlessOpenForTheWard(scope, letter);
    if (letter.member.status !== 'ACTIVE') refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'introductionLetterId'], memberIs(letter.member.status));
    await projectStanding(scope, {
      memberId: letter.member.id,
      status: letter.member.status,
      workplaceOrganizationId: letter.member.workplaceOrganization.id,
      workplaceCellId: letter.member.workplaceCell?.id ?? null,
      residenceDuty: letter.member.residenceDuty,
      changedOn: scope.today,
    });
    await scope.create(LetterReceipt, {
      id: letter.id, memberId: letter.member.id, wardId: letter.toWard.id, status: 'RECEIVED', receivedOn: scope.today, returnedOn: null, returnReason: null, version: 1,
    });
    // The return stub goes back to the workplace, owner of the letter (outbox, delivered at least once).
    await scope.publish('IntroductionLetterReceived', 'workplace-committee', { introductionLetterId: letter.id, receivedOn: scope.today });
    // One open registration per member: kept when the member still lives in this ward, ended when they moved.
    let rehomed: ResidenceRegistration | null = null;
    for (const open of await findOpenRegistrationsOfMember(scope.manager, letter.member.id)) {
      if (open.wardId === letter.toWard.id) {
        rehomed = await scope.updateVersioned(ResidenceRegistration, open, open.version, {
          introductionLetterId: letter.id, address: letter.residenceAddress ?? open.address,
        });
      } else {
        await scope.updateVersioned(ResidenceRegistration, open, open.version, { status: 'ENDED', endedOn: scope.today, endReason: 'MOVED' });
        await scope.publish('MemberLeftResidence', 'evaluation', { memberId: open.memberId, wardId: open.wardId, reportedOn: scope.today });
      }
    }
    if (rehomed) {
      if (rehomed.status === 'ACTIVE') {
        await scope.publish('IntroductionLetterAssigned', 'workplace-committee', { introductionLetterId: letter.id, cellId: rehomed.cellId, assignedOn: scope.today });
      }
      return rehomed;
    }
    return scope.create(ResidenceRegistration, {
      id: crypto.randomUUID(),
      memberId: letter.member.id,
      introductionLetterId: letter.id,
      wardId: letter.toWard.id,
      cellId: null,
      address: letter.residenceAddress ?? '',
      receivedOn: scope.today,
      assignedOn: null,
      status: 'RECEIVED',
      activity: 'TWO_WAY',
      endedOn: null,
      endReason: null,
      version: 1,
    });
  });
}

/** The ward returns a letter that is not for it. */
export async function returnIntroductionLetter(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; introductionLetterId: string; reason: string },
): Promise<MutationResult<LetterReceipt>> {
  const letter = await lettersWard(ctx, input.introductionLetterId);
  return runMutation(ctx, { operation: 'returnIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: LetterReceipt }, async (scope) => {
    if (letter instanceof Refusal) throw letter;
    const reason = input.reason.trim();
    if (reason.length < 3) {
      refuse(IntroductionErrorCode.REASON_REQUIRED, ['input', 'reason'], { vi: 'Hãy ghi rõ lý do trả lại giấy giới thiệu', en: 'Say why the letter is returned' });
    }
    refuseTooLong(reason, RETURN_REASON_MAX_LENGTH, IntroductionErrorCode.REASON_TOO_LONG, ['input', 'reason'], { vi: 'Lý do trả lại giấy giới thiệu', en: 'The return reason' });
    await refuseUnlessOpenForTheWard(scope, letter);
    await scope.publish('IntroductionLetterReturned', 'workplace-committee', { introductionLetterId: letter.id, returnedOn: scope.today, reason });
    return scope.create(LetterReceipt, {
      id: letter.id, memberId: letter.member.id, wardId: letter.toWard.id, status: 'RETURNED', receivedOn: null, returnedOn: scope.today, returnReason: reason, version: 1,
    });
  });
}

const NO_REGISTRATION: Message = { vi: 'Không có đăng ký sinh hoạt nơi cư trú nào với mã này', en: 'No registration with this id' };

const MEMBER_STANDING = `query MemberStanding($id: ID!) { member(id: $id) { id status } }`;

/** The ward assigns a received member to one of its residential cells. */
export async function assignToResidentialCell(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; registrationId: string; version: number; cellId: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const registration = isUuid(input.registrationId)
    ? await findRegistration(ctx.dataSource, input.registrationId.toLowerCase())
    : null;
  if (registration) await requireActingFor(ctx, ['WARD_COMMITTEE'], registration.wardId);
  const standing = registration ? await keepRefusal(ctx.federation.query<{ member: { status: string } | null }>(MEMBER_STANDING, { id: registration.memberId })) : null;
  return runMutation(ctx, { operation: 'assignToResidentialCell', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (!registration) refuse(MutationErrorCode.NOT_FOUND, ['input', 'registrationId'], NO_REGISTRATION);
    if (standing instanceof Refusal) throw standing;
    const current = await scope.current(ResidenceRegistration, registration.id, input.version);
    if (current.status !== 'RECEIVED') {
      refuse(IntroductionErrorCode.REGISTRATION_NOT_RECEIVED, ['input', 'registrationId'], {
        vi: current.status === 'ACTIVE' ? 'Đảng viên đã được phân công về chi bộ rồi; chỉ phân công đảng viên mới tiếp nhận' : 'Đăng ký đã kết thúc; chỉ phân công đảng viên mới tiếp nhận',
        en: `The registration is ${current.status.toLowerCase()}; only a received member is assigned`,
      });
    }
    if (standing?.member?.status !== 'ACTIVE') refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'registrationId'], memberIs(standing?.member?.status));
    const cell = isUuid(input.cellId) ? await ctx.organizations.byId.load(input.cellId.toLowerCase()) : null;
    if (!cell || cell.kind !== 'RESIDENTIAL_CELL' || cell.parentId !== registration.wardId || !inForceOn(cell, scope.today)) {
      refuse(IntroductionErrorCode.CELL_NOT_IN_WARD, ['input', 'cellId'], {
        vi: 'Chỉ phân công về một chi bộ khu dân cư của phường này, đang hoạt động vào hôm nay',
        en: 'Assign to a residential cell of this ward, in force today',
      });
    }
    if (registration.introductionLetterId) {
      await scope.publish('IntroductionLetterAssigned', 'workplace-committee', { introductionLetterId: registration.introductionLetterId, cellId: cell.id, assignedOn: scope.today });
    }
    return scope.updateVersioned(ResidenceRegistration, current, input.version, { status: 'ACTIVE', cellId: cell.id, assignedOn: scope.today });
  });
}
