import { isUuid } from '@twoway/platform';
import { MutationErrorCode, Refusal, keepRefusal, refuse, requireActingFor, runMutation, type MutationResult, type MutationScope } from '@twoway/subgraph-runtime';
import type { ResidenceContext } from '../context.js';
import { LetterReceipt } from '../entities/letter-receipt.entity.js';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import { findOpenRegistrationsOfMember, findRegistration } from '../repositories/residence-registration.repository.js';
import { hasReceipt } from '../repositories/letter-receipt.repository.js';

/** Codes of this workflow's user errors (docs/workflows.md). */
export const IntroductionErrorCode = {
  LETTER_NOT_OPEN: 'LETTER_NOT_OPEN',
  ALREADY_RECEIVED: 'ALREADY_RECEIVED',
  MEMBER_NOT_ACTIVE: 'MEMBER_NOT_ACTIVE',
  REGISTRATION_NOT_RECEIVED: 'REGISTRATION_NOT_RECEIVED',
  CELL_NOT_IN_WARD: 'CELL_NOT_IN_WARD',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

interface OwnersLetter {
  introductionLetter: {
    id: string;
    status: string;
    residenceAddress: string | null;
    toWard: { id: string };
    member: { id: string; status: string };
  } | null;
}

const LETTER_FROM_OWNER = `query LetterForReceipt($id: ID!) {
  introductionLetter(id: $id) { id status residenceAddress toWard { id } member { id status } }
}`;

type OwnersLetterFound = NonNullable<OwnersLetter['introductionLetter']>;

/** Asks the workplace committee, the letter's owner, what the letter says. */
async function lettersOwnerSays(ctx: ResidenceContext, letterId: string): Promise<OwnersLetterFound> {
  if (!isUuid(letterId)) refuse(MutationErrorCode.NOT_FOUND, ['input', 'introductionLetterId'], 'No introduction letter with this id');
  const { introductionLetter } = await ctx.federation.query<OwnersLetter>(LETTER_FROM_OWNER, { id: letterId });
  if (!introductionLetter) refuse(MutationErrorCode.NOT_FOUND, ['input', 'introductionLetterId'], 'No introduction letter with this id');
  return introductionLetter;
}

/** The letter as its owner says, and the ward committee of its addressee acting: what receiving and returning both need first. */
async function lettersWard(ctx: ResidenceContext, letterId: string): Promise<OwnersLetterFound | Refusal> {
  const letter = await keepRefusal(lettersOwnerSays(ctx, letterId));
  if (!(letter instanceof Refusal)) await requireActingFor(ctx.principal, ctx.organizations, ['WARD_COMMITTEE'], letter.toWard.id);
  return letter;
}

/** A ward answers a letter once, while the workplace still holds it open. */
async function refuseUnlessOpenForTheWard(scope: MutationScope, letter: OwnersLetterFound): Promise<void> {
  if (!['ISSUED', 'PRESENTED'].includes(letter.status)) {
    refuse(IntroductionErrorCode.LETTER_NOT_OPEN, ['input', 'introductionLetterId'], `The letter is ${letter.status.toLowerCase()} at the workplace, not open`);
  }
  if (await hasReceipt(scope.manager, letter.id)) {
    refuse(IntroductionErrorCode.ALREADY_RECEIVED, ['input', 'introductionLetterId'], 'The ward has already received or returned this letter');
  }
}

/** The ward receives the letter: a receipt, and a registration in status RECEIVED. */
export async function receiveIntroductionLetter(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; introductionLetterId: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const letter = await lettersWard(ctx, input.introductionLetterId);
  return runMutation(ctx, { operation: 'receiveIntroductionLetter', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (letter instanceof Refusal) throw letter;
    await refuseUnlessOpenForTheWard(scope, letter);
    if (letter.member.status !== 'ACTIVE') {
      refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'introductionLetterId'], `The member is ${letter.member.status.toLowerCase()} at the workplace`);
    }
    // One open registration per member: a new introduction after a move ends the old one.
    for (const open of await findOpenRegistrationsOfMember(scope.manager, letter.member.id)) {
      await scope.updateVersioned(ResidenceRegistration, open, open.version, { status: 'ENDED', endedOn: scope.today, endReason: 'MOVED' });
    }
    await scope.create(LetterReceipt, {
      id: letter.id, memberId: letter.member.id, wardId: letter.toWard.id, status: 'RECEIVED', receivedOn: scope.today, returnedOn: null, returnReason: null, version: 1,
    });
    // The return stub goes back to the workplace, owner of the letter (outbox, delivered at least once).
    await scope.publish('IntroductionLetterReceived', 'workplace-committee', { introductionLetterId: letter.id, receivedOn: scope.today });
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
    if (reason.length < 3) refuse(IntroductionErrorCode.REASON_REQUIRED, ['input', 'reason'], 'Say why the letter is returned');
    await refuseUnlessOpenForTheWard(scope, letter);
    await scope.publish('IntroductionLetterReturned', 'workplace-committee', { introductionLetterId: letter.id, returnedOn: scope.today, reason });
    return scope.create(LetterReceipt, {
      id: letter.id, memberId: letter.member.id, wardId: letter.toWard.id, status: 'RETURNED', receivedOn: null, returnedOn: scope.today, returnReason: reason, version: 1,
    });
  });
}

const MEMBER_STANDING = `query MemberStanding($id: ID!) { member(id: $id) { id status } }`;

/** The ward assigns a received member to one of its residential cells. */
export async function assignToResidentialCell(
  ctx: ResidenceContext,
  input: { idempotencyKey: string; registrationId: string; version: number; cellId: string },
): Promise<MutationResult<ResidenceRegistration>> {
  const registration = isUuid(input.registrationId)
    ? await findRegistration(ctx.dataSource, input.registrationId.toLowerCase())
    : null;
  if (registration) await requireActingFor(ctx.principal, ctx.organizations, ['WARD_COMMITTEE'], registration.wardId);
  const standing = registration ? await keepRefusal(ctx.federation.query<{ member: { status: string } | null }>(MEMBER_STANDING, { id: registration.memberId })) : null;
  return runMutation(ctx, { operation: 'assignToResidentialCell', idempotencyKey: input.idempotencyKey, entity: ResidenceRegistration }, async (scope) => {
    if (!registration) refuse(MutationErrorCode.NOT_FOUND, ['input', 'registrationId'], 'No registration with this id');
    if (standing instanceof Refusal) throw standing;
    const current = await scope.current(ResidenceRegistration, registration.id, input.version);
    if (current.status !== 'RECEIVED') {
      refuse(IntroductionErrorCode.REGISTRATION_NOT_RECEIVED, ['input', 'registrationId'], `The registration is ${current.status.toLowerCase()}; only a received member is assigned`);
    }
    if (standing?.member?.status !== 'ACTIVE') {
      refuse(IntroductionErrorCode.MEMBER_NOT_ACTIVE, ['input', 'registrationId'], `The member is ${(standing?.member?.status ?? 'unknown').toLowerCase()} at the workplace`);
    }
    const cell = isUuid(input.cellId) ? await ctx.organizations.byId.load(input.cellId.toLowerCase()) : null;
    if (!cell || cell.kind !== 'RESIDENTIAL_CELL' || cell.parentId !== registration.wardId || (cell.validTo !== null && cell.validTo < scope.today)) {
      refuse(IntroductionErrorCode.CELL_NOT_IN_WARD, ['input', 'cellId'], 'Assign to a residential cell of this ward, in force today');
    }
    if (registration.introductionLetterId) {
      await scope.publish('IntroductionLetterAssigned', 'workplace-committee', { introductionLetterId: registration.introductionLetterId, cellId: cell.id, assignedOn: scope.today });
    }
    return scope.updateVersioned(ResidenceRegistration, current, input.version, { status: 'ACTIVE', cellId: cell.id, assignedOn: scope.today });
  });
}
