import type { DemoAttendance, DemoMeeting, DemoMember, DemoResidence, DemoScenario } from '@twoway/demo-data';
import type { AttendanceStatus, LetterReceiptStatus, MeetingKind, RegistrationStatus, ResidenceActivity } from '../generated/resolvers-types.js';
import type { ResidenceDuty } from '../entities/member-standing.entity.js';

/** A registration at residence as the ward keeps it (`residence_registration`). */
export type RegistrationRecord = Omit<DemoResidence, 'introductionId' | 'officers'> & { introductionLetterId: string | null; status: RegistrationStatus; activity: ResidenceActivity };

export type MeetingRecord = Omit<DemoMeeting, 'occasion'> & { kind: MeetingKind; attendanceRecordedOn: string | null };

/** One member's entry in a meeting's attendance (`meeting_attendance`). */
export type MeetingAttendanceRecord = Omit<DemoAttendance, 'presence'> & { status: AttendanceStatus; excuseReason: string | null };

/** The ward's return stub of an introduction letter (`letter_receipt`). */
export interface LetterReceiptRecord {
  id: string;
  memberId: string;
  wardId: string;
  status: LetterReceiptStatus;
  receivedOn: string | null;
  returnedOn: string | null;
  returnReason: string | null;
}

/** What the residence knows of a member's standing at the workplace (`member_standing`). */
export interface MemberStandingRecord {
  memberId: string;
  status: string;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  residenceDuty: ResidenceDuty;
  changedOn: string;
}

/** Where a registration stands, from its dates. */
export function registrationStatus(residence: DemoResidence): RegistrationStatus {
  if (residence.endedOn) return 'ENDED';
  return residence.assignedOn ? 'ACTIVE' : 'RECEIVED';
}

export function registrationRecord(residence: DemoResidence): RegistrationRecord {
  const { introductionId, officers: _officers, ...fields } = residence;
  // The story's members all work: every registration is two-way.
  return { ...fields, introductionLetterId: introductionId, status: registrationStatus(residence), activity: 'TWO_WAY' };
}

/** A meeting of the story: every one was held before the story's day, its attendance recorded on the day. */
export function meetingRecord(meeting: DemoMeeting): MeetingRecord {
  const { occasion, ...fields } = meeting;
  return { ...fields, kind: occasion, attendanceRecordedOn: meeting.heldOn };
}

export function meetingAttendanceRecord(attendance: DemoAttendance): MeetingAttendanceRecord {
  const { presence, ...fields } = attendance;
  return { ...fields, status: presence, excuseReason: null };
}

/** The return stubs: a receipt for every letter a ward received, and for those it returned. */
export function letterReceiptRecords(scenario: Pick<DemoScenario, 'residences' | 'introductions'>): LetterReceiptRecord[] {
  const received = scenario.residences
    .filter((r) => r.introductionId !== null)
    .map((r): LetterReceiptRecord => ({ id: r.introductionId!, memberId: r.memberId, wardId: r.wardId, status: 'RECEIVED', receivedOn: r.receivedOn, returnedOn: null, returnReason: null }));
  const returned = scenario.introductions
    .filter((l) => l.returnedOn !== null)
    .map((l): LetterReceiptRecord => ({ id: l.id, memberId: l.memberId, wardId: l.toWardId, status: 'RETURNED', receivedOn: null, returnedOn: l.returnedOn, returnReason: l.returnReason }));
  return [...received, ...returned];
}

/** A story member's duty at residence, as the workplace computes it: none once they left, exempt with an exemption, two-way otherwise. */
export function residenceDutyOf(member: DemoMember): ResidenceDuty {
  if (member.membershipEnded) return 'NONE';
  return member.exemption ? 'EXEMPT' : 'TWO_WAY';
}

/** The projection of the workplace's member standing, as the workplace's events would have built it by the day. */
export function memberStandingRecords(scenario: Pick<DemoScenario, 'members' | 'today'>): MemberStandingRecord[] {
  return scenario.members.map((m) => ({
    memberId: m.id,
    status: m.membershipEnded ?? 'ACTIVE',
    workplaceOrganizationId: m.workplaceOrganizationId,
    workplaceCellId: m.workplaceCellId,
    residenceDuty: residenceDutyOf(m),
    changedOn: scenario.today,
  }));
}

/** The residence committee's demo rows: registrations, meetings and attendance, return stubs, standing at the workplace. */
export function residenceDemoRows(scenario: Pick<DemoScenario, 'today' | 'members' | 'introductions' | 'residences' | 'meetings' | 'attendances'>) {
  return {
    registrations: scenario.residences.map(registrationRecord),
    meetings: scenario.meetings.map(meetingRecord),
    attendances: scenario.attendances.map(meetingAttendanceRecord),
    letterReceipts: letterReceiptRecords(scenario),
    memberStandings: memberStandingRecords(scenario),
  };
}
