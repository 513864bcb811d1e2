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

export type AcknowledgeChangeNoticeInput = {
  changeNoticeId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type AssignToResidentialCellInput = {
  cellId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
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
  meeting: Meeting;
  status: AttendanceStatus;
};

export type AttendanceEntryInput = {
  contribution?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  status: AttendanceStatus;
};

/**
 * A member's attendance over a period (sổ theo dõi sinh hoạt). A member the
 * workplace reports EXEMPT or NOT_INTRODUCED is never expected: only the
 * meetings they came to count (as expected and attended); `entries` lists all.
 */
export type AttendanceRecord = {
  __typename?: 'AttendanceRecord';
  absent: Scalars['Int']['output'];
  /** Share of expected meetings attended (present, late or left early), 0 to 1; null when none were expected. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Each meeting in the period, the newest first. */
  entries: Array<Attendance>;
  excused: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  late: Scalars['Int']['output'];
  leftEarly: Scalars['Int']['output'];
  /** Meetings the member was expected at in the period. */
  meetingsExpected: Scalars['Int']['output'];
  present: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

/** How a member attended a meeting. */
export type AttendanceStatus =
  /** Absent without leave (vắng không lý do). */
  | 'ABSENT'
  /** Absent with leave (vắng có lý do). */
  | 'EXCUSED'
  | 'LATE'
  | 'LEFT_EARLY'
  | 'PRESENT';

/** One change in a document's history, from the append-only audit log of the subgraph that owns it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE or UPDATE. */
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
  occurredAt: Scalars['String']['output'];
};

/** A page of a document's history, oldest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** Number of entries in the whole history, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A page of residential cells overdue for their semi-annual two-way meeting. */
export type CellWithoutSemiAnnualMeetingConnection = {
  __typename?: 'CellWithoutSemiAnnualMeetingConnection';
  edges: Array<CellWithoutSemiAnnualMeetingEdge>;
  pageInfo: PageInfo;
  /** Number of cells in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type CellWithoutSemiAnnualMeetingEdge = {
  __typename?: 'CellWithoutSemiAnnualMeetingEdge';
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
  acknowledgedOn: Scalars['Date']['output'];
  changeNoticeId: Scalars['ID']['output'];
  /** Registrations the notice ended. */
  endedRegistrations: Array<ResidenceRegistration>;
  ward: Organization;
};

export type ChangeNoticeAcknowledgementPayload = {
  __typename?: 'ChangeNoticeAcknowledgementPayload';
  changeNoticeAcknowledgement?: Maybe<ChangeNoticeAcknowledgement>;
  userErrors: Array<UserError>;
};

/** A new node of the tree, added by the subgraph that keeps nodes of its kind. */
export type CreateOrganizationUnitInput = {
  idempotencyKey: Scalars['String']['input'];
  kind: OrganizationKind;
  /** Official name. */
  name: Scalars['String']['input'];
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
  edges: Array<DisagreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisagreementEdge = {
  __typename?: 'DisagreementEdge';
  cursor: Scalars['String']['output'];
  node: Disagreement;
};

/** Ends a node (abolished, merged), naming the node that takes over. */
export type EndOrganizationUnitInput = {
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['output'];
  /** What the ward did with the letter; null until it received or returned it. */
  receipt?: Maybe<LetterReceipt>;
};

/** The ward's return stub of an introduction letter (phần cuống giấy giới thiệu). */
export type LetterReceipt = {
  __typename?: 'LetterReceipt';
  introductionLetterId: Scalars['ID']['output'];
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** The registration the receipt opened. */
  registration?: Maybe<ResidenceRegistration>;
  /** Why the ward returned the letter (for example: the address is not in this ward). */
  returnReason?: Maybe<Scalars['String']['output']>;
  returnedOn?: Maybe<Scalars['Date']['output']>;
  status: LetterReceiptStatus;
  ward: Organization;
};

export type LetterReceiptPayload = {
  __typename?: 'LetterReceiptPayload';
  letterReceipt?: Maybe<LetterReceipt>;
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
  agenda?: Maybe<Scalars['String']['output']>;
  /** Attendance recorded for the meeting, one entry per expected member. */
  attendances: Array<MeetingAttendance>;
  heldOn: Scalars['Date']['output'];
  /** Every change, oldest first, from the residence committee's audit log; at most 100 per page. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
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
  contribution?: Maybe<Scalars['String']['output']>;
  /** The reason the member gave when they excused themself before the meeting (sendMeetingExcuse). */
  excuseReason?: Maybe<Scalars['String']['output']>;
  /** The meeting the entry belongs to. */
  meeting: Meeting;
  member: Member;
  status: AttendanceStatus;
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  /** Number of meetings in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** The member's attendance entry at the meeting, as their excuse recorded it. */
export type MeetingExcusePayload = {
  __typename?: 'MeetingExcusePayload';
  meetingAttendance?: Maybe<MeetingAttendance>;
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

export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  meeting?: Maybe<Meeting>;
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


export type MutationAcknowledgeChangeNoticeArgs = {
  input: AcknowledgeChangeNoticeInput;
};


export type MutationAssignToResidentialCellArgs = {
  input: AssignToResidentialCellInput;
};


export type MutationCreateResidenceOrganizationArgs = {
  input: CreateOrganizationUnitInput;
};


export type MutationEndResidenceOrganizationArgs = {
  input: EndOrganizationUnitInput;
};


export type MutationReceiveIntroductionLetterArgs = {
  input: ReceiveIntroductionLetterInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationReportLeavingResidenceArgs = {
  input: ReportLeavingResidenceInput;
};


export type MutationReturnIntroductionLetterArgs = {
  input: ReturnIntroductionLetterInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


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
  count: Scalars['Int']['output'];
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
  organization?: Maybe<Organization>;
  userErrors: Array<UserError>;
};

/** Figures the residence committee adds to a node and period, from its own records. */
export type OrganizationStatistics = {
  __typename?: 'OrganizationStatistics';
  organizationId: Scalars['ID']['output'];
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


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvincesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryResidenceRegistrationArgs = {
  id: Scalars['ID']['input'];
};

export type ReceiveIntroductionLetterInput = {
  idempotencyKey: Scalars['String']['input'];
  introductionLetterId: Scalars['ID']['input'];
};

export type RecordAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  idempotencyKey: Scalars['String']['input'];
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

export type ReportLeavingResidenceInput = {
  idempotencyKey: Scalars['String']['input'];
  /** For example: the family moved to another ward. */
  reason: Scalars['String']['input'];
  registrationId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** How a registered member takes part at residence. */
export type ResidenceActivity =
  /** Retired: the residential cell is their own, official Party cell (sinh hoạt chính thức). */
  | 'OFFICIAL'
  /** Employed elsewhere: the two-way link with their workplace (sinh hoạt hai chiều). */
  | 'TWO_WAY';

export type ResidenceDisagreementKind =
  | 'LEFT_AT_WORKPLACE'
  | 'UNKNOWN_AT_WORKPLACE';

/**
 * A member's registration at the place of residence: the ward received the
 * introduction letter and assigned the member to a residential cell.
 */
export type ResidenceRegistration = {
  __typename?: 'ResidenceRegistration';
  /** How the member takes part here: two-way, or officially (retired). */
  activity: ResidenceActivity;
  /** Address of residence. Personal data. */
  address?: Maybe<Scalars['String']['output']>;
  /** Day the member was assigned to a cell. */
  assignedOn?: Maybe<Scalars['Date']['output']>;
  /** The residential cell the member is assigned to (chi bộ khu dân cư); null until assigned. */
  cell?: Maybe<Organization>;
  /** Why the registration ended (moved, transferred, expelled, removed, deceased). */
  endReason?: Maybe<Scalars['String']['output']>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Whether the workplace reports the member exempt from activity at residence
   * (residence duty EXEMPT, Hướng dẫn 33: barracks, mobile work, full-year
   * training, studying away): never counted absent here.
   */
  exempt: Scalars['Boolean']['output'];
  /** Every change, oldest first, from the residence committee's audit log; at most 100 per page. */
  history: AuditEntryConnection;
  id: Scalars['ID']['output'];
  /** Id of the workplace's introduction letter this registration answers. */
  introductionLetterId?: Maybe<Scalars['ID']['output']>;
  member: Member;
  /** Day the ward received the letter and listed the member. */
  receivedOn: Scalars['Date']['output'];
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
  edges: Array<ResidenceRegistrationEdge>;
  pageInfo: PageInfo;
  /** Number of registrations in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type ResidenceRegistrationEdge = {
  __typename?: 'ResidenceRegistrationEdge';
  cursor: Scalars['String']['output'];
  node: ResidenceRegistration;
};

export type ResidenceRegistrationPayload = {
  __typename?: 'ResidenceRegistrationPayload';
  residenceRegistration?: Maybe<ResidenceRegistration>;
  userErrors: Array<UserError>;
};

export type ReturnIntroductionLetterInput = {
  idempotencyKey: Scalars['String']['input'];
  introductionLetterId: Scalars['ID']['input'];
  /** At most 400 characters, as the workplace keeps it (REASON_TOO_LONG). */
  reason: Scalars['String']['input'];
};

export type ScheduleMeetingInput = {
  /** At most 2 000 characters (AGENDA_TOO_LONG). */
  agenda?: InputMaybe<Scalars['String']['input']>;
  heldOn: Scalars['Date']['input'];
  idempotencyKey: Scalars['String']['input'];
  kind: MeetingKind;
  /** The residential cell or ward holding the meeting. */
  organizationId: Scalars['ID']['input'];
};

export type SendMeetingExcuseInput = {
  idempotencyKey: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
  /** Why the member cannot come (3 to 500 characters), e.g. a work trip. */
  reason: Scalars['String']['input'];
};

/** Ascending or descending. */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/**
 * An effect this subgraph asked another to apply that has not been applied: still
 * being retried, or refused by its owner. It never disappears; oversight follows it up.
 */
export type UndeliveredEffect = {
  __typename?: 'UndeliveredEffect';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
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

