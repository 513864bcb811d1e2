import type { DemoIntroduction, DemoMember, DemoScenario } from '@twoway/demo-data';
import type { ExemptionCategory, IntroductionLetterStatus, LetterEndReason, MembershipStatus, Sex } from '../generated/resolvers-types.js';
import { expectsIntroduction } from '../entities/member.entity.js';
import { letterNumber } from '../entities/introduction-letter.entity.js';
import { isOpenLetterStatus } from '../repositories/introduction-letter.repository.js';

/** A member as the workplace committee records them (`member`): the story's member in its schema's words. */
export type MemberRecord = Omit<DemoMember, 'female' | 'exemption' | 'membershipEnded'> & {
  sex: Sex;
  exemptionCategory: ExemptionCategory | null;
  status: MembershipStatus;
  introductionDueSince: string | null;
};

/** An introduction letter as the workplace committee keeps it (`introduction_letter`). */
export type IntroductionLetterRecord = Omit<DemoIntroduction, 'superseded'> & { status: IntroductionLetterStatus; endReason: LetterEndReason | null; endedOn: string | null };

/**
 * A member's record; `letters` (the member's, as recorded) say since when they
 * are due for introduction: an active member expected at residence with no
 * letter in force is due since the latest of admission, a letter's return and
 * a letter's end.
 */
export function memberRecord(member: DemoMember, letters: readonly IntroductionLetterRecord[] = []): MemberRecord {
  const { female, exemption, membershipEnded, ...identity } = member;
  const record = { ...identity, sex: female ? 'FEMALE' as const : 'MALE' as const, exemptionCategory: exemption, status: membershipEnded ?? 'ACTIVE' as MembershipStatus };
  const due = expectsIntroduction(record) && !letters.some((l) => isOpenLetterStatus(l.status));
  const since = [member.admissionDate, ...letters.flatMap((l) => [l.returnedOn, l.endedOn])].filter((d): d is string => d !== null).sort().at(-1)!;
  return { ...record, introductionDueSince: due ? since : null };
}

/** Where a letter stands, from what became of it. */
export function letterStatus(letter: DemoIntroduction): IntroductionLetterStatus {
  if (letter.superseded) return 'ENDED';
  if (letter.returnedOn) return 'RETURNED';
  if (letter.assignedOn) return 'ASSIGNED';
  if (letter.receivedOn) return 'RECEIVED';
  return letter.presentedOn ? 'PRESENTED' : 'ISSUED';
}

/**
 * A letter's record. The story numbers letters "2025/GGT-00012" or "G-12"; the
 * form's pattern is "<serial>-GGT" ("12-GGT"), the serials staying unique and,
 * in the demo data, below the sequence new letters are numbered from (100001;
 * a generated data set moves it past its own: WORKPLACE_AFTER_LOAD). A superseded
 * letter ended the day the member's next letter (`next`) was issued.
 */
export function introductionLetterRecord(letter: DemoIntroduction, next?: Pick<DemoIntroduction, 'issuedOn'>): IntroductionLetterRecord {
  const { superseded, ...fields } = letter;
  const serial = Number(/(\d+)$/.exec(letter.number)?.[1] ?? '0');
  return {
    ...fields,
    number: letterNumber(serial),
    status: letterStatus(letter),
    endReason: superseded ? 'SUPERSEDED' : null,
    endedOn: superseded ? (next?.issuedOn ?? null) : null,
  };
}

/** The workplace committee's rows of members and letters, each letter knowing the member's next one. */
export function workplaceRecords(members: readonly DemoMember[], introductions: readonly DemoIntroduction[]): { members: MemberRecord[]; introductionLetters: IntroductionLetterRecord[] } {
  const byMember = new Map<string, DemoIntroduction[]>();
  for (const letter of introductions) byMember.set(letter.memberId, [...(byMember.get(letter.memberId) ?? []), letter]);
  const nextOf = (letter: DemoIntroduction) =>
    (byMember.get(letter.memberId) ?? []).filter((l) => l.id !== letter.id && l.issuedOn >= letter.issuedOn).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn))[0];
  const introductionLetters = introductions.map((l) => introductionLetterRecord(l, nextOf(l)));
  const lettersOf = new Map<string, IntroductionLetterRecord[]>();
  for (const letter of introductionLetters) lettersOf.set(letter.memberId, [...(lettersOf.get(letter.memberId) ?? []), letter]);
  return { members: members.map((m) => memberRecord(m, lettersOf.get(m.id))), introductionLetters };
}

/** The workplace committee's demo rows: the story's members and their introduction letters. */
export function workplaceDemoRows(scenario: Pick<DemoScenario, 'members' | 'introductions'>) {
  return workplaceRecords(scenario.members, scenario.introductions);
}
