/** Plain records of the demo data set, grouped by the subgraph that owns them. */

export type Sex = 'MALE' | 'FEMALE';
export type MembershipStatus = 'ACTIVE' | 'TRANSFERRED' | 'EXPELLED' | 'REMOVED' | 'DECEASED' | 'RETIRED';
export type ExemptionCategory = 'ARMED_FORCES_IN_BARRACKS' | 'MOBILE_WORKER' | 'FULL_YEAR_TRAINEE' | 'STUDENT_AWAY';
export type IntroductionLetterStatus = 'ISSUED' | 'PRESENTED' | 'RECEIVED' | 'ASSIGNED' | 'RETURNED' | 'ENDED';
export type RegistrationStatus = 'RECEIVED' | 'ACTIVE' | 'ENDED';
export type MeetingKind = 'SEMI_ANNUAL_TWO_WAY' | 'REGULAR_CELL' | 'RESIDENTS';
export type AttendanceStatus = 'PRESENT' | 'LATE' | 'LEFT_EARLY' | 'EXCUSED' | 'ABSENT';
export type CommentPurpose = 'ANNUAL' | 'APPOINTMENT' | 'NOMINATION' | 'AWARD' | 'DISCIPLINE';
export type CommentRequestStatus = 'SENT' | 'RECEIVED' | 'DRAFTED' | 'SIGNED' | 'CERTIFIED' | 'RETURNED' | 'USED_IN_REVIEW' | 'WAIVED' | 'CANCELLED';
export type Recommendation = 'COMMEND' | 'NONE' | 'CONSIDER_ACTION';

export interface MemberRecord {
  id: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  admissionDate: string;
  fullMembershipDate: string | null;
  partyCardNumber: string | null;
  dossierNumber: string;
  citizenId: string;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  position: string;
  exemptionCategory: ExemptionCategory | null;
  status: MembershipStatus;
}

export interface IntroductionLetterRecord {
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
  status: IntroductionLetterStatus;
  dueOn: string;
  presentedOn: string | null;
  receivedOn: string | null;
  assignedOn: string | null;
  returnedOn: string | null;
  returnReason: string | null;
}

export interface RegistrationRecord {
  id: string;
  memberId: string;
  introductionLetterId: string | null;
  wardId: string;
  cellId: string | null;
  address: string;
  receivedOn: string;
  assignedOn: string | null;
  status: RegistrationStatus;
  endedOn: string | null;
  endReason: string | null;
}

export interface MeetingRecord {
  id: string;
  organizationId: string;
  kind: MeetingKind;
  heldOn: string;
  agenda: string;
}

export interface AttendanceRecord {
  meetingId: string;
  memberId: string;
  organizationId: string;
  heldOn: string;
  status: AttendanceStatus;
  contribution: string | null;
}

export interface CommentRequestRecord {
  id: string;
  memberId: string;
  purpose: CommentPurpose;
  year: number | null;
  workplaceOrganizationId: string;
  workplaceCellId: string;
  wardId: string | null;
  cellId: string | null;
  requestedOn: string;
  dueOn: string;
  status: CommentRequestStatus;
}

export interface CommentFormRecord {
  id: string;
  requestId: string;
  memberId: string;
  year: number | null;
  /** Code of the criteria set the form was written against (reference data of the evaluation subgraph). */
  criteriaSetCode: string;
  /** Level 1..3 for each criterion, in criterion order. */
  levels: number[];
  recommendation: Recommendation;
  remarks: string | null;
  cellId: string;
  wardId: string;
  draftedOn: string;
  signedOn: string;
  signedBy: string;
  certifiedOn: string | null;
  certifiedBy: string | null;
  returnedOn: string | null;
}

export interface AnnualReviewRecord {
  id: string;
  memberId: string;
  year: number;
  score: number;
  decidedOn: string;
  workplaceCellId: string;
  commentFormId: string | null;
}
