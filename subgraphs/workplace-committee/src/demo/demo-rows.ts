import type { DemoIntroduction, DemoMember, DemoScenario } from '@twoway/demo-data';
import type { ExemptionCategory, IntroductionLetterStatus, MembershipStatus, Sex } from '../generated/resolvers-types.js';

/** A member as the workplace committee records them (`member`): the story's member in its schema's words. */
export type MemberRecord = Omit<DemoMember, 'female' | 'exemption' | 'membershipEnded'> & {
  sex: Sex;
  exemptionCategory: ExemptionCategory | null;
  status: MembershipStatus;
};

/** An introduction letter as the workplace committee keeps it (`introduction_letter`). */
export type IntroductionLetterRecord = Omit<DemoIntroduction, 'superseded'> & { status: IntroductionLetterStatus };

export function memberRecord(member: DemoMember): MemberRecord {
  const { female, exemption, membershipEnded, ...identity } = member;
  return { ...identity, sex: female ? 'FEMALE' : 'MALE', exemptionCategory: exemption, status: membershipEnded ?? 'ACTIVE' };
}

/** Where a letter stands, from what became of it. */
export function letterStatus(letter: DemoIntroduction): IntroductionLetterStatus {
  if (letter.superseded) return 'ENDED';
  if (letter.returnedOn) return 'RETURNED';
  if (letter.assignedOn) return 'ASSIGNED';
  if (letter.receivedOn) return 'RECEIVED';
  return letter.presentedOn ? 'PRESENTED' : 'ISSUED';
}

export function introductionLetterRecord(letter: DemoIntroduction): IntroductionLetterRecord {
  const { superseded: _superseded, ...fields } = letter;
  return { ...fields, status: letterStatus(letter) };
}

/** The workplace committee's demo rows: the story's members and their introduction letters. */
export function workplaceDemoRows(scenario: Pick<DemoScenario, 'members' | 'introductions'>) {
  return { members: scenario.members.map(memberRecord), introductionLetters: scenario.introductions.map(introductionLetterRecord) };
}
