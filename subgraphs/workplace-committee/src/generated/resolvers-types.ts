import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationUnit as OrganizationUnitEntity } from '@twoway/org-tree';
import type { DisagreementRecord as DisagreementRecordEntity, OrganizationCountRecord as OrganizationCountRecordEntity, StatisticsKey as StatisticsKeyEntity } from '@twoway/subgraph-runtime';
import type { Member as MemberEntity } from '../entities/member.entity.js';
import type { MemberChange as MemberChangeEntity, ChangeNotice as ChangeNoticeEntity, ResidenceLeavingNotice as ResidenceLeavingNoticeEntity } from '../entities/change-notice.entity.js';
import type { IntroductionLetter as IntroductionLetterEntity } from '../entities/introduction-letter.entity.js';
import type { MemberTransfer as MemberTransferEntity } from '../entities/member-transfer.entity.js';
import type { WorkplaceContext } from '../context.js';
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

/** A member to admit (kết nạp đảng viên) into a workplace cell of the acting agency. */
export type AdmitMemberInput = {
  /** Date of the admission decision; not after today. */
  admissionDate: Scalars['Date']['input'];
  /** Date of birth (ngày sinh); the member must be at least 18 on the admission day. Personal data. */
  birthDate: Scalars['Date']['input'];
  /** 12-digit citizen ID, unique among members. */
  citizenId?: InputMaybe<Scalars['String']['input']>;
  /** Dossier number (số lý lịch), unique among members; optional. */
  dossierNumber?: InputMaybe<Scalars['String']['input']>;
  /** Why the member is exempt from residence activity; null when not exempt. SPECIAL_DUTY: never due for introduction. */
  exemptionCategory?: InputMaybe<ExemptionCategory>;
  /** Full name, family name first. */
  fullName: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and admits nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Position at work (chức vụ); optional. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** Sex (giới tính). */
  sex: Sex;
  /** A workplace cell in force under the acting agency. */
  workplaceCellId: Scalars['ID']['input'];
};

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

/**
 * The periodic notice of changes from a workplace organisation to a ward
 * (quarterly by default; newly admitted members monthly), compiled by the
 * workplace's scheduler at the end of the period. The ward acknowledges it.
 */
export type ChangeNotice = {
  __typename?: 'ChangeNotice';
  /**
   * The day the ward acknowledged it; null until then. The acknowledgement comes
   * from the residence committee by outbox: stale by at most one outbox delivery.
   */
  acknowledgedOn?: Maybe<Scalars['Date']['output']>;
  /** The notice's id (UUID). */
  id: Scalars['ID']['output'];
  /** The reported changes the notice carries, by the day they took effect. */
  items: Array<MemberChange>;
  /** Periodic changes, or newly admitted members. */
  kind: ChangeNoticeKind;
  /** The period covered, e.g. 2027-Q1 or 2027-03. */
  period: Scalars['String']['output'];
  /** The day the scheduler compiled and sent it, after the period ended. */
  sentOn: Scalars['Date']['output'];
  /** Sent, or acknowledged by the ward. */
  status: ChangeNoticeStatus;
  /** Optimistic-concurrency version of the notice. */
  version: Scalars['Int']['output'];
  /** The ward committee the notice is sent to. */
  ward: Organization;
  /** The workplace grassroots organisation that sends the notice. */
  workplaceOrganization: Organization;
};

/** A page of change notices. */
export type ChangeNoticeConnection = {
  __typename?: 'ChangeNoticeConnection';
  /** The notices on this page, newest first. */
  edges: Array<ChangeNoticeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of notices in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One change notice in a page. */
export type ChangeNoticeEdge = {
  __typename?: 'ChangeNoticeEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: ChangeNotice;
};

/** Which changes a notice carries, and how often it goes out. */
export type ChangeNoticeKind =
  /** Newly admitted members (NEWLY_ADMITTED); monthly by default (policy NEW_MEMBER_NOTICE_PERIOD). */
  | 'NEW_MEMBERS'
  /** Every reported change but new admissions; quarterly by default (policy CHANGE_NOTICE_PERIOD). */
  | 'PERIODIC';

/** Where a change notice stands. */
export type ChangeNoticeStatus =
  /** Acknowledged by the ward committee; on the residence side this ends the registrations of the members its items say left or moved. */
  | 'ACKNOWLEDGED'
  /** Sent to the ward, not yet acknowledged. */
  | 'SENT';

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

/** Why a member is exempt from activity at the place of residence. */
export type ExemptionCategory =
  /** Armed forces living in barracks (lực lượng vũ trang ở trong doanh trại). */
  | 'ARMED_FORCES_IN_BARRACKS'
  /** Trainees away for the whole year (đi học tập trung cả năm). */
  | 'FULL_YEAR_TRAINEE'
  /** Mobile workers and rotated cadres (làm việc lưu động, luân chuyển). */
  | 'MOBILE_WORKER'
  /** Special duty, not introduced to the place of residence at all (some army and police units, Hướng dẫn 33). */
  | 'SPECIAL_DUTY'
  /** Students studying away from home (sinh viên học xa nhà). */
  | 'STUDENT_AWAY';

/** Length of the periods of a series. */
export type Granularity =
  /** Calendar months (2026-11). */
  | 'MONTH'
  /** Calendar quarters (2026-Q3). */
  | 'QUARTER'
  /** Calendar years (2026). */
  | 'YEAR';

/**
 * Introduction letter (giấy giới thiệu, form mẫu 1-213): the workplace committee
 * introduces the member to the Party committee of the ward where they live.
 * The ward's receipt (the return stub) is the residence committee's: see `receipt`.
 */
export type IntroductionLetter = {
  __typename?: 'IntroductionLetter';
  /** The day the ward assigned the member to a residential cell, from the return stub (stale by at most one outbox delivery); null until then. */
  assignedOn?: Maybe<Scalars['Date']['output']>;
  /** Last day to present the letter to the ward (policy deadline). */
  dueOn: Scalars['Date']['output'];
  /** Why the letter is no longer in force; null unless ENDED. */
  endReason?: Maybe<LetterEndReason>;
  /** The day the letter stopped being in force; null unless ENDED. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the member is exempt from regular residence activity. */
  exempt: Scalars['Boolean']['output'];
  /** Every change to the letter, oldest first, from the workplace committee's audit log; at most 100 per page. */
  history: AuditEntryConnection;
  /** The letter's id (UUID). */
  id: Scalars['ID']['output'];
  /** The workplace grassroots organisation that issued the letter. */
  issuedBy: Organization;
  /** The day the workplace committee issued the letter. */
  issuedOn: Scalars['Date']['output'];
  /** The member introduced. */
  member: Member;
  /** Letter number (số giấy giới thiệu). */
  number: Scalars['String']['output'];
  /** True when the letter was not presented by its due date. */
  overdue: Scalars['Boolean']['output'];
  /**
   * The day the member presented the letter to the ward (xuất trình); null until
   * then. When the ward receives it with no presentation recorded, the receipt day.
   */
  presentedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the ward received the letter, from the return stub (stale by at most one outbox delivery); null until then. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Residence address stated in the letter. Personal data: read by the member,
   * cell, ward and workplace committees, oversight and partner apps granted
   * PERSONAL_DATA; null for anyone else. Every read but the member's own is audited.
   */
  residenceAddress?: Maybe<Scalars['String']['output']>;
  /** Why the ward returned the letter. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** The day the ward returned the letter (wrong ward); null unless RETURNED. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  /** Who signed for the committee (secretary or deputy). */
  signerName: Scalars['String']['output'];
  /** Where the letter stands. */
  status: IntroductionLetterStatus;
  /** The residential cell the ward assigned the member to, from the return stub. */
  toCell?: Maybe<Organization>;
  /** The ward committee the letter is addressed to (đảng ủy xã, phường nơi cư trú). */
  toWard: Organization;
  /** Optimistic-concurrency version: pass it back when changing the letter. */
  version: Scalars['Int']['output'];
};


/**
 * Introduction letter (giấy giới thiệu, form mẫu 1-213): the workplace committee
 * introduces the member to the Party committee of the ward where they live.
 * The ward's receipt (the return stub) is the residence committee's: see `receipt`.
 */
export type IntroductionLetterHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a member's introduction letters. */
export type IntroductionLetterConnection = {
  __typename?: 'IntroductionLetterConnection';
  /** The letters on this page, newest first. */
  edges: Array<IntroductionLetterEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of letters in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One introduction letter in a page. */
export type IntroductionLetterEdge = {
  __typename?: 'IntroductionLetterEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The letter. */
  node: IntroductionLetter;
};

/** The letter as issued, or why it was not. */
export type IntroductionLetterPayload = {
  __typename?: 'IntroductionLetterPayload';
  /** The letter as issued or changed; null when refused. */
  introductionLetter?: Maybe<IntroductionLetter>;
  /** Why the step was refused; empty when it was done. */
  userErrors: Array<UserError>;
};

/** Where an introduction letter stands. */
export type IntroductionLetterStatus =
  /** The ward assigned the member to a residential cell. */
  | 'ASSIGNED'
  /** No longer in force (moved, transferred, expelled, removed, deceased): see endReason. */
  | 'ENDED'
  /** Issued to the member, not yet presented to the ward. */
  | 'ISSUED'
  /** Presented by the member to the ward. */
  | 'PRESENTED'
  /** Received and listed by the ward. */
  | 'RECEIVED'
  /** Returned by the ward (wrong ward). */
  | 'RETURNED';

/** An introduction letter to issue (giấy giới thiệu, mẫu 1-213). */
export type IssueIntroductionLetterInput = {
  /** Retrying with the same key returns the first result and issues nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  /** The member to introduce: ACTIVE, not on SPECIAL_DUTY. */
  memberId: Scalars['ID']['input'];
  /** Residence address (địa chỉ nơi cư trú), 5 to 400 characters. Personal data. */
  residenceAddress: Scalars['String']['input'];
  /** The ward committee of the member's residence. */
  toWardId: Scalars['ID']['input'];
};

/** Why an introduction letter ended. */
export type LetterEndReason =
  /** The member died (từ trần). */
  | 'DECEASED'
  /** The member was expelled (khai trừ). */
  | 'EXPELLED'
  /** The ward reported the member no longer lives there. */
  | 'LEFT_RESIDENCE'
  /** The member's exemption became SPECIAL_DUTY: not introduced at residence. */
  | 'NOT_INTRODUCED'
  /** The member was removed from the list (xóa tên). */
  | 'REMOVED'
  /** The workplace reported the member moved home. */
  | 'RESIDENCE_CHANGED'
  /** The member retired: the residential cell is now their own cell. */
  | 'RETIRED'
  /** A newer letter of the member replaced it. */
  | 'SUPERSEDED'
  /** The member was transferred to another organisation. */
  | 'TRANSFERRED';

/** A page of introduction letters lost between the two sides. */
export type LostIntroductionLetterConnection = {
  __typename?: 'LostIntroductionLetterConnection';
  /** The letters on this page, by the deadline they missed. */
  edges: Array<LostIntroductionLetterEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of letters in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A lost letter, where it stopped, and the deadline it missed. */
export type LostIntroductionLetterEdge = {
  __typename?: 'LostIntroductionLetterEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The deadline it missed. */
  deadline: Scalars['Date']['output'];
  /** The lost letter. */
  node: IntroductionLetter;
  /** Where the letter stopped: not received, or received and not assigned. */
  stage: LostLetterStage;
};

/** Where a lost letter stopped. */
export type LostLetterStage =
  /** Received by the ward, never assigned to a cell within the deadline. */
  | 'NOT_ASSIGNED'
  /** Issued, never received by the ward by its due date. */
  | 'NOT_RECEIVED';

/**
 * A Party member (đảng viên), as the committee of their workplace records them.
 * The workplace committee owns the member's identity: other subgraphs add to this entity.
 */
export type Member = {
  __typename?: 'Member';
  /** Date admitted to the Party (ngày vào Đảng). */
  admissionDate: Scalars['Date']['output'];
  /**
   * Date of birth (ngày sinh). Personal data: read by the member, cell, ward and
   * workplace committees, oversight and partner apps granted PERSONAL_DATA; null
   * for anyone else. Every read but the member's own is audited.
   */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Changes the workplace reported for this member, newest first. */
  changes: Array<MemberChange>;
  /**
   * 12-digit citizen ID (số căn cước công dân). Personal data: read by the member,
   * cell, ward and workplace committees, oversight and partner apps granted
   * PERSONAL_DATA; null for anyone else. Every read but the member's own is audited.
   */
  citizenId?: Maybe<Scalars['String']['output']>;
  /**
   * Dossier number (số lý lịch), opaque. Read by the member, the workplace
   * committee and oversight; null for anyone else. Not personal data: reads are not audited.
   */
  dossierNumber?: Maybe<Scalars['String']['output']>;
  /** Why the member is exempt from residence activity, if they are (Hướng dẫn 33-HD/BTCTW); null when not exempt. */
  exemptionCategory?: Maybe<ExemptionCategory>;
  /** Date of full membership (ngày chính thức); null while still a probationary member (dự bị). */
  fullMembershipDate?: Maybe<Scalars['Date']['output']>;
  /** Full name, family name first (họ và tên). */
  fullName: Scalars['String']['output'];
  /** The member's id (UUID), the key every subgraph knows the member by. */
  id: Scalars['ID']['output'];
  /**
   * Since when the member is due for introduction: the admission day, the day a
   * receiving organisation took them in, or the day their last letter ended or
   * was returned. Null while a letter is in force or no introduction is expected.
   */
  introductionDueSince?: Maybe<Scalars['Date']['output']>;
  /** Introduction letters issued for this member to a ward of residence, newest first, at most 100 per page. */
  introductionLetters: IntroductionLetterConnection;
  /**
   * The wards' notices that the member or their family no longer lives there, newest first.
   * Sent by the residence committee by outbox: stale by at most one outbox delivery.
   */
  leavingNotices: Array<ResidenceLeavingNotice>;
  /**
   * True while the member is due for introduction: their duty at residence is
   * TWO_WAY or EXEMPT and no letter of theirs is in force (ISSUED, PRESENTED,
   * RECEIVED, ASSIGNED). See docs/party-life.md.
   */
  needsNewIntroduction: Scalars['Boolean']['output'];
  /**
   * Party card number (số thẻ đảng viên), opaque; null until full membership.
   * Read by the member, cell, ward and workplace committees and oversight (checked
   * when a letter is presented); null for anyone else. Not personal data: reads are not audited.
   */
  partyCardNumber?: Maybe<Scalars['String']['output']>;
  /** Position at work (chức vụ). */
  position?: Maybe<Scalars['String']['output']>;
  /** What the residence may expect of the member, derived from status and exemption (docs/party-life.md). */
  residenceDuty: ResidenceDuty;
  /** Sex (giới tính), as recorded in the dossier. */
  sex: Sex;
  /** Standing of the membership at the workplace. */
  status: MembershipStatus;
  /** The member's transfers between Party organisations (chuyển sinh hoạt đảng), newest first. */
  transfers: Array<MemberTransfer>;
  /** Optimistic-concurrency version of the member record. */
  version: Scalars['Int']['output'];
  /** The cell of the workplace where the member holds regular Party activity (chi bộ nơi công tác). */
  workplaceCell: Organization;
  /** The workplace grassroots organisation above that cell (đảng bộ cơ sở nơi công tác). */
  workplaceOrganization: Organization;
};


/**
 * A Party member (đảng viên), as the committee of their workplace records them.
 * The workplace committee owns the member's identity: other subgraphs add to this entity.
 */
export type MemberIntroductionLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One reported change, compiled into the period's change notice to the ward. */
export type MemberChange = {
  __typename?: 'MemberChange';
  /** The notice it went out in; null until the period is compiled. */
  changeNotice?: Maybe<ChangeNotice>;
  /** What changed. */
  changeType: MemberChangeType;
  /** What changed (new position, new exemption, remarks), without guarded values. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** The day the change took effect; not after the day it was reported. */
  effectiveOn: Scalars['Date']['output'];
  /** The change's id (UUID). */
  id: Scalars['ID']['output'];
  /** The member the change is about. */
  member: Member;
  /** The day the workplace committee recorded the change. */
  reportedOn: Scalars['Date']['output'];
  /** The ward it is reported to; null when the member was never introduced. */
  ward?: Maybe<Organization>;
};

/** What changed about a member, reported by the workplace to the ward (Quy định 213, Điều 3). */
export type MemberChangeType =
  /** Deceased (từ trần). */
  | 'DECEASED'
  /** Exemption category set, changed or lifted; to SPECIAL_DUTY it ends the member's open letters. */
  | 'EXEMPTION_CHANGED'
  /** Expelled (khai trừ). */
  | 'EXPELLED'
  /**
   * Newly admitted (đảng viên mới kết nạp): recorded by the member's first letter
   * when issued within a year of admission; goes out in the monthly new-members notice.
   */
  | 'NEWLY_ADMITTED'
  /** New position at work (thay đổi chức vụ). */
  | 'POSITION_CHANGED'
  /** Removed from the list (xóa tên). */
  | 'REMOVED'
  /** Moved home (thay đổi nơi cư trú): the letter to the old ward ends at once; the member is due for a new introduction. */
  | 'RESIDENCE_CHANGED'
  /** Retired (nghỉ hưu): official Party activity moves to the residential cell. */
  | 'RETIRED'
  /** Transferred to another Party organisation (chuyển sinh hoạt). */
  | 'TRANSFERRED';

/** A page of transfers not yet taken in. */
export type MemberInTransitConnection = {
  __typename?: 'MemberInTransitConnection';
  /** The transfers on this page, by the day the member is due to be taken in. */
  edges: Array<MemberInTransitEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of transfers in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A transfer not yet taken in, whether it is overdue, and its deadline. */
export type MemberInTransitEdge = {
  __typename?: 'MemberInTransitEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** Last day to take the member in (the transfer's dueBy). */
  deadline: Scalars['Date']['output'];
  /** The transfer (its member, sending and receiving organisations). */
  node: MemberTransfer;
  /** True when not taken in by the deadline. */
  overdue: Scalars['Boolean']['output'];
};

/** A page of members not introduced in time. */
export type MemberNotIntroducedConnection = {
  __typename?: 'MemberNotIntroducedConnection';
  /** The members on this page, by deadline. */
  edges: Array<MemberNotIntroducedEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of members in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A member not introduced in time, with since when they are due and the deadline they missed. */
export type MemberNotIntroducedEdge = {
  __typename?: 'MemberNotIntroducedEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The deadline they missed (dueSince + LETTER_PRESENTATION_DAYS). */
  deadline: Scalars['Date']['output'];
  /** Since when the member is due for introduction. */
  dueSince: Scalars['Date']['output'];
  /** The member due for introduction. */
  node: Member;
};

/** The member as changed, or why not. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The member as changed; null when refused. */
  member?: Maybe<Member>;
  /** Why the step was refused; empty when it was done. */
  userErrors: Array<UserError>;
};

/**
 * A transfer of a member's Party activity between organisations (chuyển sinh
 * hoạt đảng): sent by the grassroots committee of the sending agency, taken in by
 * the receiving one into one of its workplace cells. The member keeps one record.
 */
export type MemberTransfer = {
  __typename?: 'MemberTransfer';
  /** Last day to take the member in (sentOn + TRANSFER_RECEIPT_DAYS). */
  dueBy: Scalars['Date']['output'];
  /** The day the transfer took effect (the decision's date). */
  effectiveOn: Scalars['Date']['output'];
  /** The workplace cell the member left. */
  fromCell: Organization;
  /** The sending grassroots organisation. */
  fromOrganization: Organization;
  /** The transfer's id (UUID). */
  id: Scalars['ID']['output'];
  /** Official or temporary transfer. */
  kind: MemberTransferKind;
  /** The member transferred. */
  member: Member;
  /** The day the receiving committee took the member in; null while SENT. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** The sending committee's remarks, free text; null when none. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** The day the sending committee recorded the transfer. */
  sentOn: Scalars['Date']['output'];
  /** Whether the receiving committee has taken the member in. */
  status: MemberTransferStatus;
  /** The receiving workplace cell, once taken in. */
  toCell?: Maybe<Organization>;
  /** The receiving grassroots organisation; null when outside this federation (the member is then TRANSFERRED, final here). */
  toOrganization?: Maybe<Organization>;
  /** Optimistic-concurrency version: pass it back when taking the member in. */
  version: Scalars['Int']['output'];
};

/** Official or temporary transfer (chuyển sinh hoạt đảng chính thức, tạm thời). */
export type MemberTransferKind =
  /** Official transfer (chuyển sinh hoạt đảng chính thức). */
  | 'OFFICIAL'
  /** Temporary transfer (chuyển sinh hoạt đảng tạm thời); recorded and taken in the same way as an official one. */
  | 'TEMPORARY';

/** The transfer as recorded, or why it was not. */
export type MemberTransferPayload = {
  __typename?: 'MemberTransferPayload';
  /** The transfer as recorded; null when refused. */
  memberTransfer?: Maybe<MemberTransfer>;
  /** Why the step was refused; empty when it was done. */
  userErrors: Array<UserError>;
};

/** Where a transfer between organisations stands. */
export type MemberTransferStatus =
  /** Taken in by the receiving committee. */
  | 'RECEIVED'
  /** Sent by the sending committee; the member is IN_TRANSIT (or TRANSFERRED, outside the federation). */
  | 'SENT';

/** Standing of a membership at the workplace. */
export type MembershipStatus =
  /** Active in the workplace cell. */
  | 'ACTIVE'
  /** Deceased (từ trần). */
  | 'DECEASED'
  /** Expelled (khai trừ). */
  | 'EXPELLED'
  /** Transferred out to another organisation of this federation, not yet taken in. */
  | 'IN_TRANSIT'
  /** Removed from the list (xóa tên). */
  | 'REMOVED'
  /** Retired from work; activity moves to the place of residence (nghỉ hưu). */
  | 'RETIRED'
  /** Transferred to another Party organisation (chuyển sinh hoạt). */
  | 'TRANSFERRED';

/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admits a member (kết nạp đảng viên) into a workplace cell of the acting
   * agency: by its grassroots committee. The member is ACTIVE and probationary
   * from the admission day and due for introduction; their first letter goes to
   * the ward in the next monthly new-members notice.
   */
  admitMember: MemberPayload;
  /** Adds a node of the workplace branch to the tree (administrators, or oversight within its subtree); the other subgraphs' copies follow. */
  createWorkplaceOrganization: OrganizationPayload;
  /** Ends a node of the workplace branch, naming its successor; the other subgraphs' copies follow. */
  endWorkplaceOrganization: OrganizationPayload;
  /**
   * Issue an introduction letter (mẫu 1-213) for a member to the ward where they live.
   * Done by the committee of the member's workplace. The letter is due at the ward
   * within the presentation deadline in force (policy LETTER_PRESENTATION_DAYS);
   * any earlier open letter of the member ends.
   */
  issueIntroductionLetter: IntroductionLetterPayload;
  /**
   * Records that the member presented their letter to the ward (ISSUED → PRESENTED):
   * by the member themself, or by the committee of the ward the letter is addressed to.
   */
  presentIntroductionLetter: IntroductionLetterPayload;
  /**
   * Takes a transferred member in (tiếp nhận sinh hoạt đảng), by the receiving
   * grassroots committee, into one of its workplace cells: the same member record,
   * ACTIVE again and due for introduction from that day.
   */
  receiveTransferredMember: MemberTransferPayload;
  /**
   * Reports a change about a member (position, exemption, residence, expulsion,
   * removal, death), by the grassroots committee. The member record changes now;
   * the change goes to the ward in the period's change notice. Expulsion, removal
   * and death end the member's open letters and cancel open comment requests
   * (evaluation); a move home ends the open letters at once (RESIDENCE_CHANGED) and
   * makes the member due for a new introduction; an exemption to SPECIAL_DUTY ends
   * them (NOT_INTRODUCED). Transfers and retirement have their own mutations
   * (transferMemberOut, retireMember); NEWLY_ADMITTED is recorded by the first letter.
   */
  reportMemberChange: MemberPayload;
  /**
   * Records a member's retirement (nghỉ hưu), by the grassroots committee: the
   * member must be assigned to a residential cell, whose registration becomes
   * their official Party activity; the letter ends (RETIRED).
   */
  retireMember: MemberPayload;
  /**
   * Transfers a member out (chuyển sinh hoạt đảng đi), by the sending grassroots
   * committee: IN_TRANSIT to an agency of this federation, or TRANSFERRED when
   * the receiving organisation is outside it. Open letters end (TRANSFERRED), open
   * comment requests are cancelled, the ward hears it in the change notice.
   */
  transferMemberOut: MemberTransferPayload;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationAdmitMemberArgs = {
  input: AdmitMemberInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationCreateWorkplaceOrganizationArgs = {
  input: CreateOrganizationUnitInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationEndWorkplaceOrganizationArgs = {
  input: EndOrganizationUnitInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationIssueIntroductionLetterArgs = {
  input: IssueIntroductionLetterInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationPresentIntroductionLetterArgs = {
  input: PresentIntroductionLetterInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationReceiveTransferredMemberArgs = {
  input: ReceiveTransferredMemberInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationReportMemberChangeArgs = {
  input: ReportMemberChangeInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationRetireMemberArgs = {
  input: RetireMemberInput;
};


/**
 * The workplace side's steps of the two-way workflows (docs/workflows.md). Each
 * takes one input with an idempotency key, runs in one transaction, is audited,
 * and answers the record or, when refused, userErrors and no change.
 */
export type MutationTransferMemberOutArgs = {
  input: TransferMemberOutInput;
};

/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type Organization = {
  __typename?: 'Organization';
  /** Every node above, the province first. */
  ancestors: Array<Organization>;
  /**
   * Change notices sent to wards in this subtree or from workplace organisations
   * in it, newest first. Filter by status; at most 100 per page. Answered by the
   * workplace committee; the wards' acknowledgements arrive by outbox (stale by at
   * most one outbox delivery).
   */
  changeNotices: ChangeNoticeConnection;
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
   * Oversight: introduction letters lost between the two sides on `asOf` (default
   * today): issued and not received by the presentation deadline (NOT_RECEIVED),
   * or received and not assigned to a cell within ASSIGNMENT_DAYS (NOT_ASSIGNED).
   * Letters issued in this subtree or addressed to a ward in it, by deadline.
   * Answered by the workplace committee from its letters and the return stubs the
   * wards send it (stale by at most one outbox delivery).
   */
  lostIntroductionLetters: LostIntroductionLetterConnection;
  /**
   * Oversight: members sent from or to an organisation in this subtree and not
   * taken in on `asOf` (default today), by the day they are due to be taken in;
   * `overdueOnly` keeps those past TRANSFER_RECEIPT_DAYS: lost between organisations.
   * Transfers outside the federation are final and not listed. Answered by the
   * workplace committee from its own transfers: never stale.
   */
  membersInTransit: MemberInTransitConnection;
  /**
   * Oversight: members working in this subtree still due for introduction more than
   * LETTER_PRESENTATION_DAYS (in force on `asOf`, default today) after they became
   * due (admitted, taken in, or their letter ended), by deadline. Judged from the
   * members' current records. Answered by the workplace committee; the wards'
   * returns and leaving notices that make a member due arrive by outbox (stale by
   * at most one outbox delivery).
   */
  membersNotIntroduced: MemberNotIntroducedConnection;
  /** Official name (tên tổ chức đảng). */
  name: Scalars['String']['output'];
  /** The node directly above (cấp trên trực tiếp); null for a province. */
  parent?: Maybe<Organization>;
  /** The node that took over when this one ended (merger, reorganisation). */
  successor?: Maybe<Organization>;
  /**
   * Oversight: wards' leaving notices about members working in this subtree, open
   * on `asOf` (default today) more than LEAVING_NOTICE_ACTION_DAYS after the ward
   * sent them: the workplace has not introduced the member elsewhere. By deadline.
   * Answered by the workplace committee; the notices arrive from the wards by
   * outbox (stale by at most one outbox delivery).
   */
  unansweredLeavingNotices: UnansweredLeavingNoticeConnection;
  /** First day the node exists (ngày thành lập / hiệu lực). */
  validFrom: Scalars['Date']['output'];
  /** Last day the node exists; null while it still does. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Raised by the keeper on every change. */
  version: Scalars['Int']['output'];
  /**
   * Oversight: disagreements in the workplace's own records for members working in
   * this subtree: OPEN_TO_TWO_WARDS (letters open to two wards at once) and
   * SHARED_CITIZEN_ID (two member records with one citizen ID). Answered by the
   * workplace committee from its own records: never stale.
   */
  workplaceDisagreements: DisagreementConnection;
  /**
   * Members whose workplace cell lies in this node's subtree, in Vietnamese name
   * order (given name, middle name, family name). At most 100 per page.
   * Answered by the workplace committee from its own records.
   */
  workplaceMembers: WorkplaceMemberConnection;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationChangeNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ChangeNoticeStatus>;
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
export type OrganizationLostIntroductionLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  stage?: InputMaybe<LostLetterStage>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationMembersInTransitArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationMembersNotIntroducedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationUnansweredLeavingNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationWorkplaceDisagreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<WorkplaceDisagreementKind>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationWorkplaceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * Figures for one organisation node over one period (2026, 2026-Q3 or 2026-11).
 * Each subgraph adds the figures it owns, computed by SQL aggregates in its own
 * database; the gateway joins them on (organizationId, period).
 */
export type OrganizationStatistics = {
  __typename?: 'OrganizationStatistics';
  /** The same figures for each child node in force at the end of the period, for drill-down. */
  children: Array<OrganizationStatistics>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Active members known to this node on the last day: working in its subtree, or introduced to a ward or cell in it. */
  members: Scalars['Int']['output'];
  /** Of those, members a ward has assigned to a residential cell (from the return stubs the wards send). */
  membersAssignedAtResidence: Scalars['Int']['output'];
  /** The node the figures are for. */
  organization: Organization;
  /** The node's id (UUID); with `period`, the key the subgraphs join on. */
  organizationId: Scalars['ID']['output'];
  /** The period: a year (2026), a quarter (2026-Q3) or a month (2026-11). */
  period: Scalars['String']['output'];
  /** membersAssignedAtResidence / members; null when there are no members. */
  shareRegisteredAtResidence?: Maybe<Scalars['Float']['output']>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A member's presentation of their letter to the ward (xuất trình giấy giới thiệu). */
export type PresentIntroductionLetterInput = {
  /** Retrying with the same key returns the first result and records nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The letter presented: ISSUED, not yet presented. */
  introductionLetterId: Scalars['ID']['input'];
  /** The day the letter was presented (default today): not before it was issued, not after today. */
  presentedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version of the letter the caller saw; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

/** Reads of the workplace committee's records: figures, member search and records by id. */
export type Query = {
  __typename?: 'Query';
  /** A change notice by id; null when unknown or out of the caller's reach. */
  changeNotice?: Maybe<ChangeNotice>;
  /** An introduction letter by id; null when unknown or out of the caller's reach. */
  introductionLetter?: Maybe<IntroductionLetter>;
  /** A member by id; null when unknown or out of the caller's reach. */
  member?: Maybe<Member>;
  /** A member transfer by id; null when unknown or out of reach. */
  memberTransfer?: Maybe<MemberTransfer>;
  /** One organisation node by id; null when unknown. */
  organization?: Maybe<Organization>;
  /** The provinces (top of the tree) in force on `asOf` (default: today). */
  provinces: Array<Organization>;
  /**
   * Finds members within the caller's subtree (by workplace, or by the ward or
   * cell an open letter introduced them to): by 12-digit citizen ID, by party
   * card number (any other text with a digit), or by name ignoring tones and
   * marks ("nguyen van hoat" finds "Nguyễn Văn Hoạt"). In Vietnamese name order.
   * A search by a number is a read of that field: refused with FORBIDDEN to a
   * role that may not read it (citizen ID: officials and partners granted
   * PERSONAL_DATA; card number: officials), and audited for personal data.
   * Birth dates, addresses and dossier numbers are not searchable.
   */
  searchMembers: WorkplaceMemberConnection;
  /** Figures for a node and a period (2026, 2026-Q3 or 2026-11); null for an unknown node or one out of the caller's scope. */
  statistics?: Maybe<OrganizationStatistics>;
  /** Figures for a node as a time series: one entry per month, quarter or year from `from` to `to` (at most 60). */
  statisticsSeries: Array<OrganizationStatistics>;
  /** Effects this subgraph asked others to apply that did not get through (administrators and oversight). */
  workplaceCommitteeUndeliveredEffects: Array<UndeliveredEffect>;
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryChangeNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryIntroductionLetterArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryMemberTransferArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryProvincesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QuerySearchMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryStatisticsArgs = {
  organizationId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


/** Reads of the workplace committee's records: figures, member search and records by id. */
export type QueryStatisticsSeriesArgs = {
  from: Scalars['Date']['input'];
  granularity: Granularity;
  organizationId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};

/** A transferred member to take in (tiếp nhận sinh hoạt đảng). */
export type ReceiveTransferredMemberInput = {
  /** Retrying with the same key returns the first result and takes nobody in twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The transfer to the acting agency, still SENT, its member still IN_TRANSIT. */
  transferId: Scalars['ID']['input'];
  /** The version of the transfer the caller saw; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
  /** A workplace cell in force under the receiving agency. */
  workplaceCellId: Scalars['ID']['input'];
};

/** A change about a member to report (position, exemption, residence, expulsion, removal, death). */
export type ReportMemberChangeInput = {
  /** What changed; TRANSFERRED, RETIRED and NEWLY_ADMITTED are refused here (NOT_REPORTED_HERE). */
  changeType: MemberChangeType;
  /** The day the change took effect; not after today, nor before the member's admission. */
  effectiveOn: Scalars['Date']['input'];
  /** For EXEMPTION_CHANGED, required: the new category, or an explicit null for none (back to two-way activity); the category the member has already is refused (NO_CHANGE). */
  exemptionCategory?: InputMaybe<ExemptionCategory>;
  /** Retrying with the same key returns the first result and reports nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The member: ACTIVE, working under the acting agency. */
  memberId: Scalars['ID']['input'];
  /** For POSITION_CHANGED: the new position. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** Optional remarks, kept in the change's details. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The version of the member the caller saw; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

/**
 * What the residence may expect of a member (nghĩa vụ sinh hoạt nơi cư trú), one
 * value both sides agree on; computed by the workplace, projected to the residence
 * through MemberStandingChanged.
 */
export type ResidenceDuty =
  /** Exempt (Hướng dẫn 33): introduced, never counted absent, annual comment waived. */
  | 'EXEMPT'
  /** In transit, transferred, expelled, removed or deceased: nothing expected. */
  | 'NONE'
  /** Special duty (some army and police): not introduced, expected nowhere at residence. */
  | 'NOT_INTRODUCED'
  /** Retired: the residential cell is now the member's own cell. */
  | 'OFFICIAL_AT_RESIDENCE'
  /** Employed, not exempt: introduced, expected at meetings, full annual comment. */
  | 'TWO_WAY';

/** A ward's notice that a member or their family no longer lives in the ward. */
export type ResidenceLeavingNotice = {
  __typename?: 'ResidenceLeavingNotice';
  /** The day a CLOSED notice stopped waiting for a letter; null otherwise. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The notice's id (UUID), as the residence committee issued it. */
  id: Scalars['ID']['output'];
  /** The member the notice is about. */
  member: Member;
  /** Why, in the residence committee's words. */
  reason: Scalars['String']['output'];
  /** The day the ward or cell committee reported it. */
  reportedOn: Scalars['Date']['output'];
  /** OPEN until the workplace introduces the member elsewhere (RESOLVED), or until the member is introduced nowhere any more: left the Party organisation, or on special duty (CLOSED). */
  status: Scalars['String']['output'];
  /** The ward the member or their family left. */
  ward: Organization;
};

/** A member's retirement to record (nghỉ hưu). */
export type RetireMemberInput = {
  /** The day the retirement takes effect; not after today, nor before the member's admission. */
  effectiveOn: Scalars['Date']['input'];
  /** Retrying with the same key returns the first result and records nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The member retiring: ACTIVE and assigned to a residential cell. */
  memberId: Scalars['ID']['input'];
  /** Optional remarks, kept with the change item. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The version of the member the caller saw; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

/** Sex as recorded in the member's dossier (giới tính). */
export type Sex =
  /** Female (nữ). */
  | 'FEMALE'
  /** Male (nam). */
  | 'MALE';

/** Ascending or descending. */
export type SortOrder =
  /** Ascending: the earliest (or first in Vietnamese name order) first. */
  | 'ASC'
  /** Descending: the latest first. */
  | 'DESC';

/** A member to transfer out (chuyển sinh hoạt đảng đi). */
export type TransferMemberOutInput = {
  /** The day the transfer takes effect; not after today, nor before the member's admission. */
  effectiveOn: Scalars['Date']['input'];
  /** Retrying with the same key returns the first result and transfers nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Official or temporary transfer. */
  kind: MemberTransferKind;
  /** The member to transfer: ACTIVE, working under the acting agency. */
  memberId: Scalars['ID']['input'];
  /** Optional remarks, kept with the transfer and its change item. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The receiving agency (an AGENCY node in force); omit for an organisation outside this federation. */
  toOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The version of the member the caller saw; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
};

/** A page of leaving notices the workplace has not answered in time. */
export type UnansweredLeavingNoticeConnection = {
  __typename?: 'UnansweredLeavingNoticeConnection';
  /** The notices on this page, by deadline. */
  edges: Array<UnansweredLeavingNoticeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of notices in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A leaving notice the workplace has not answered with a new letter, and the deadline it missed. */
export type UnansweredLeavingNoticeEdge = {
  __typename?: 'UnansweredLeavingNoticeEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The deadline the workplace missed (reportedOn + LEAVING_NOTICE_ACTION_DAYS). */
  deadline: Scalars['Date']['output'];
  /** The ward's leaving notice. */
  node: ResidenceLeavingNotice;
};

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

/** What disagrees in the workplace committee's own records. */
export type WorkplaceDisagreementKind =
  /** The member has letters in force to two or more wards at once. */
  | 'OPEN_TO_TWO_WARDS'
  /** Two or more member records carry one citizen ID (the number itself is never shown). */
  | 'SHARED_CITIZEN_ID';

/** A page of members of a workplace subtree. */
export type WorkplaceMemberConnection = {
  __typename?: 'WorkplaceMemberConnection';
  /** The members on this page, in Vietnamese name order. */
  edges: Array<WorkplaceMemberEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of members in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page. */
export type WorkplaceMemberEdge = {
  __typename?: 'WorkplaceMemberEdge';
  /** This edge's cursor; pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
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
  ChangeNotice: ChangeNotice;
  IntroductionLetter: IntroductionLetter;
  Member: Member;
  MemberTransfer: MemberTransfer;
  Organization: Organization;
  OrganizationStatistics: OrganizationStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ChangeNotice:
    ( { __typename: 'ChangeNotice' }
    & GraphQLRecursivePick<FederationTypes['ChangeNotice'], {"id":true}> );
  IntroductionLetter:
    ( { __typename: 'IntroductionLetter' }
    & GraphQLRecursivePick<FederationTypes['IntroductionLetter'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  MemberTransfer:
    ( { __typename: 'MemberTransfer' }
    & GraphQLRecursivePick<FederationTypes['MemberTransfer'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  OrganizationStatistics:
    ( { __typename: 'OrganizationStatistics' }
    & GraphQLRecursivePick<FederationTypes['OrganizationStatistics'], {"organizationId":true,"period":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdmitMemberInput: AdmitMemberInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  ChangeNotice: ResolverTypeWrapper<ChangeNoticeEntity>;
  ChangeNoticeConnection: ResolverTypeWrapper<Omit<ChangeNoticeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeNoticeEdge']> }>;
  ChangeNoticeEdge: ResolverTypeWrapper<Omit<ChangeNoticeEdge, 'node'> & { node: ResolversTypes['ChangeNotice'] }>;
  ChangeNoticeKind: ChangeNoticeKind;
  ChangeNoticeStatus: ChangeNoticeStatus;
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Disagreement: ResolverTypeWrapper<DisagreementRecordEntity>;
  DisagreementConnection: ResolverTypeWrapper<Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversTypes['DisagreementEdge']> }>;
  DisagreementEdge: ResolverTypeWrapper<Omit<DisagreementEdge, 'node'> & { node: ResolversTypes['Disagreement'] }>;
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  ExemptionCategory: ExemptionCategory;
  Granularity: Granularity;
  IntroductionLetter: ResolverTypeWrapper<IntroductionLetterEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  IntroductionLetterConnection: ResolverTypeWrapper<Omit<IntroductionLetterConnection, 'edges'> & { edges: Array<ResolversTypes['IntroductionLetterEdge']> }>;
  IntroductionLetterEdge: ResolverTypeWrapper<Omit<IntroductionLetterEdge, 'node'> & { node: ResolversTypes['IntroductionLetter'] }>;
  IntroductionLetterPayload: ResolverTypeWrapper<Omit<IntroductionLetterPayload, 'introductionLetter'> & { introductionLetter?: Maybe<ResolversTypes['IntroductionLetter']> }>;
  IntroductionLetterStatus: IntroductionLetterStatus;
  IssueIntroductionLetterInput: IssueIntroductionLetterInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LetterEndReason: LetterEndReason;
  LostIntroductionLetterConnection: ResolverTypeWrapper<Omit<LostIntroductionLetterConnection, 'edges'> & { edges: Array<ResolversTypes['LostIntroductionLetterEdge']> }>;
  LostIntroductionLetterEdge: ResolverTypeWrapper<Omit<LostIntroductionLetterEdge, 'node'> & { node: ResolversTypes['IntroductionLetter'] }>;
  LostLetterStage: LostLetterStage;
  Member: ResolverTypeWrapper<MemberEntity>;
  MemberChange: ResolverTypeWrapper<MemberChangeEntity>;
  MemberChangeType: MemberChangeType;
  MemberInTransitConnection: ResolverTypeWrapper<Omit<MemberInTransitConnection, 'edges'> & { edges: Array<ResolversTypes['MemberInTransitEdge']> }>;
  MemberInTransitEdge: ResolverTypeWrapper<Omit<MemberInTransitEdge, 'node'> & { node: ResolversTypes['MemberTransfer'] }>;
  MemberNotIntroducedConnection: ResolverTypeWrapper<Omit<MemberNotIntroducedConnection, 'edges'> & { edges: Array<ResolversTypes['MemberNotIntroducedEdge']> }>;
  MemberNotIntroducedEdge: ResolverTypeWrapper<Omit<MemberNotIntroducedEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversTypes['Member']> }>;
  MemberTransfer: ResolverTypeWrapper<MemberTransferEntity>;
  MemberTransferKind: MemberTransferKind;
  MemberTransferPayload: ResolverTypeWrapper<Omit<MemberTransferPayload, 'memberTransfer'> & { memberTransfer?: Maybe<ResolversTypes['MemberTransfer']> }>;
  MemberTransferStatus: MemberTransferStatus;
  MembershipStatus: MembershipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationUnitEntity>;
  OrganizationCount: ResolverTypeWrapper<OrganizationCountRecordEntity>;
  OrganizationKind: OrganizationKind;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  OrganizationStatistics: ResolverTypeWrapper<StatisticsKeyEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PresentIntroductionLetterInput: PresentIntroductionLetterInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveTransferredMemberInput: ReceiveTransferredMemberInput;
  ReportMemberChangeInput: ReportMemberChangeInput;
  ResidenceDuty: ResidenceDuty;
  ResidenceLeavingNotice: ResolverTypeWrapper<ResidenceLeavingNoticeEntity>;
  RetireMemberInput: RetireMemberInput;
  Sex: Sex;
  SortOrder: SortOrder;
  TransferMemberOutInput: TransferMemberOutInput;
  UnansweredLeavingNoticeConnection: ResolverTypeWrapper<Omit<UnansweredLeavingNoticeConnection, 'edges'> & { edges: Array<ResolversTypes['UnansweredLeavingNoticeEdge']> }>;
  UnansweredLeavingNoticeEdge: ResolverTypeWrapper<Omit<UnansweredLeavingNoticeEdge, 'node'> & { node: ResolversTypes['ResidenceLeavingNotice'] }>;
  UndeliveredEffect: ResolverTypeWrapper<UndeliveredEffect>;
  UserError: ResolverTypeWrapper<UserError>;
  WorkplaceDisagreementKind: WorkplaceDisagreementKind;
  WorkplaceMemberConnection: ResolverTypeWrapper<Omit<WorkplaceMemberConnection, 'edges'> & { edges: Array<ResolversTypes['WorkplaceMemberEdge']> }>;
  WorkplaceMemberEdge: ResolverTypeWrapper<Omit<WorkplaceMemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdmitMemberInput: AdmitMemberInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  ChangeNotice: ChangeNoticeEntity;
  ChangeNoticeConnection: Omit<ChangeNoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeNoticeEdge']> };
  ChangeNoticeEdge: Omit<ChangeNoticeEdge, 'node'> & { node: ResolversParentTypes['ChangeNotice'] };
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  Date: Scalars['Date']['output'];
  Disagreement: DisagreementRecordEntity;
  DisagreementConnection: Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisagreementEdge']> };
  DisagreementEdge: Omit<DisagreementEdge, 'node'> & { node: ResolversParentTypes['Disagreement'] };
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  IntroductionLetter: IntroductionLetterEntity;
  Boolean: Scalars['Boolean']['output'];
  IntroductionLetterConnection: Omit<IntroductionLetterConnection, 'edges'> & { edges: Array<ResolversParentTypes['IntroductionLetterEdge']> };
  IntroductionLetterEdge: Omit<IntroductionLetterEdge, 'node'> & { node: ResolversParentTypes['IntroductionLetter'] };
  IntroductionLetterPayload: Omit<IntroductionLetterPayload, 'introductionLetter'> & { introductionLetter?: Maybe<ResolversParentTypes['IntroductionLetter']> };
  IssueIntroductionLetterInput: IssueIntroductionLetterInput;
  JSON: Scalars['JSON']['output'];
  LostIntroductionLetterConnection: Omit<LostIntroductionLetterConnection, 'edges'> & { edges: Array<ResolversParentTypes['LostIntroductionLetterEdge']> };
  LostIntroductionLetterEdge: Omit<LostIntroductionLetterEdge, 'node'> & { node: ResolversParentTypes['IntroductionLetter'] };
  Member: MemberEntity;
  MemberChange: MemberChangeEntity;
  MemberInTransitConnection: Omit<MemberInTransitConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberInTransitEdge']> };
  MemberInTransitEdge: Omit<MemberInTransitEdge, 'node'> & { node: ResolversParentTypes['MemberTransfer'] };
  MemberNotIntroducedConnection: Omit<MemberNotIntroducedConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberNotIntroducedEdge']> };
  MemberNotIntroducedEdge: Omit<MemberNotIntroducedEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberPayload: Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['Member']> };
  MemberTransfer: MemberTransferEntity;
  MemberTransferPayload: Omit<MemberTransferPayload, 'memberTransfer'> & { memberTransfer?: Maybe<ResolversParentTypes['MemberTransfer']> };
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationUnitEntity;
  OrganizationCount: OrganizationCountRecordEntity;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  OrganizationStatistics: StatisticsKeyEntity;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  PresentIntroductionLetterInput: PresentIntroductionLetterInput;
  Query: Record<PropertyKey, never>;
  ReceiveTransferredMemberInput: ReceiveTransferredMemberInput;
  ReportMemberChangeInput: ReportMemberChangeInput;
  ResidenceLeavingNotice: ResidenceLeavingNoticeEntity;
  RetireMemberInput: RetireMemberInput;
  TransferMemberOutInput: TransferMemberOutInput;
  UnansweredLeavingNoticeConnection: Omit<UnansweredLeavingNoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnansweredLeavingNoticeEdge']> };
  UnansweredLeavingNoticeEdge: Omit<UnansweredLeavingNoticeEdge, 'node'> & { node: ResolversParentTypes['ResidenceLeavingNotice'] };
  UndeliveredEffect: UndeliveredEffect;
  UserError: UserError;
  WorkplaceMemberConnection: Omit<WorkplaceMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkplaceMemberEdge']> };
  WorkplaceMemberEdge: Omit<WorkplaceMemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
}>;

export type AuditEntryResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type ChangeNoticeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['ChangeNotice'] = ResolversParentTypes['ChangeNotice'], FederationReferenceType extends FederationReferenceTypes['ChangeNotice'] = FederationReferenceTypes['ChangeNotice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChangeNotice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MemberChange']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeNoticeKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeNoticeStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workplaceOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type ChangeNoticeConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['ChangeNoticeConnection'] = ResolversParentTypes['ChangeNoticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeNoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeNoticeEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['ChangeNoticeEdge'] = ResolversParentTypes['ChangeNoticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeNotice'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DisagreementResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  relatedMembers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
}>;

export type DisagreementConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['DisagreementConnection'] = ResolversParentTypes['DisagreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisagreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisagreementEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['DisagreementEdge'] = ResolversParentTypes['DisagreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disagreement'], ParentType, ContextType>;
}>;

export type IntroductionLetterResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['IntroductionLetter'] = ResolversParentTypes['IntroductionLetter'], FederationReferenceType extends FederationReferenceTypes['IntroductionLetter'] = FederationReferenceTypes['IntroductionLetter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntroductionLetter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['LetterEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<IntroductionLetterHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  presentedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  residenceAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntroductionLetterStatus'], ParentType, ContextType>;
  toCell?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  toWard?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntroductionLetterConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['IntroductionLetterConnection'] = ResolversParentTypes['IntroductionLetterConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IntroductionLetterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntroductionLetterEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['IntroductionLetterEdge'] = ResolversParentTypes['IntroductionLetterEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IntroductionLetter'], ParentType, ContextType>;
}>;

export type IntroductionLetterPayloadResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['IntroductionLetterPayload'] = ResolversParentTypes['IntroductionLetterPayload']> = ResolversObject<{
  introductionLetter?: Resolver<Maybe<ResolversTypes['IntroductionLetter']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LostIntroductionLetterConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['LostIntroductionLetterConnection'] = ResolversParentTypes['LostIntroductionLetterConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LostIntroductionLetterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LostIntroductionLetterEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['LostIntroductionLetterEdge'] = ResolversParentTypes['LostIntroductionLetterEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IntroductionLetter'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LostLetterStage'], ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  admissionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['MemberChange']>, ParentType, ContextType>;
  citizenId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dossierNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptionCategory?: Resolver<Maybe<ResolversTypes['ExemptionCategory']>, ParentType, ContextType>;
  fullMembershipDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introductionDueSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  introductionLetters?: Resolver<ResolversTypes['IntroductionLetterConnection'], ParentType, ContextType, RequireFields<MemberIntroductionLettersArgs, 'first'>>;
  leavingNotices?: Resolver<Array<ResolversTypes['ResidenceLeavingNotice']>, ParentType, ContextType>;
  needsNewIntroduction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partyCardNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residenceDuty?: Resolver<ResolversTypes['ResidenceDuty'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['MemberTransfer']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workplaceCell?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workplaceOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type MemberChangeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberChange'] = ResolversParentTypes['MemberChange']> = ResolversObject<{
  changeNotice?: Resolver<Maybe<ResolversTypes['ChangeNotice']>, ParentType, ContextType>;
  changeType?: Resolver<ResolversTypes['MemberChangeType'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ward?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type MemberInTransitConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberInTransitConnection'] = ResolversParentTypes['MemberInTransitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MemberInTransitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberInTransitEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberInTransitEdge'] = ResolversParentTypes['MemberInTransitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MemberTransfer'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MemberNotIntroducedConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberNotIntroducedConnection'] = ResolversParentTypes['MemberNotIntroducedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MemberNotIntroducedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberNotIntroducedEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberNotIntroducedEdge'] = ResolversParentTypes['MemberNotIntroducedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
}>;

export type MemberPayloadResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = ResolversObject<{
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MemberTransferResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberTransfer'] = ResolversParentTypes['MemberTransfer'], FederationReferenceType extends FederationReferenceTypes['MemberTransfer'] = FederationReferenceTypes['MemberTransfer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MemberTransfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dueBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromCell?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  fromOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MemberTransferKind'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberTransferStatus'], ParentType, ContextType>;
  toCell?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  toOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberTransferPayloadResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['MemberTransferPayload'] = ResolversParentTypes['MemberTransferPayload']> = ResolversObject<{
  memberTransfer?: Resolver<Maybe<ResolversTypes['MemberTransfer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  admitMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationAdmitMemberArgs, 'input'>>;
  createWorkplaceOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateWorkplaceOrganizationArgs, 'input'>>;
  endWorkplaceOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationEndWorkplaceOrganizationArgs, 'input'>>;
  issueIntroductionLetter?: Resolver<ResolversTypes['IntroductionLetterPayload'], ParentType, ContextType, RequireFields<MutationIssueIntroductionLetterArgs, 'input'>>;
  presentIntroductionLetter?: Resolver<ResolversTypes['IntroductionLetterPayload'], ParentType, ContextType, RequireFields<MutationPresentIntroductionLetterArgs, 'input'>>;
  receiveTransferredMember?: Resolver<ResolversTypes['MemberTransferPayload'], ParentType, ContextType, RequireFields<MutationReceiveTransferredMemberArgs, 'input'>>;
  reportMemberChange?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationReportMemberChangeArgs, 'input'>>;
  retireMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRetireMemberArgs, 'input'>>;
  transferMemberOut?: Resolver<ResolversTypes['MemberTransferPayload'], ParentType, ContextType, RequireFields<MutationTransferMemberOutArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  changeNotices?: Resolver<ResolversTypes['ChangeNoticeConnection'], ParentType, ContextType, RequireFields<OrganizationChangeNoticesArgs, 'first'>>;
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<OrganizationChildrenArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrganizationInForceArgs>>;
  keptBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  lostIntroductionLetters?: Resolver<ResolversTypes['LostIntroductionLetterConnection'], ParentType, ContextType, RequireFields<OrganizationLostIntroductionLettersArgs, 'first' | 'order'>>;
  membersInTransit?: Resolver<ResolversTypes['MemberInTransitConnection'], ParentType, ContextType, RequireFields<OrganizationMembersInTransitArgs, 'first' | 'overdueOnly'>>;
  membersNotIntroduced?: Resolver<ResolversTypes['MemberNotIntroducedConnection'], ParentType, ContextType, RequireFields<OrganizationMembersNotIntroducedArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  unansweredLeavingNotices?: Resolver<ResolversTypes['UnansweredLeavingNoticeConnection'], ParentType, ContextType, RequireFields<OrganizationUnansweredLeavingNoticesArgs, 'first'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workplaceDisagreements?: Resolver<ResolversTypes['DisagreementConnection'], ParentType, ContextType, RequireFields<OrganizationWorkplaceDisagreementsArgs, 'first'>>;
  workplaceMembers?: Resolver<ResolversTypes['WorkplaceMemberConnection'], ParentType, ContextType, RequireFields<OrganizationWorkplaceMembersArgs, 'first'>>;
}>;

export type OrganizationCountResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['OrganizationCount'] = ResolversParentTypes['OrganizationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrganizationStatisticsResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['OrganizationStatistics'] = ResolversParentTypes['OrganizationStatistics'], FederationReferenceType extends FederationReferenceTypes['OrganizationStatistics'] = FederationReferenceTypes['OrganizationStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrganizationStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['OrganizationStatistics']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersAssignedAtResidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shareRegisteredAtResidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  changeNotice?: Resolver<Maybe<ResolversTypes['ChangeNotice']>, ParentType, ContextType, RequireFields<QueryChangeNoticeArgs, 'id'>>;
  introductionLetter?: Resolver<Maybe<ResolversTypes['IntroductionLetter']>, ParentType, ContextType, RequireFields<QueryIntroductionLetterArgs, 'id'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
  memberTransfer?: Resolver<Maybe<ResolversTypes['MemberTransfer']>, ParentType, ContextType, RequireFields<QueryMemberTransferArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  provinces?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  searchMembers?: Resolver<ResolversTypes['WorkplaceMemberConnection'], ParentType, ContextType, RequireFields<QuerySearchMembersArgs, 'first' | 'text'>>;
  statistics?: Resolver<Maybe<ResolversTypes['OrganizationStatistics']>, ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'organizationId' | 'period'>>;
  statisticsSeries?: Resolver<Array<ResolversTypes['OrganizationStatistics']>, ParentType, ContextType, RequireFields<QueryStatisticsSeriesArgs, 'from' | 'granularity' | 'organizationId' | 'to'>>;
  workplaceCommitteeUndeliveredEffects?: Resolver<Array<ResolversTypes['UndeliveredEffect']>, ParentType, ContextType>;
}>;

export type ResidenceLeavingNoticeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['ResidenceLeavingNotice'] = ResolversParentTypes['ResidenceLeavingNotice']> = ResolversObject<{
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type UnansweredLeavingNoticeConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['UnansweredLeavingNoticeConnection'] = ResolversParentTypes['UnansweredLeavingNoticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UnansweredLeavingNoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnansweredLeavingNoticeEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['UnansweredLeavingNoticeEdge'] = ResolversParentTypes['UnansweredLeavingNoticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidenceLeavingNotice'], ParentType, ContextType>;
}>;

export type UndeliveredEffectResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['UndeliveredEffect'] = ResolversParentTypes['UndeliveredEffect']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  refusedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkplaceMemberConnectionResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['WorkplaceMemberConnection'] = ResolversParentTypes['WorkplaceMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkplaceMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkplaceMemberEdgeResolvers<ContextType = WorkplaceContext, ParentType extends ResolversParentTypes['WorkplaceMemberEdge'] = ResolversParentTypes['WorkplaceMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WorkplaceContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ChangeNotice?: ChangeNoticeResolvers<ContextType>;
  ChangeNoticeConnection?: ChangeNoticeConnectionResolvers<ContextType>;
  ChangeNoticeEdge?: ChangeNoticeEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementConnection?: DisagreementConnectionResolvers<ContextType>;
  DisagreementEdge?: DisagreementEdgeResolvers<ContextType>;
  IntroductionLetter?: IntroductionLetterResolvers<ContextType>;
  IntroductionLetterConnection?: IntroductionLetterConnectionResolvers<ContextType>;
  IntroductionLetterEdge?: IntroductionLetterEdgeResolvers<ContextType>;
  IntroductionLetterPayload?: IntroductionLetterPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LostIntroductionLetterConnection?: LostIntroductionLetterConnectionResolvers<ContextType>;
  LostIntroductionLetterEdge?: LostIntroductionLetterEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberChange?: MemberChangeResolvers<ContextType>;
  MemberInTransitConnection?: MemberInTransitConnectionResolvers<ContextType>;
  MemberInTransitEdge?: MemberInTransitEdgeResolvers<ContextType>;
  MemberNotIntroducedConnection?: MemberNotIntroducedConnectionResolvers<ContextType>;
  MemberNotIntroducedEdge?: MemberNotIntroducedEdgeResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  MemberTransfer?: MemberTransferResolvers<ContextType>;
  MemberTransferPayload?: MemberTransferPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationCount?: OrganizationCountResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  OrganizationStatistics?: OrganizationStatisticsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidenceLeavingNotice?: ResidenceLeavingNoticeResolvers<ContextType>;
  UnansweredLeavingNoticeConnection?: UnansweredLeavingNoticeConnectionResolvers<ContextType>;
  UnansweredLeavingNoticeEdge?: UnansweredLeavingNoticeEdgeResolvers<ContextType>;
  UndeliveredEffect?: UndeliveredEffectResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WorkplaceMemberConnection?: WorkplaceMemberConnectionResolvers<ContextType>;
  WorkplaceMemberEdge?: WorkplaceMemberEdgeResolvers<ContextType>;
}>;

