import type { MutationScope } from '@twoway/subgraph-runtime';
import type { LetterEndReason } from '../generated/resolvers-types.js';
import { IntroductionLetter } from '../entities/introduction-letter.entity.js';
import { Member, expectsIntroduction, residenceDutyOf } from '../entities/member.entity.js';
import { findOpenLettersOfMember, isOpenLetterStatus } from '../repositories/introduction-letter.repository.js';
import { ResidenceLeavingNotice } from '../entities/change-notice.entity.js';
import { findOpenLeavingNotices } from '../repositories/change-notice.repository.js';

/**
 * What every workflow and event handler that starts or ends a letter, or
 * changes a member's standing, must keep together (docs/party-life.md): why
 * and when letters end, since when the member is due for introduction, and the
 * residence's copy of the member's standing.
 */

/** Ends letters still in force, saying why and since when. */
export async function endLetters(scope: MutationScope, letters: readonly IntroductionLetter[], endReason: LetterEndReason, endedOn: string): Promise<void> {
  for (const letter of letters) {
    if (!isOpenLetterStatus(letter.status)) continue;
    // A letter issued after the day the change took effect ends on the day it was issued, never before it.
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'ENDED', endReason, endedOn: endedOn < letter.issuedOn ? letter.issuedOn : endedOn });
  }
}

/**
 * Closes the wards' open leaving notices about a member no letter will
 * introduce any more (left the Party organisation, special duty), from the day
 * the change took effect (never before a notice was reported), saying which.
 */
export async function closeLeavingNotices(scope: MutationScope, memberId: string, reason: string, effectiveOn: string): Promise<void> {
  for (const notice of await findOpenLeavingNotices(scope.manager, memberId)) {
    const closed = { status: 'CLOSED' as const, closedOn: effectiveOn < notice.reportedOn ? notice.reportedOn : effectiveOn, closedReason: reason };
    await scope.manager.update(ResidenceLeavingNotice, { id: notice.id }, closed);
    await scope.audit('CLOSE', 'ResidenceLeavingNotice', notice.id, notice, { ...notice, ...closed });
  }
}

/**
 * After a letter ended or was returned outside a member mutation (an event
 * from the ward): the member becomes due for introduction from `since` if
 * their duty expects an introduction, no other letter is in force, and they
 * were not already due. Bookkeeping, not a change of the member's standing:
 * written without a new version (the officials' open forms stay valid), audited.
 */
export async function becomeDueIfUnintroduced(scope: MutationScope, memberId: string, since: string): Promise<void> {
  const member = await scope.manager.findOneBy(Member, { id: memberId });
  if (!member || member.introductionDueSince !== null || !expectsIntroduction(member)) return;
  if ((await findOpenLettersOfMember(scope.manager, memberId)).length > 0) return;
  await scope.manager.update(Member, { id: memberId }, { introductionDueSince: since });
  await scope.audit('UPDATE', 'Member', memberId, member, { ...member, introductionDueSince: since });
}

/**
 * Tells the residence the member's standing (status, workplace, duty): it
 * keeps a projection of it (`member_standing`) for its own rules and lists.
 */
export async function publishStanding(scope: MutationScope, member: Member, changedOn: string): Promise<void> {
  await scope.publish('MemberStandingChanged', 'residence-committee', {
    memberId: member.id,
    status: member.status,
    workplaceOrganizationId: member.workplaceOrganizationId,
    workplaceCellId: member.workplaceCellId,
    residenceDuty: residenceDutyOf(member),
    changedOn,
  });
}
