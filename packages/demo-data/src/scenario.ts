/**
 * The facts of the story every subgraph's demo rows are drawn from: who the members are and where they work,
 * where they live and since when, the letters that introduced them, the meetings and who came. The story
 * speaks its own words; each subgraph's demo rows (subgraphs/<name>/src/demo/) put them in its own schema's
 * vocabulary, and the type checker tells a subgraph when its schema and the story no longer fit.
 */
import type { OrganizationRecord } from './organization-tree.js';

/** Why a member is exempt from activity where they live, when they are. */
export type Exemption = 'MOBILE_WORKER' | 'FULL_YEAR_TRAINEE' | 'STUDENT_AWAY';

/** How a membership ended at the workplace, when it did: the workplace knows, the residence may not have heard. */
export type MembershipEnd = 'TRANSFERRED' | 'DECEASED';

/** How a member took part in a meeting. */
export type Presence = 'PRESENT' | 'LATE' | 'LEFT_EARLY' | 'EXCUSED' | 'ABSENT';

/** What brought a meeting together. */
export type MeetingOccasion = 'SEMI_ANNUAL_TWO_WAY' | 'RESIDENTS';

/** A Party member of the story: who they are and where they work. */
export interface DemoMember {
  id: string;
  fullName: string;
  female: boolean;
  birthDate: string;
  admissionDate: string;
  fullMembershipDate: string | null;
  partyCardNumber: string | null;
  dossierNumber: string;
  citizenId: string;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  position: string;
  exemption: Exemption | null;
  membershipEnded: MembershipEnd | null;
  /**
   * The day the membership ended at the workplace (its first day gone), where the story tells it: the generated
   * data sets record it (a member change), the hand-written demo does not (its leavers count in no figure).
   */
  membershipEndedOn?: string | null;
}

/**
 * A workplace's letter introducing a member to the ward where they live, and
 * what became of it: presented, received, assigned to a cell, returned, or
 * superseded when the member moved on.
 */
export interface DemoIntroduction {
  id: string;
  number: string;
  memberId: string;
  workplaceOrganizationId: string;
  issuedOn: string;
  signerName: string;
  toWardId: string;
  toCellId: string | null;
  residenceAddress: string;
  exempt: boolean;
  /** The last day to present it to the ward. */
  dueOn: string;
  presentedOn: string | null;
  receivedOn: string | null;
  assignedOn: string | null;
  returnedOn: string | null;
  returnReason: string | null;
  superseded: boolean;
}

/** Who runs a residential cell: its secretary, and who certifies for its ward. */
export interface CellOfficers {
  secretary: string;
  wardCertifier: string;
}

/**
 * Where a member lives and is listed by the ward: received on a day, assigned
 * to a residential cell (or not yet), until they moved away. Open residences
 * sit on the nodes in force today; closed ones keep the nodes they had.
 */
export interface DemoResidence {
  id: string;
  memberId: string;
  introductionId: string | null;
  wardId: string;
  cellId: string | null;
  address: string;
  receivedOn: string;
  assignedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  /** Who runs the cell the member lives in (null when the story does not say). */
  officers: CellOfficers | null;
}

export interface DemoMeeting {
  id: string;
  organizationId: string;
  occasion: MeetingOccasion;
  heldOn: string;
  agenda: string;
}

/** One member expected at one meeting, and how they took part. */
export interface DemoAttendance {
  meetingId: string;
  memberId: string;
  organizationId: string;
  heldOn: string;
  presence: Presence;
  contribution: string | null;
}

export interface DemoScenario {
  /** The day the story is told on; every date in it is relative to this day. */
  today: string;
  organizations: OrganizationRecord[];
  members: DemoMember[];
  /**
   * Whether a member takes part where they live; absent for those who live
   * nowhere the story follows.
   */
  engaged: ReadonlyMap<string, boolean>;
  introductions: DemoIntroduction[];
  residences: DemoResidence[];
  meetings: DemoMeeting[];
  attendances: DemoAttendance[];
}

/** Late arrivals and early leavers took part; the excused and the absent did not. */
export function tookPart(presence: Presence): boolean {
  return presence !== 'ABSENT' && presence !== 'EXCUSED';
}
