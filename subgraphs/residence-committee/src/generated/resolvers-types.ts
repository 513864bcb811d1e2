import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationUnit as OrganizationUnitEntity } from '@twoway/org-tree';
import type { DisagreementRecord as DisagreementRecordEntity, OrganizationCountRecord as OrganizationCountRecordEntity, StatisticsKey as StatisticsKeyEntity } from '@twoway/subgraph-runtime';
import type { MemberReference as MemberReferenceEntity, ResidenceContext } from '../context.js';
import type { ResidenceRegistration as ResidenceRegistrationEntity } from '../entities/residence-registration.entity.js';
import type { Meeting as MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingAttendance as MeetingAttendanceEntity } from '../entities/meeting-attendance.entity.js';
import type { LetterReceipt as LetterReceiptEntity } from '../entities/letter-receipt.entity.js';
import type { ChangeNoticeAcknowledgement as ChangeNoticeAcknowledgementEntity } from '../entities/change-notice-acknowledgement.entity.js';
import type { AttendanceSummary as AttendanceSummaryEntity } from '../repositories/attendance.repository.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 YYYY-MM-DD, reckoned in Vietnam (Asia/Ho_Chi_Minh). */
  Date: { input: string; output: string; }
  /** A JSON value (a record as it was before or after a change). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A ward's acknowledgement of a workplace's change notice (thông báo thay đổi). */
export type AcknowledgeChangeNoticeInput = {
  /** Id of the change notice, owned by the workplace committee and addressed to the acting ward; acknowledged once. */
  changeNoticeId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
};

/** A ward's assignment of a received member to one of its residential cells (phân công về chi bộ). */
export type AssignToResidentialCellInput = {
  /** The residential cell: one of the registration's ward, in force today. */
  cellId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The registration to assign, in status RECEIVED. */
  registrationId: Scalars['ID']['input'];
  /** The version of the registration the caller saw. */
  version: Scalars['Int']['input'];
};

/** One member's attendance at one meeting. */
export type Attendance = {
  __typename?: 'Attendance';
  /** What the member contributed (ý kiến đóng góp), if recorded. */
  contribution?: Maybe<Scalars['String']['output']>;
  /** The reason the member gave when they excused themself before the meeting. */
  excuseReason?: Maybe<Scalars['String']['output']>;
  /** The meeting: its kind and day come with the entry, whoever holds it; its history only to those whose scope covers its cell or ward. */
  meeting: Meeting;
  /** How the member attended. */
  status: AttendanceStatus;
};

/** One member's attendance to record; a member recorded again has their entry corrected. */
export type AttendanceEntryInput = {
  /** What the member contributed (ý kiến đóng góp), at most 2,000 characters; optional. */
  contribution?: InputMaybe<Scalars['String']['input']>;
  /** The member (their id). */
  memberId: Scalars['ID']['input'];
  /** How the member attended. A member's own excuse reason is kept only while the status stays EXCUSED. */
  status: AttendanceStatus;
};

/**
 * A member's attendance over a period (sổ theo dõi sinh hoạt). A member the
 * workplace reports EXEMPT or NOT_INTRODUCED is never expected: only the
 * meetings they came to count (as expected and attended); `entries` lists all.
 */
export type AttendanceRecord = {
  __typename?: 'AttendanceRecord';
  /** Meetings the member was absent from without leave (ABSENT); 0 for a member never expected. */
  absent: Scalars['Int']['output'];
  /** Share of expected meetings attended (present, late or left early), 0 to 1; null when none were expected. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Each meeting in the period, the newest first. */
  entries: Array<Attendance>;
  /** Meetings the member was absent from with leave (EXCUSED); 0 for a member never expected. */
  excused: Scalars['Int']['output'];
  /** First day of the period (YYYY-MM-DD), inclusive. */
  from: Scalars['Date']['output'];
  /** Meetings the member came to late (LATE); they count as attended. */
  late: Scalars['Int']['output'];
  /** Meetings the member left early (LEFT_EARLY); they count as attended. */
  leftEarly: Scalars['Int']['output'];
  /** Meetings the member was expected at in the period. */
  meetingsExpected: Scalars['Int']['output'];
  /** Meetings the member attended in full (PRESENT). */
  present: Scalars['Int']['output'];
  /** Last day of the period (YYYY-MM-DD), inclusive. */
  to: Scalars['Date']['output'];
};

/** How a member attended a meeting. */
export type AttendanceStatus =
  /** Absent without leave (vắng không lý do). */
  | 'ABSENT'
  /** Absent with leave (vắng có lý do). */
  | 'EXCUSED'
  /** Came late (đến muộn); counts as attended. */
  | 'LATE'
  /** Left before the end (về sớm); counts as attended. */
  | 'LEFT_EARLY'
  /** Present for the whole meeting (có mặt). */
  | 'PRESENT';

/** One change in a document's history, from the append-only audit log of the subgraph that owns it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done: CREATE, UPDATE, a workflow's step (e.g. RESOLVE, RECORD_ATTENDANCE), or READ_PERSONAL_DATA for an audited read of personal data. */
  action: Scalars['String']['output'];
  /** The organisation they acted for. */
  actorOrganizationId: Scalars['ID']['output'];
  /** The role they acted in. */
  actorRole: Scalars['String']['output'];
  /** Who acted (the token subject). */
  actorSubject: Scalars['String']['output'];
  /** The record after the change, without guarded values. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The record before the change, without guarded values (citizen ID, birth date, Party numbers, addresses): read those through the record's fields. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When it happened: an ISO 8601 instant (UTC), as the subgraph's clock read it. */
  occurredAt: Scalars['String']['output'];
};

/** A page of a document's history, oldest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page, oldest first. */
  edges: Array<AuditEntryEdge>;
  /** Whether more entries follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** Number of entries in the whole history, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of a document's history, with its place in the list. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque; pass it as `after` to read the entries after this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** A page of residential cells overdue for their semi-annual two-way meeting. */
export type CellWithoutSemiAnnualMeetingConnection = {
  __typename?: 'CellWithoutSemiAnnualMeetingConnection';
  /** The cells of this page, never-met cells first, then the longest waiting. */
  edges: Array<CellWithoutSemiAnnualMeetingEdge>;
  /** Whether more cells follow, and the cursor to read them from. */
  pageInfo: PageInfo;
  /** Number of cells in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A residential cell overdue for its semi-annual two-way meeting, with when it last held one and how many members wait. */
export type CellWithoutSemiAnnualMeetingEdge = {
  __typename?: 'CellWithoutSemiAnnualMeetingEdge';
  /** This edge's place in the list: pass it as `after` to read the cells that follow. */
  cursor: Scalars['String']['output'];
  /** Day of the cell's last semi-annual two-way meeting up to `asOf`; null if it never held one. */
  lastHeldOn?: Maybe<Scalars['Date']['output']>;
  /** The residential cell. */
  node: Organization;
  /** Two-way members registered in the cell on `asOf`, waiting for the meeting. */
  twoWayMembersWaiting: Scalars['Int']['output'];
};

/** A ward's acknowledgement of a change notice. */
export type ChangeNoticeAcknowledgement = {
  __typename?: 'ChangeNoticeAcknowledgement';
  /** Day the ward acknowledged the notice (YYYY-MM-DD). */
  acknowledgedOn: Scalars['Date']['output'];
  /** Id of the workplace's change notice acknowledged. */
  changeNoticeId: Scalars['ID']['output'];
  /** Registrations the notice ended. */
  endedRegistrations: Array<ResidenceRegistration>;
  /** The ward that acknowledged it, the notice's addressee. */
  ward: Organization;
};

/** The acknowledgement made, or why it was not. */
export type ChangeNoticeAcknowledgementPayload = {
  __typename?: 'ChangeNoticeAcknowledgementPayload';
  /** The acknowledgement, with the registrations it ended; null when refused. */
  changeNoticeAcknowledgement?: Maybe<ChangeNoticeAcknowledgement>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** A new node of the tree, added by the subgraph that keeps nodes of its kind. */
export type CreateOrganizationUnitInput = {
  /** Retrying with the same key returns the first result and creates nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The new node's level and branch; the subgraph that keeps nodes of that kind adds it. */
  kind: OrganizationKind;
  /** Official name. */
  name: Scalars['String']['input'];
  /** The node directly above the new one, in force on `validFrom`. */
  parentId: Scalars['ID']['input'];
  /** First day the node exists. */
  validFrom: Scalars['Date']['input'];
};

/**
 * Two facts about a member that do not agree, found by the subgraph that holds
 * both (its own record and its projection of the other side's).
 */
export type Disagreement = {
  __typename?: 'Disagreement';
  /**
   * The facts, for a person (in Vietnamese). Never carries personal data or
   * Party record numbers: those are read through the records' guarded fields.
   */
  detail: Scalars['String']['output'];
  /** What disagrees, e.g. LEFT_AT_WORKPLACE_STILL_ACTIVE_AT_RESIDENCE. */
  kind: Scalars['String']['output'];
  /** The member the disagreement is about (their records as the caller may read them). */
  member: Member;
  /** The organisation node the disagreement is found at. */
  organization?: Maybe<Organization>;
  /**
   * The other member records in the clash (for SHARED_CITIZEN_ID: the records
   * that carry the same citizen ID), as far as the caller may reach them; what
   * the caller sees of each is up to the field policy. Empty when the
   * disagreement is about one record.
   */
  relatedMembers: Array<Member>;
};

/** A page of disagreements. */
export type DisagreementConnection = {
  __typename?: 'DisagreementConnection';
  /** The disagreements of this page, in the list's order. */
  edges: Array<DisagreementEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** Number of disagreements in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One disagreement, with its place in the list. */
export type DisagreementEdge = {
  __typename?: 'DisagreementEdge';
  /** Opaque; pass it as `after` to read the disagreements after this one. */
  cursor: Scalars['String']['output'];
  /** The disagreement. */
  node: Disagreement;
};

/** Ends a node (abolished, merged), naming the node that takes over. */
export type EndOrganizationUnitInput = {
  /** The node to end. */
  id: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and ends nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  /** The node that takes over, of the same kind, in force the day after. */
  successorId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day the node exists. */
  validTo: Scalars['Date']['input'];
  /** The version of the node the caller saw. */
  version: Scalars['Int']['input'];
};

/**
 * An introduction letter as the residence side knows it: the workplace committee
 * owns the letter; the ward's receipt (the return stub) is added here.
 */
export type IntroductionLetter = {
  __typename?: 'IntroductionLetter';
  /** The letter's id (a UUID), owned by the workplace committee. */
  id: Scalars['ID']['output'];
  /** What the ward did with the letter; null until it received or returned it. */
  receipt?: Maybe<LetterReceipt>;
};

/** The ward's return stub of an introduction letter (phần cuống giấy giới thiệu). */
export type LetterReceipt = {
  __typename?: 'LetterReceipt';
  /** Id of the workplace's introduction letter the stub answers. */
  introductionLetterId: Scalars['ID']['output'];
  /** Day the ward received the letter (tiếp nhận, YYYY-MM-DD); null when it returned it. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** The registration the receipt opened. */
  registration?: Maybe<ResidenceRegistration>;
  /** Why the ward returned the letter (for example: the address is not in this ward). */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** Day the ward returned the letter (YYYY-MM-DD); null when it received it. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the ward received the letter or returned it. */
  status: LetterReceiptStatus;
  /** The ward the letter was addressed to, which received or returned it. */
  ward: Organization;
};

/** The ward's return stub as made, or why it was not. */
export type LetterReceiptPayload = {
  __typename?: 'LetterReceiptPayload';
  /** The return stub (status RETURNED); null when the step was refused. */
  letterReceipt?: Maybe<LetterReceipt>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** What the ward did with a letter. */
export type LetterReceiptStatus =
  /** Received: the member is listed at the ward. */
  | 'RECEIVED'
  /** Returned to the workplace: wrong ward. */
  | 'RETURNED';

/** A meeting held by a residential cell or a ward. */
export type Meeting = {
  __typename?: 'Meeting';
  /** What the meeting is to discuss (nội dung sinh hoạt), at most 2,000 characters; null when none was given. */
  agenda?: Maybe<Scalars['String']['output']>;
  /** The day the cell or ward first recorded the meeting's attendance (ngày điểm danh); null until it does. Only a recorded semi-annual meeting counts as held in the figures and in the absentees list. */
  attendanceRecordedOn?: Maybe<Scalars['Date']['output']>;
  /** Attendance recorded so far for the meeting (điểm danh): one entry per member whose attendance or excuse is on record, only the members the caller may read; an expected member not yet recorded has none. */
  attendances: Array<MeetingAttendance>;
  /** Day the meeting is (or was) held (YYYY-MM-DD). */
  heldOn: Scalars['Date']['output'];
  /** Every change, oldest first, from the residence committee's audit log; at most 100 per page. */
  history: AuditEntryConnection;
  /** The meeting's id (a UUID). */
  id: Scalars['ID']['output'];
  /** Which kind of meeting: the semi-annual two-way meeting, a regular cell meeting or a residents' meeting. */
  kind: MeetingKind;
  /** The cell or ward that held it. */
  organization: Organization;
  /** Optimistic-concurrency version: pass it back when recording attendance. */
  version: Scalars['Int']['output'];
};


/** A meeting held by a residential cell or a ward. */
export type MeetingHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One member's attendance as recorded at a meeting. */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** What the member contributed (ý kiến đóng góp), at most 2,000 characters; null if none was recorded. */
  contribution?: Maybe<Scalars['String']['output']>;
  /** The reason the member gave when they excused themself before the meeting (sendMeetingExcuse). */
  excuseReason?: Maybe<Scalars['String']['output']>;
  /** The meeting the entry belongs to. */
  meeting: Meeting;
  /** The member the entry is about. */
  member: Member;
  /** How the member attended, as the cell or ward recorded it (EXCUSED when the member sent an excuse and the cell has not corrected it). */
  status: AttendanceStatus;
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The meetings of this page, the newest first. */
  edges: Array<MeetingEdge>;
  /** Whether more meetings follow, and the cursor to read them from. */
  pageInfo: PageInfo;
  /** Number of meetings in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One meeting of a page, with its cursor. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** This edge's place in the list: pass it as `after` to read the meetings that follow. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** The member's attendance entry at the meeting, as their excuse recorded it. */
export type MeetingExcusePayload = {
  __typename?: 'MeetingExcusePayload';
  /** The member's EXCUSED entry with their reason; null when the excuse was refused. */
  meetingAttendance?: Maybe<MeetingAttendance>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** Kinds of meeting at the place of residence. */
export type MeetingKind =
  /** A regular cell meeting (sinh hoạt chi bộ thường kỳ). */
  | 'REGULAR_CELL'
  /** A meeting of the residents (họp tổ dân phố, ngày hội đại đoàn kết). */
  | 'RESIDENTS'
  /** The semi-annual meeting with two-way members (sinh hoạt định kỳ 6 tháng). */
  | 'SEMI_ANNUAL_TWO_WAY';

/** The meeting as changed, or why it was not. */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The meeting as it is now; null when the step was refused. */
  meeting?: Maybe<Meeting>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/**
 * A Party member as the residence side knows them: the ward and residential cell
 * where they live, and their attendance at the meetings held there.
 * Every field here is nullable: if this subgraph is down, the gateway still
 * answers with what the other subgraphs know.
 */
export type Member = {
  __typename?: 'Member';
  /**
   * Attendance at residence meetings between `from` and `to` (inclusive).
   * Without them: the last 12 months up to today.
   */
  attendance?: Maybe<AttendanceRecord>;
  /** The member's id (a UUID), the same in every subgraph; the workplace committee owns the member record. */
  id: Scalars['ID']['output'];
  /** The current registration at residence (đăng ký sinh hoạt nơi cư trú); null when the member is not registered. */
  residenceRegistration?: Maybe<ResidenceRegistration>;
  /** Every registration at residence, the newest first, ended ones included. */
  residenceRegistrations?: Maybe<Array<ResidenceRegistration>>;
  /**
   * The member's invitations: meetings of the ward and residential cell of their
   * open registration held today or later, the soonest first (at most 20).
   * Readable by whoever may read the member's records, the member themself
   * included; empty when the member is not registered anywhere.
   */
  upcomingMeetings?: Maybe<Array<Meeting>>;
};


/**
 * A Party member as the residence side knows them: the ward and residential cell
 * where they live, and their attendance at the meetings held there.
 * Every field here is nullable: if this subgraph is down, the gateway still
 * answers with what the other subgraphs know.
 */
export type MemberAttendanceArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The ward acknowledges a workplace's change notice, read from its owner through
   * the gateway. For members who were transferred, expelled, removed, died or moved,
   * their open registration in the ward ends.
   */
  acknowledgeChangeNotice: ChangeNoticeAcknowledgementPayload;
  /** The ward assigns a received member to one of its residential cells: the registration becomes ACTIVE. */
  assignToResidentialCell: ResidenceRegistrationPayload;
  /** Adds a node of the territorial branch to the tree (administrators, or oversight within its subtree); the other subgraphs' copies follow. */
  createResidenceOrganization: OrganizationPayload;
  /** Ends a node of the territorial branch, naming its successor; the other subgraphs' copies follow. */
  endResidenceOrganization: OrganizationPayload;
  /**
   * The ward receives an introduction letter and lists the member (status RECEIVED).
   * The letter is checked with the workplace committee, its owner; an open
   * registration of the member elsewhere ends (the member moved).
   */
  receiveIntroductionLetter: ResidenceRegistrationPayload;
  /**
   * Records attendance at a meeting that has been held: one entry per member,
   * each registered in the meeting's cell or ward on that day. Recording a member
   * again corrects their entry.
   */
  recordAttendance: MeetingPayload;
  /**
   * The cell or ward reports that a member or their family no longer lives here:
   * the registration ends and the workplace is told (outbox) to introduce the member elsewhere.
   */
  reportLeavingResidence: ResidenceRegistrationPayload;
  /** The ward returns a letter that is not for it (wrong ward); no registration is opened. */
  returnIntroductionLetter: LetterReceiptPayload;
  /** A cell or ward schedules a meeting (the semi-annual two-way meeting or another). */
  scheduleMeeting: MeetingPayload;
  /**
   * A member excuses themself from a meeting before it is held (MEMBER role, for
   * themself): an EXCUSED entry with the reason is recorded; the cell may still
   * correct it when it records attendance. The member must be registered in the
   * meeting's cell or ward.
   */
  sendMeetingExcuse: MeetingExcusePayload;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationAcknowledgeChangeNoticeArgs = {
  input: AcknowledgeChangeNoticeInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationAssignToResidentialCellArgs = {
  input: AssignToResidentialCellInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationCreateResidenceOrganizationArgs = {
  input: CreateOrganizationUnitInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationEndResidenceOrganizationArgs = {
  input: EndOrganizationUnitInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationReceiveIntroductionLetterArgs = {
  input: ReceiveIntroductionLetterInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationReportLeavingResidenceArgs = {
  input: ReportLeavingResidenceInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationReturnIntroductionLetterArgs = {
  input: ReturnIntroductionLetterInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/**
 * The residence side's writes. Each takes one `input` with an `idempotencyKey`,
 * runs in one transaction, is written to the residence committee's audit log, and
 * answers the changed record with `userErrors` (a refused step changes nothing).
 * Acting outside one's role, or for a node outside one's scope, is FORBIDDEN.
 */
export type MutationSendMeetingExcuseArgs = {
  input: SendMeetingExcuseInput;
};

/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type Organization = {
  __typename?: 'Organization';
  /**
   * Oversight: members registered in this subtree on `asOf` (default today) who
   * attended neither of the last two semi-annual two-way meetings they were
   * expected at. Answered by the residence committee from its own records.
   * Members the workplace reports EXEMPT or NOT_INTRODUCED are never expected:
   * that duty is the residence's projection of the workplace's (member_standing),
   * at most one outbox delivery interval (30 s) behind.
   */
  absentFromLastTwoSemiAnnualMeetings: ResidenceRegistrationConnection;
  /** Every node above, the province first. */
  ancestors: Array<Organization>;
  /**
   * Oversight: residential cells in force in this subtree on `asOf` (default
   * today) with at least one two-way member registered (assigned, activity
   * TWO_WAY, residence duty TWO_WAY) and no semi-annual two-way meeting held in
   * the SEMI_ANNUAL_MEETING_MONTHS months up to `asOf` (a versioned policy value,
   * 6 by default), never-met cells first, then the longest waiting.
   */
  cellsWithoutSemiAnnualMeeting: CellWithoutSemiAnnualMeetingConnection;
  /** The nodes directly below, as in force on `asOf` (default: today). */
  children: Array<Organization>;
  /** The node's id (a UUID), the same in every subgraph. */
  id: Scalars['ID']['output'];
  /** Whether the node is in force on `asOf` (default: today). */
  inForce: Scalars['Boolean']['output'];
  /** Which subgraph keeps (writes) the node; the others hold copies. */
  keptBy: Scalars['String']['output'];
  /** Level and branch of the node. */
  kind: OrganizationKind;
  /**
   * Meetings held by this node or below between `from` and `to` (inclusive),
   * the newest first; at most 100 per page.
   */
  meetings: MeetingConnection;
  /** Official name (tên tổ chức đảng). */
  name: Scalars['String']['output'];
  /** The node directly above (cấp trên trực tiếp); null for a province. */
  parent?: Maybe<Organization>;
  /**
   * Registrations at residence in this node's subtree, received first first.
   * Filter by status; at most 100 per page.
   */
  registeredMembers: ResidenceRegistrationConnection;
  /**
   * Oversight: members the residence still lists here whom the workplace says have
   * left (LEFT_AT_WORKPLACE: transferred, expelled, removed, deceased) or does not
   * know (UNKNOWN_AT_WORKPLACE). Answered by the residence committee against its
   * projection of the workplace's member standing (stale by at most one outbox delivery).
   */
  residenceDisagreements: DisagreementConnection;
  /** The node that took over when this one ended (merger, reorganisation). */
  successor?: Maybe<Organization>;
  /** First day the node exists (ngày thành lập / hiệu lực). */
  validFrom: Scalars['Date']['output'];
  /** Last day the node exists; null while it still does. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Raised by the keeper on every change. */
  version: Scalars['Int']['output'];
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationAbsentFromLastTwoSemiAnnualMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationCellsWithoutSemiAnnualMeetingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationChildrenArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationInForceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationRegisteredMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationResidenceDisagreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ResidenceDisagreementKind>;
};

/** A number of records at one organisation node. */
export type OrganizationCount = {
  __typename?: 'OrganizationCount';
  /** How many records there are at that node. */
  count: Scalars['Int']['output'];
  /** The organisation node counted. */
  organization: Organization;
};

/** Level and branch of an organisation node. */
export type OrganizationKind =
  /** Grassroots organisation of an agency or enterprise (đảng bộ cơ sở cơ quan). */
  | 'AGENCY'
  /** Bloc committee above agencies (đảng bộ khối). */
  | 'BLOC'
  /** District committee (quận ủy, huyện ủy), abolished on 1 July 2025. */
  | 'DISTRICT'
  /** Provincial or municipal Party committee (đảng bộ tỉnh, thành phố). */
  | 'PROVINCE'
  /** Residential cell (chi bộ tổ dân phố, thôn). */
  | 'RESIDENTIAL_CELL'
  /** Commune or ward Party committee (đảng ủy xã, phường). */
  | 'WARD'
  /** Cell of a workplace (chi bộ nơi công tác). */
  | 'WORKPLACE_CELL';

/** The node as changed, or why it was not. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The node as it is now; null when the change was refused. */
  organization?: Maybe<Organization>;
  /** Why the change was refused (empty when it was made), each with a code, the input field and a message. */
  userErrors: Array<UserError>;
};

/** Figures the residence committee adds to a node and period, from its own records. */
export type OrganizationStatistics = {
  __typename?: 'OrganizationStatistics';
  /** The node the figures are for; they cover its whole subtree. */
  organizationId: Scalars['ID']['output'];
  /** The period: a year (2026), a quarter (2026-Q3) or a month (2026-11). */
  period: Scalars['String']['output'];
  /** Registrations active on the last day of the period in this subtree. */
  registeredMembers: Scalars['Int']['output'];
  /** Share of those attended (present, late or left early); null when none were expected. */
  semiAnnualAttendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Attendances expected at those meetings (one per registered member per meeting). */
  semiAnnualAttendancesExpected: Scalars['Int']['output'];
  /** Semi-annual two-way meetings held in the period in this subtree. */
  semiAnnualMeetingsHeld: Scalars['Int']['output'];
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The residence side's reads by id, and its undelivered effects. */
export type Query = {
  __typename?: 'Query';
  /** A meeting by id; null when unknown. */
  meeting?: Maybe<Meeting>;
  /** One organisation node by id; null when unknown. */
  organization?: Maybe<Organization>;
  /** The provinces (top of the tree) in force on `asOf` (default: today). */
  provinces: Array<Organization>;
  /** Effects this subgraph asked others to apply that did not get through (administrators and oversight). */
  residenceCommitteeUndeliveredEffects: Array<UndeliveredEffect>;
  /** A registration at residence by id; null when unknown. */
  residenceRegistration?: Maybe<ResidenceRegistration>;
};


/** The residence side's reads by id, and its undelivered effects. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** The residence side's reads by id, and its undelivered effects. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** The residence side's reads by id, and its undelivered effects. */
export type QueryProvincesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The residence side's reads by id, and its undelivered effects. */
export type QueryResidenceRegistrationArgs = {
  id: Scalars['ID']['input'];
};

/** A ward's receipt of an introduction letter (tiếp nhận giấy giới thiệu). */
export type ReceiveIntroductionLetterInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Id of the workplace's letter, addressed to the acting ward and still open there (ISSUED or PRESENTED), for an active member. */
  introductionLetterId: Scalars['ID']['input'];
};

/** Attendance to record at a held meeting, in one transaction for the whole list. */
export type RecordAttendanceInput = {
  /** At least one entry, each member once, each registered (assigned) in the meeting's cell or ward on the day it was held. */
  entries: Array<AttendanceEntryInput>;
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The meeting, held today or earlier. */
  meetingId: Scalars['ID']['input'];
  /** The version of the meeting the caller saw. */
  version: Scalars['Int']['input'];
};

/** Where a registration at residence stands. */
export type RegistrationStatus =
  /** Assigned to a residential cell: the member takes part there. */
  | 'ACTIVE'
  /** No longer in force. */
  | 'ENDED'
  /** Received and listed by the ward, not yet assigned to a cell. */
  | 'RECEIVED';

/** A cell's or ward's report that a member or their family no longer lives here (leaving-residence notice). */
export type ReportLeavingResidenceInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** For example: the family moved to another ward. */
  reason: Scalars['String']['input'];
  /** The member's registration, still open (RECEIVED or ACTIVE). */
  registrationId: Scalars['ID']['input'];
  /** The version of the registration the caller read; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

/** How a registered member takes part at residence. */
export type ResidenceActivity =
  /** Retired: the residential cell is their own, official Party cell (sinh hoạt chính thức). */
  | 'OFFICIAL'
  /** Employed elsewhere: the two-way link with their workplace (sinh hoạt hai chiều). */
  | 'TWO_WAY';

/** How the residence's list disagrees with the workplace's record of a member (residenceDisagreements). */
export type ResidenceDisagreementKind =
  /**
   * The member is still registered here (RECEIVED or ACTIVE), but the workplace
   * reports them gone: transferred out of the federation, expelled (khai trừ),
   * removed from the list (xóa tên) or deceased. Members retired or in transit
   * between organisations are not listed.
   */
  | 'LEFT_AT_WORKPLACE'
  /**
   * The member is registered here, but the residence's projection of the
   * workplace's records knows nothing of them: no workplace committee of the
   * federation has reported the member.
   */
  | 'UNKNOWN_AT_WORKPLACE';

/**
 * A member's registration at the place of residence: the ward received the
 * introduction letter and assigned the member to a residential cell.
 */
export type ResidenceRegistration = {
  __typename?: 'ResidenceRegistration';
  /** How the member takes part here: two-way, or officially (retired). */
  activity: ResidenceActivity;
  /**
   * Address of residence (địa chỉ nơi cư trú), as the introduction letter gave it;
   * at most 400 characters. Personal data: read by the member, the cell, ward and
   * workplace committees, oversight, and partner apps granted PERSONAL_DATA; every
   * read by anyone but the member is audited. Withheld from others: null.
   */
  address?: Maybe<Scalars['String']['output']>;
  /** Day the member was assigned to a cell. */
  assignedOn?: Maybe<Scalars['Date']['output']>;
  /** The residential cell the member is assigned to (chi bộ khu dân cư); null until assigned. */
  cell?: Maybe<Organization>;
  /**
   * Why the registration ended; null while it is open. MOVED (received by another
   * ward), LEFT_RESIDENCE (reported by the cell or ward), or the change-notice item
   * that ended it: RESIDENCE_CHANGED, TRANSFERRED, EXPELLED, REMOVED, DECEASED.
   */
  endReason?: Maybe<Scalars['String']['output']>;
  /** Day the registration ended (YYYY-MM-DD); null while it is open. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Whether the workplace reports the member exempt from activity at residence
   * (residence duty EXEMPT, Hướng dẫn 33: barracks, mobile work, full-year
   * training, studying away): never counted absent here.
   */
  exempt: Scalars['Boolean']['output'];
  /** Every change, oldest first, from the residence committee's audit log; at most 100 per page. */
  history: AuditEntryConnection;
  /** The registration's id (a UUID). */
  id: Scalars['ID']['output'];
  /** Id of the workplace's introduction letter this registration answers. */
  introductionLetterId?: Maybe<Scalars['ID']['output']>;
  /** The member registered (owned by the workplace committee). */
  member: Member;
  /** Day the ward received the letter and listed the member. */
  receivedOn: Scalars['Date']['output'];
  /** Where the registration stands: RECEIVED (listed by the ward), ACTIVE (assigned to a cell) or ENDED. */
  status: RegistrationStatus;
  /** Optimistic-concurrency version: pass it back when changing the registration. */
  version: Scalars['Int']['output'];
  /** The ward committee that received the member (đảng ủy xã, phường). */
  ward: Organization;
};


/**
 * A member's registration at the place of residence: the ward received the
 * introduction letter and assigned the member to a residential cell.
 */
export type ResidenceRegistrationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of registrations at residence. */
export type ResidenceRegistrationConnection = {
  __typename?: 'ResidenceRegistrationConnection';
  /** The registrations of this page, in the list's order. */
  edges: Array<ResidenceRegistrationEdge>;
  /** Whether more registrations follow, and the cursor to read them from. */
  pageInfo: PageInfo;
  /** Number of registrations in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One registration of a page, with its cursor. */
export type ResidenceRegistrationEdge = {
  __typename?: 'ResidenceRegistrationEdge';
  /** This edge's place in the list: pass it as `after` to read the registrations that follow. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: ResidenceRegistration;
};

/** The registration as changed, or why it was not. */
export type ResidenceRegistrationPayload = {
  __typename?: 'ResidenceRegistrationPayload';
  /** The registration as it is now; null when the step was refused. */
  residenceRegistration?: Maybe<ResidenceRegistration>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** A ward's return of a letter that is not for it. */
export type ReturnIntroductionLetterInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Id of the workplace's letter, addressed to the acting ward and still open there (ISSUED or PRESENTED). */
  introductionLetterId: Scalars['ID']['input'];
  /** At most 400 characters, as the workplace keeps it (REASON_TOO_LONG). */
  reason: Scalars['String']['input'];
};

/** A meeting to schedule. */
export type ScheduleMeetingInput = {
  /** At most 2 000 characters (AGENDA_TOO_LONG). */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** Day the meeting is held (YYYY-MM-DD); the cell or ward must be in force that day. */
  heldOn: Scalars['Date']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Which kind of meeting. */
  kind: MeetingKind;
  /** The residential cell or ward holding the meeting. */
  organizationId: Scalars['ID']['input'];
};

/** A member's excuse from a coming meeting (xin vắng); sent again, it replaces the earlier one. */
export type SendMeetingExcuseInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The meeting: of the member's own cell or ward, not yet held (on its day, only until the cell records attendance). */
  meetingId: Scalars['ID']['input'];
  /** Why the member cannot come (3 to 500 characters), e.g. a work trip. */
  reason: Scalars['String']['input'];
};

/** Ascending or descending. */
export type SortOrder =
  /** Ascending: the earliest (or first in Vietnamese name order) first. */
  | 'ASC'
  /** Descending: the latest first. */
  | 'DESC';

/**
 * An effect this subgraph asked another to apply that has not been applied: still
 * being retried, or refused by its owner. It never disappears; oversight follows it up.
 */
export type UndeliveredEffect = {
  __typename?: 'UndeliveredEffect';
  /** How many times delivery was tried. */
  attempts: Scalars['Int']['output'];
  /** When the effect was written, in the same transaction as the change that caused it (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The outbox message's id (also the event id the target deduplicates by). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed: the target's HTTP status and answer, or a network error code; at most 500 characters. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** What the effect carries, without guarded values. */
  payload?: Maybe<Scalars['JSON']['output']>;
  /** Set when the owner refused it. */
  refusedAt?: Maybe<Scalars['String']['output']>;
  /** The subgraph asked to apply it. */
  target: Scalars['String']['output'];
  /** What was asked, e.g. IntroductionLetterReceived. */
  topic: Scalars['String']['output'];
};

/** A business rule refused the change; nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code, documented in docs/workflows.md. */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. ["input", "score"]. */
  field: Array<Scalars['String']['output']>;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  IntroductionLetter: IntroductionLetter;
  Member: Member;
  Organization: Organization;
  OrganizationStatistics: OrganizationStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  IntroductionLetter:
    ( { __typename: 'IntroductionLetter' }
    & GraphQLRecursivePick<FederationTypes['IntroductionLetter'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  OrganizationStatistics:
    ( { __typename: 'OrganizationStatistics' }
    & GraphQLRecursivePick<FederationTypes['OrganizationStatistics'], {"organizationId":true,"period":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcknowledgeChangeNoticeInput: AcknowledgeChangeNoticeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AssignToResidentialCellInput: AssignToResidentialCellInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Attendance: ResolverTypeWrapper<MeetingAttendanceEntity>;
  AttendanceEntryInput: AttendanceEntryInput;
  AttendanceRecord: ResolverTypeWrapper<AttendanceSummaryEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AttendanceStatus: AttendanceStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  CellWithoutSemiAnnualMeetingConnection: ResolverTypeWrapper<Omit<CellWithoutSemiAnnualMeetingConnection, 'edges'> & { edges: Array<ResolversTypes['CellWithoutSemiAnnualMeetingEdge']> }>;
  CellWithoutSemiAnnualMeetingEdge: ResolverTypeWrapper<Omit<CellWithoutSemiAnnualMeetingEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  ChangeNoticeAcknowledgement: ResolverTypeWrapper<ChangeNoticeAcknowledgementEntity>;
  ChangeNoticeAcknowledgementPayload: ResolverTypeWrapper<Omit<ChangeNoticeAcknowledgementPayload, 'changeNoticeAcknowledgement'> & { changeNoticeAcknowledgement?: Maybe<ResolversTypes['ChangeNoticeAcknowledgement']> }>;
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Disagreement: ResolverTypeWrapper<DisagreementRecordEntity>;
  DisagreementConnection: ResolverTypeWrapper<Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversTypes['DisagreementEdge']> }>;
  DisagreementEdge: ResolverTypeWrapper<Omit<DisagreementEdge, 'node'> & { node: ResolversTypes['Disagreement'] }>;
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  IntroductionLetter: ResolverTypeWrapper<MemberReferenceEntity>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LetterReceipt: ResolverTypeWrapper<LetterReceiptEntity>;
  LetterReceiptPayload: ResolverTypeWrapper<Omit<LetterReceiptPayload, 'letterReceipt'> & { letterReceipt?: Maybe<ResolversTypes['LetterReceipt']> }>;
  LetterReceiptStatus: LetterReceiptStatus;
  Meeting: ResolverTypeWrapper<MeetingEntity>;
  MeetingAttendance: ResolverTypeWrapper<MeetingAttendanceEntity>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingExcusePayload: ResolverTypeWrapper<Omit<MeetingExcusePayload, 'meetingAttendance'> & { meetingAttendance?: Maybe<ResolversTypes['MeetingAttendance']> }>;
  MeetingKind: MeetingKind;
  MeetingPayload: ResolverTypeWrapper<Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversTypes['Meeting']> }>;
  Member: ResolverTypeWrapper<MemberReferenceEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationUnitEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OrganizationCount: ResolverTypeWrapper<OrganizationCountRecordEntity>;
  OrganizationKind: OrganizationKind;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  OrganizationStatistics: ResolverTypeWrapper<StatisticsKeyEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveIntroductionLetterInput: ReceiveIntroductionLetterInput;
  RecordAttendanceInput: RecordAttendanceInput;
  RegistrationStatus: RegistrationStatus;
  ReportLeavingResidenceInput: ReportLeavingResidenceInput;
  ResidenceActivity: ResidenceActivity;
  ResidenceDisagreementKind: ResidenceDisagreementKind;
  ResidenceRegistration: ResolverTypeWrapper<ResidenceRegistrationEntity>;
  ResidenceRegistrationConnection: ResolverTypeWrapper<Omit<ResidenceRegistrationConnection, 'edges'> & { edges: Array<ResolversTypes['ResidenceRegistrationEdge']> }>;
  ResidenceRegistrationEdge: ResolverTypeWrapper<Omit<ResidenceRegistrationEdge, 'node'> & { node: ResolversTypes['ResidenceRegistration'] }>;
  ResidenceRegistrationPayload: ResolverTypeWrapper<Omit<ResidenceRegistrationPayload, 'residenceRegistration'> & { residenceRegistration?: Maybe<ResolversTypes['ResidenceRegistration']> }>;
  ReturnIntroductionLetterInput: ReturnIntroductionLetterInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SendMeetingExcuseInput: SendMeetingExcuseInput;
  SortOrder: SortOrder;
  UndeliveredEffect: ResolverTypeWrapper<UndeliveredEffect>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcknowledgeChangeNoticeInput: AcknowledgeChangeNoticeInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AssignToResidentialCellInput: AssignToResidentialCellInput;
  Int: Scalars['Int']['output'];
  Attendance: MeetingAttendanceEntity;
  AttendanceEntryInput: AttendanceEntryInput;
  AttendanceRecord: AttendanceSummaryEntity;
  Float: Scalars['Float']['output'];
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  CellWithoutSemiAnnualMeetingConnection: Omit<CellWithoutSemiAnnualMeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['CellWithoutSemiAnnualMeetingEdge']> };
  CellWithoutSemiAnnualMeetingEdge: Omit<CellWithoutSemiAnnualMeetingEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  ChangeNoticeAcknowledgement: ChangeNoticeAcknowledgementEntity;
  ChangeNoticeAcknowledgementPayload: Omit<ChangeNoticeAcknowledgementPayload, 'changeNoticeAcknowledgement'> & { changeNoticeAcknowledgement?: Maybe<ResolversParentTypes['ChangeNoticeAcknowledgement']> };
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  Date: Scalars['Date']['output'];
  Disagreement: DisagreementRecordEntity;
  DisagreementConnection: Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisagreementEdge']> };
  DisagreementEdge: Omit<DisagreementEdge, 'node'> & { node: ResolversParentTypes['Disagreement'] };
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  IntroductionLetter: MemberReferenceEntity;
  JSON: Scalars['JSON']['output'];
  LetterReceipt: LetterReceiptEntity;
  LetterReceiptPayload: Omit<LetterReceiptPayload, 'letterReceipt'> & { letterReceipt?: Maybe<ResolversParentTypes['LetterReceipt']> };
  Meeting: MeetingEntity;
  MeetingAttendance: MeetingAttendanceEntity;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingExcusePayload: Omit<MeetingExcusePayload, 'meetingAttendance'> & { meetingAttendance?: Maybe<ResolversParentTypes['MeetingAttendance']> };
  MeetingPayload: Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['Meeting']> };
  Member: MemberReferenceEntity;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationUnitEntity;
  Boolean: Scalars['Boolean']['output'];
  OrganizationCount: OrganizationCountRecordEntity;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  OrganizationStatistics: StatisticsKeyEntity;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReceiveIntroductionLetterInput: ReceiveIntroductionLetterInput;
  RecordAttendanceInput: RecordAttendanceInput;
  ReportLeavingResidenceInput: ReportLeavingResidenceInput;
  ResidenceRegistration: ResidenceRegistrationEntity;
  ResidenceRegistrationConnection: Omit<ResidenceRegistrationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidenceRegistrationEdge']> };
  ResidenceRegistrationEdge: Omit<ResidenceRegistrationEdge, 'node'> & { node: ResolversParentTypes['ResidenceRegistration'] };
  ResidenceRegistrationPayload: Omit<ResidenceRegistrationPayload, 'residenceRegistration'> & { residenceRegistration?: Maybe<ResolversParentTypes['ResidenceRegistration']> };
  ReturnIntroductionLetterInput: ReturnIntroductionLetterInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SendMeetingExcuseInput: SendMeetingExcuseInput;
  UndeliveredEffect: UndeliveredEffect;
  UserError: UserError;
}>;

export type AttendanceResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = ResolversObject<{
  contribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  excuseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
}>;

export type AttendanceRecordResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['AttendanceRecord'] = ResolversParentTypes['AttendanceRecord']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  excused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leftEarly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CellWithoutSemiAnnualMeetingConnectionResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['CellWithoutSemiAnnualMeetingConnection'] = ResolversParentTypes['CellWithoutSemiAnnualMeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CellWithoutSemiAnnualMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CellWithoutSemiAnnualMeetingEdgeResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['CellWithoutSemiAnnualMeetingEdge'] = ResolversParentTypes['CellWithoutSemiAnnualMeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastHeldOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  twoWayMembersWaiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeNoticeAcknowledgementResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ChangeNoticeAcknowledgement'] = ResolversParentTypes['ChangeNoticeAcknowledgement']> = ResolversObject<{
  acknowledgedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  changeNoticeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endedRegistrations?: Resolver<Array<ResolversTypes['ResidenceRegistration']>, ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type ChangeNoticeAcknowledgementPayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ChangeNoticeAcknowledgementPayload'] = ResolversParentTypes['ChangeNoticeAcknowledgementPayload']> = ResolversObject<{
  changeNoticeAcknowledgement?: Resolver<Maybe<ResolversTypes['ChangeNoticeAcknowledgement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DisagreementResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  relatedMembers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
}>;

export type DisagreementConnectionResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['DisagreementConnection'] = ResolversParentTypes['DisagreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisagreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisagreementEdgeResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['DisagreementEdge'] = ResolversParentTypes['DisagreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disagreement'], ParentType, ContextType>;
}>;

export type IntroductionLetterResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['IntroductionLetter'] = ResolversParentTypes['IntroductionLetter'], FederationReferenceType extends FederationReferenceTypes['IntroductionLetter'] = FederationReferenceTypes['IntroductionLetter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntroductionLetter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['LetterReceipt']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LetterReceiptResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['LetterReceipt'] = ResolversParentTypes['LetterReceipt']> = ResolversObject<{
  introductionLetterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['ResidenceRegistration']>, ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LetterReceiptStatus'], ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type LetterReceiptPayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['LetterReceiptPayload'] = ResolversParentTypes['LetterReceiptPayload']> = ResolversObject<{
  letterReceipt?: Resolver<Maybe<ResolversTypes['LetterReceipt']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  agenda?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendanceRecordedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  attendances?: Resolver<Array<ResolversTypes['MeetingAttendance']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<MeetingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingAttendanceResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['MeetingAttendance'] = ResolversParentTypes['MeetingAttendance']> = ResolversObject<{
  contribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  excuseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
}>;

export type MeetingConnectionResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingEdgeResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
}>;

export type MeetingExcusePayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['MeetingExcusePayload'] = ResolversParentTypes['MeetingExcusePayload']> = ResolversObject<{
  meetingAttendance?: Resolver<Maybe<ResolversTypes['MeetingAttendance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeetingPayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['MeetingPayload'] = ResolversParentTypes['MeetingPayload']> = ResolversObject<{
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendance?: Resolver<Maybe<ResolversTypes['AttendanceRecord']>, ParentType, ContextType, Partial<MemberAttendanceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  residenceRegistration?: Resolver<Maybe<ResolversTypes['ResidenceRegistration']>, ParentType, ContextType>;
  residenceRegistrations?: Resolver<Maybe<Array<ResolversTypes['ResidenceRegistration']>>, ParentType, ContextType>;
  upcomingMeetings?: Resolver<Maybe<Array<ResolversTypes['Meeting']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeChangeNotice?: Resolver<ResolversTypes['ChangeNoticeAcknowledgementPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeChangeNoticeArgs, 'input'>>;
  assignToResidentialCell?: Resolver<ResolversTypes['ResidenceRegistrationPayload'], ParentType, ContextType, RequireFields<MutationAssignToResidentialCellArgs, 'input'>>;
  createResidenceOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateResidenceOrganizationArgs, 'input'>>;
  endResidenceOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationEndResidenceOrganizationArgs, 'input'>>;
  receiveIntroductionLetter?: Resolver<ResolversTypes['ResidenceRegistrationPayload'], ParentType, ContextType, RequireFields<MutationReceiveIntroductionLetterArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  reportLeavingResidence?: Resolver<ResolversTypes['ResidenceRegistrationPayload'], ParentType, ContextType, RequireFields<MutationReportLeavingResidenceArgs, 'input'>>;
  returnIntroductionLetter?: Resolver<ResolversTypes['LetterReceiptPayload'], ParentType, ContextType, RequireFields<MutationReturnIntroductionLetterArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  sendMeetingExcuse?: Resolver<ResolversTypes['MeetingExcusePayload'], ParentType, ContextType, RequireFields<MutationSendMeetingExcuseArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  absentFromLastTwoSemiAnnualMeetings?: Resolver<ResolversTypes['ResidenceRegistrationConnection'], ParentType, ContextType, RequireFields<OrganizationAbsentFromLastTwoSemiAnnualMeetingsArgs, 'first' | 'order'>>;
  ancestors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  cellsWithoutSemiAnnualMeeting?: Resolver<ResolversTypes['CellWithoutSemiAnnualMeetingConnection'], ParentType, ContextType, RequireFields<OrganizationCellsWithoutSemiAnnualMeetingArgs, 'first'>>;
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<OrganizationChildrenArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrganizationInForceArgs>>;
  keptBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<OrganizationMeetingsArgs, 'first' | 'from' | 'to'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  registeredMembers?: Resolver<ResolversTypes['ResidenceRegistrationConnection'], ParentType, ContextType, RequireFields<OrganizationRegisteredMembersArgs, 'first'>>;
  residenceDisagreements?: Resolver<ResolversTypes['DisagreementConnection'], ParentType, ContextType, RequireFields<OrganizationResidenceDisagreementsArgs, 'first'>>;
  successor?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationCountResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['OrganizationCount'] = ResolversParentTypes['OrganizationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrganizationStatisticsResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['OrganizationStatistics'] = ResolversParentTypes['OrganizationStatistics'], FederationReferenceType extends FederationReferenceTypes['OrganizationStatistics'] = FederationReferenceTypes['OrganizationStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrganizationStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  semiAnnualAttendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  semiAnnualAttendancesExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  semiAnnualMeetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  provinces?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  residenceCommitteeUndeliveredEffects?: Resolver<Array<ResolversTypes['UndeliveredEffect']>, ParentType, ContextType>;
  residenceRegistration?: Resolver<Maybe<ResolversTypes['ResidenceRegistration']>, ParentType, ContextType, RequireFields<QueryResidenceRegistrationArgs, 'id'>>;
}>;

export type ResidenceRegistrationResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ResidenceRegistration'] = ResolversParentTypes['ResidenceRegistration']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['ResidenceActivity'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cell?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ResidenceRegistrationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introductionLetterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type ResidenceRegistrationConnectionResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ResidenceRegistrationConnection'] = ResolversParentTypes['ResidenceRegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidenceRegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResidenceRegistrationEdgeResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ResidenceRegistrationEdge'] = ResolversParentTypes['ResidenceRegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidenceRegistration'], ParentType, ContextType>;
}>;

export type ResidenceRegistrationPayloadResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['ResidenceRegistrationPayload'] = ResolversParentTypes['ResidenceRegistrationPayload']> = ResolversObject<{
  residenceRegistration?: Resolver<Maybe<ResolversTypes['ResidenceRegistration']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UndeliveredEffectResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['UndeliveredEffect'] = ResolversParentTypes['UndeliveredEffect']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  refusedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ResidenceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ResidenceContext> = ResolversObject<{
  Attendance?: AttendanceResolvers<ContextType>;
  AttendanceRecord?: AttendanceRecordResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CellWithoutSemiAnnualMeetingConnection?: CellWithoutSemiAnnualMeetingConnectionResolvers<ContextType>;
  CellWithoutSemiAnnualMeetingEdge?: CellWithoutSemiAnnualMeetingEdgeResolvers<ContextType>;
  ChangeNoticeAcknowledgement?: ChangeNoticeAcknowledgementResolvers<ContextType>;
  ChangeNoticeAcknowledgementPayload?: ChangeNoticeAcknowledgementPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementConnection?: DisagreementConnectionResolvers<ContextType>;
  DisagreementEdge?: DisagreementEdgeResolvers<ContextType>;
  IntroductionLetter?: IntroductionLetterResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LetterReceipt?: LetterReceiptResolvers<ContextType>;
  LetterReceiptPayload?: LetterReceiptPayloadResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAttendance?: MeetingAttendanceResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MeetingExcusePayload?: MeetingExcusePayloadResolvers<ContextType>;
  MeetingPayload?: MeetingPayloadResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationCount?: OrganizationCountResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  OrganizationStatistics?: OrganizationStatisticsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidenceRegistration?: ResidenceRegistrationResolvers<ContextType>;
  ResidenceRegistrationConnection?: ResidenceRegistrationConnectionResolvers<ContextType>;
  ResidenceRegistrationEdge?: ResidenceRegistrationEdgeResolvers<ContextType>;
  ResidenceRegistrationPayload?: ResidenceRegistrationPayloadResolvers<ContextType>;
  UndeliveredEffect?: UndeliveredEffectResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

