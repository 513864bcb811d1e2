import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationUnit as OrganizationUnitEntity } from '@twoway/org-tree';
import type { DisagreementRecord as DisagreementRecordEntity, OrganizationCountRecord as OrganizationCountRecordEntity, StatisticsKey as StatisticsKeyEntity } from '@twoway/subgraph-runtime';
import type { MemberReference as MemberReferenceEntity, EvaluationContext } from '../context.js';
import type { CommentRequest as CommentRequestEntity } from '../entities/comment-request.entity.js';
import type { CommentForm as CommentFormEntity } from '../entities/comment-form.entity.js';
import type { CommentFormAssessment as CommentFormAssessmentEntity } from '../entities/comment-form-assessment.entity.js';
import type { CriteriaSet as CriteriaSetEntity } from '../entities/criteria-set.entity.js';
import type { Criterion as CriterionEntity } from '../entities/criterion.entity.js';
import type { AnnualReview as AnnualReviewEntity } from '../entities/annual-review.entity.js';
import type { RatingScale as RatingScaleEntity } from '../entities/rating-scale.entity.js';
import type { CommentDraft as CommentDraftEntity } from '../entities/comment-draft.entity.js';
import type { RatingBand as RatingBandEntity } from '../entities/rating-band.entity.js';
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

/**
 * An annual review decided by the member's workplace cell: a score out of 100
 * gives the rating by the bands of the rating scale in force (Quy định 366-QĐ/TW).
 */
export type AnnualReview = {
  __typename?: 'AnnualReview';
  /**
   * True when the rating goes against the residence's recommendation: rated
   * excellent or good next to "consider action" (xem xét xử lý), or not completed
   * next to "commend" (biểu dương).
   */
  contradictsResidenceComment: Scalars['Boolean']['output'];
  /** The day the review was recorded (YYYY-MM-DD). */
  decidedOn: Scalars['Date']['output'];
  /** Every change, oldest first, from the evaluation audit log; at most 100 per page. */
  history: AuditEntryConnection;
  /** The review's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The member reviewed. */
  member: Member;
  /** The quality rating (xếp loại) the score gives by the bands of `ratingScale`, kept as decided. */
  rating: Rating;
  /** The rating's label in the scale in force, in Vietnamese. */
  ratingLabel: Scalars['String']['output'];
  /** The rating scale in force on the day the review was decided. */
  ratingScale: RatingScale;
  /** The residence's comments the review took into account (an annual request of the same member and year, returned). */
  residenceComment?: Maybe<ResidenceComment>;
  /** The score decided: a whole number from 0 to 100 (Quy định 366-QĐ/TW). */
  score: Scalars['Int']['output'];
  /** Optimistic-concurrency version of the review. */
  version: Scalars['Int']['output'];
  /** Why the review was decided without a residence comment; null when it took one into account. */
  withoutResidenceComment?: Maybe<NoResidenceCommentReason>;
  /** The committee's note on why there is no residence comment. */
  withoutResidenceCommentNote?: Maybe<Scalars['String']['output']>;
  /** The workplace cell that decided it. */
  workplaceCell: Organization;
  /** The year reviewed. */
  year: Scalars['Int']['output'];
};


/**
 * An annual review decided by the member's workplace cell: a score out of 100
 * gives the rating by the bands of the rating scale in force (Quy định 366-QĐ/TW).
 */
export type AnnualReviewHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of annual reviews that stand against the residence's comments, the latest decided first. */
export type AnnualReviewIssueConnection = {
  __typename?: 'AnnualReviewIssueConnection';
  /** The reviews of this page, in the list's order. */
  edges: Array<AnnualReviewIssueEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** Number of reviews in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One review on the list, with why it is there. */
export type AnnualReviewIssueEdge = {
  __typename?: 'AnnualReviewIssueEdge';
  /** Opaque; pass it as `after` to read the reviews after this one. */
  cursor: Scalars['String']['output'];
  /** Why the review is on the list. */
  kind: ReviewResidenceIssue;
  /** The annual review. */
  node: AnnualReview;
};

/** What recordAnnualReview answers. */
export type AnnualReviewPayload = {
  __typename?: 'AnnualReviewPayload';
  /** The review recorded; null when refused. */
  annualReview?: Maybe<AnnualReview>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
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

/** The residential cell's draft of its comments, before signing; it may change until signed. */
export type CommentDraft = {
  __typename?: 'CommentDraft';
  /** The criteria set in force on the draft day: the short form (EXEMPT) for an exempt member, the full form (STANDARD) otherwise. */
  criteriaSet: CriteriaSet;
  /** The day the draft was last written (YYYY-MM-DD). */
  draftedOn: Scalars['Date']['output'];
  /** Level 1 to 3 for each criterion, in the set's order. */
  levels: Array<Scalars['Int']['output']>;
  /** The cell's free-text remarks; null when none. */
  remarks?: Maybe<Scalars['String']['output']>;
};

/** Why the workplace asks for the residence's comments. */
export type CommentPurpose =
  /** Before the annual review (hằng năm). */
  | 'ANNUAL'
  /** Before an appointment (bổ nhiệm). */
  | 'APPOINTMENT'
  /** Before an award (khen thưởng). */
  | 'AWARD'
  /** In a disciplinary matter (kỷ luật). */
  | 'DISCIPLINE'
  /** Before a nomination (giới thiệu ứng cử). */
  | 'NOMINATION';

/** A workplace committee's request for the residence's written comments on a member. */
export type CommentRequest = {
  __typename?: 'CommentRequest';
  /**
   * The residential cell asked to write them: the member's registration cell when
   * the request is sent, the cell the ward assigns when it receives the request.
   */
  cell?: Maybe<Organization>;
  /** The cell's draft, before it is signed. */
  draft?: Maybe<CommentDraft>;
  /**
   * The day the residence must return its comments by (YYYY-MM-DD): the request
   * day plus ANNUAL_COMMENT_DUE_DAYS (default 30) for an annual request, or
   * AD_HOC_COMMENT_DUE_DAYS (default 7) for the others, as in force that day.
   */
  dueOn: Scalars['Date']['output'];
  /** Whether the member is exempt from residence activity (short form, no annual comment). */
  exempt: Scalars['Boolean']['output'];
  /** Every change, oldest first, from the evaluation audit log; at most 100 per page. */
  history: AuditEntryConnection;
  /** The request's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The member the residence is asked about. */
  member: Member;
  /** True when the comments were not returned by the due date and the request is still open. */
  overdue: Scalars['Boolean']['output'];
  /** When the scheduler marked the request overdue. */
  overdueSince?: Maybe<Scalars['Date']['output']>;
  /** Why the comments are asked for: before the annual review, or for an appointment, nomination, award or discipline. */
  purpose: CommentPurpose;
  /** When the ward committee received the request and assigned it to a cell (tiếp nhận). */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** When the scheduler reminded the residence (once, shortly before the due date). */
  remindedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the workplace committee sent the request (YYYY-MM-DD). */
  requestedOn: Scalars['Date']['output'];
  /** The signed form, once the residence has written it. */
  residenceComment?: Maybe<ResidenceComment>;
  /** Where the request stands in its workflow (SENT → RECEIVED → DRAFTED → SIGNED → CERTIFIED → RETURNED → USED_IN_REVIEW). */
  status: CommentRequestStatus;
  /** Optimistic-concurrency version: pass it back when moving the request on. */
  version: Scalars['Int']['output'];
  /** The ward asked to certify the comments. */
  ward?: Maybe<Organization>;
  /** The member's workplace cell, which will use the comments. */
  workplaceCell: Organization;
  /** The workplace grassroots organisation that asks. */
  workplaceOrganization: Organization;
  /** The year under review, for annual requests. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A workplace committee's request for the residence's written comments on a member. */
export type CommentRequestHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What requestAnnualComments answers. */
export type CommentRequestBatchPayload = {
  __typename?: 'CommentRequestBatchPayload';
  /** The requests created, waived ones included. */
  commentRequests?: Maybe<Array<CommentRequest>>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** A page of comment requests. */
export type CommentRequestConnection = {
  __typename?: 'CommentRequestConnection';
  /** The requests of this page, in the list's order. */
  edges: Array<CommentRequestEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** Number of requests in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One comment request, with its place in the list. */
export type CommentRequestEdge = {
  __typename?: 'CommentRequestEdge';
  /** Opaque; pass it as `after` to read the requests after this one. */
  cursor: Scalars['String']['output'];
  /** The comment request. */
  node: CommentRequest;
};

/** What a comment request step answers. */
export type CommentRequestPayload = {
  __typename?: 'CommentRequestPayload';
  /** The request as the step left it; null when refused. */
  commentRequest?: Maybe<CommentRequest>;
  /** Why the step was refused; empty when it was done. A refused step changes nothing. */
  userErrors: Array<UserError>;
};

/** Where a comment request stands. */
export type CommentRequestStatus =
  /**
   * Cancelled while still open (đã hủy): the member left the workplace's care
   * (transferred out, retired into their residential cell, expelled, removed
   * from the list or deceased).
   */
  | 'CANCELLED'
  /** Certified by the ward committee. */
  | 'CERTIFIED'
  /** Drafted by the residential cell. */
  | 'DRAFTED'
  /** Received by the ward and assigned to a residential cell (receiveCommentRequest). */
  | 'RECEIVED'
  /** Returned to the workplace. */
  | 'RETURNED'
  /** Sent to the ward, not yet received. */
  | 'SENT'
  /** Signed for the cell committee. */
  | 'SIGNED'
  /** Taken into account by an annual review. */
  | 'USED_IN_REVIEW'
  /** Not needed: the member is exempt from residence activity. */
  | 'WAIVED';

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

/** A versioned set of comment criteria (tiêu chí nhận xét), with the dates it is in force. */
export type CriteriaSet = {
  __typename?: 'CriteriaSet';
  /** Stable code of this version, e.g. QD213-2020-STANDARD. */
  code: Scalars['String']['output'];
  /** Its criteria, in their order on the form. */
  criteria: Array<Criterion>;
  /** First day the set is in force (YYYY-MM-DD). */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day the set is in force (YYYY-MM-DD); null while it still is. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The set's id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the criteria come from (regulation, guidance, or a configurable default). */
  source: Scalars['String']['output'];
  /** Official title of the form, in Vietnamese (e.g. Phiếu nhận xét đảng viên đang công tác). */
  title: Scalars['String']['output'];
  /** Which form the set is for: the full form or the short form for exempt members. */
  variant: CriteriaVariant;
};

/** Which form a criteria set is for. */
export type CriteriaVariant =
  /** The short form for exempt members: three criteria. */
  | 'EXEMPT'
  /** The full form: six criteria. */
  | 'STANDARD';

/** One criterion of a comment form, with its three levels. */
export type Criterion = {
  __typename?: 'Criterion';
  /** Stable code, e.g. MEETING_PARTICIPATION; RECOMMENDATION for the last criterion of the full form. */
  code: Scalars['String']['output'];
  /** The criterion's id (a UUID). */
  id: Scalars['ID']['output'];
  /** What is assessed, as worded on the form, in Vietnamese (e.g. Nêu gương về đạo đức, lối sống). */
  label: Scalars['String']['output'];
  /** Labels of levels 1, 2 and 3. */
  levels: Array<Scalars['String']['output']>;
  /** Its position on the form, from 1. */
  ordinal: Scalars['Int']['output'];
};

/** The level given for one criterion on a comment form. */
export type CriterionAssessment = {
  __typename?: 'CriterionAssessment';
  /** The criterion assessed. */
  criterion: Criterion;
  /** 1 (best) to 3. */
  level: Scalars['Int']['output'];
  /** The label of that level in the criteria set, in Vietnamese. */
  levelLabel: Scalars['String']['output'];
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

/** What draftResidenceComment asks: the cell's levels and remarks; drafting again replaces the draft until it is signed. */
export type DraftResidenceCommentInput = {
  /** The comment request answered (RECEIVED or DRAFTED). */
  commentRequestId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** Level 1 (best) to 3 for each criterion, in order. */
  levels: Array<Scalars['Int']['input']>;
  /** Free-text remarks; blank is kept as none. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The version of the request the caller read; CONFLICT when it changed since. */
  version: Scalars['Int']['input'];
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
 * A Party member as the evaluation side knows them: the comments the residence
 * returned about them and the annual reviews their workplace cell decided.
 * Every field here is nullable: if this subgraph is down, the gateway still
 * answers with what the other subgraphs know.
 */
export type Member = {
  __typename?: 'Member';
  /** Annual reviews (đánh giá, xếp loại chất lượng đảng viên), the newest year first. */
  annualReviews?: Maybe<Array<AnnualReview>>;
  /** Requests for the residence's comments (phiếu xin ý kiến, mẫu 3-213), the newest first. */
  commentRequests?: Maybe<Array<CommentRequest>>;
  /** The member's id (a UUID), the same in every subgraph. */
  id: Scalars['ID']['output'];
  /** The most recent annual review; null when the member has none yet. */
  latestReview?: Maybe<AnnualReview>;
  /**
   * Signed comment forms (phiếu nhận xét) written by the residence, the newest
   * first. The member themself (MEMBER token) sees only the forms the ward has
   * certified; committees see them from signing.
   */
  residenceComments?: Maybe<Array<ResidenceComment>>;
};

/** A step that needs nothing but the request: signing, certifying or returning its form. */
export type MoveCommentRequestInput = {
  /** The comment request moved on. */
  commentRequestId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The version of the request the caller saw. */
  version: Scalars['Int']['input'];
};

/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** The ward committee certifies the signed form. */
  certifyResidenceComment: CommentRequestPayload;
  /** The residential cell drafts its comments on a received request: one level per criterion of the criteria set in force. */
  draftResidenceComment: CommentRequestPayload;
  /**
   * The ward committee receives a sent request (tiếp nhận) and assigns the
   * residential cell of the ward that will write the comments: SENT → RECEIVED.
   */
  receiveCommentRequest: CommentRequestPayload;
  /**
   * The workplace cell (or its grassroots committee) decides the annual review: a
   * score from 0 to 100 gives the rating by the bands of the scale in force,
   * recorded with the residence comment it took into account, or with the reason
   * there is none.
   */
  recordAnnualReview: AnnualReviewPayload;
  /**
   * Before the annual review, the workplace committee asks the residence for
   * comments on all its registered members in one call: a request per member with
   * an active registration, due within ANNUAL_COMMENT_DUE_DAYS; waived for exempt
   * members. Members already asked for the year are skipped, and so are members
   * not introduced to a residence or active in a residential cell themselves.
   */
  requestAnnualComments: CommentRequestBatchPayload;
  /** A single request for appointment, nomination, award or discipline, with the short deadline AD_HOC_COMMENT_DUE_DAYS. */
  requestComments: CommentRequestPayload;
  /** The ward returns the certified form to the workplace. */
  returnResidenceComment: CommentRequestPayload;
  /** The cell committee signs the draft: the form becomes an immutable signed snapshot. */
  signResidenceComment: CommentRequestPayload;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationCertifyResidenceCommentArgs = {
  input: MoveCommentRequestInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationDraftResidenceCommentArgs = {
  input: DraftResidenceCommentInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationReceiveCommentRequestArgs = {
  input: ReceiveCommentRequestInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationRecordAnnualReviewArgs = {
  input: RecordAnnualReviewInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationRequestAnnualCommentsArgs = {
  input: RequestAnnualCommentsInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationRequestCommentsArgs = {
  input: RequestCommentsInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationReturnResidenceCommentArgs = {
  input: MoveCommentRequestInput;
};


/**
 * The evaluation workflows: comment requests from the workplace to the residence,
 * and annual reviews. Each mutation runs in one transaction and writes its change
 * to the audit log; one a rule refuses answers `userErrors` and changes nothing.
 */
export type MutationSignResidenceCommentArgs = {
  input: MoveCommentRequestInput;
};

/** Why an annual review was decided without the residence's comments. */
export type NoResidenceCommentReason =
  /** The member is exempt from residence activity (Hướng dẫn 33): the annual comment is waived. */
  | 'EXEMPT'
  /** The member is on special duty and is not introduced to a residence (không giới thiệu). */
  | 'NOT_INTRODUCED'
  /** The member was not registered at a residence in the year: the residence was never asked (refused when the residence has them registered since the year or before). */
  | 'NOT_REGISTERED_AT_RESIDENCE'
  /** The member is retired and active in the residential cell itself (sinh hoạt chính thức tại nơi cư trú). */
  | 'OFFICIAL_AT_RESIDENCE'
  /** The residence was asked and did not return its comments by the due date. */
  | 'RESIDENCE_DID_NOT_ANSWER';

/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type Organization = {
  __typename?: 'Organization';
  /** Every node above, the province first. */
  ancestors: Array<Organization>;
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
   * Oversight: members whose latest residence comment recommends considering action
   * (xem xét xử lý), newest first by default. With `year`: the member's latest
   * signed comment for that year (what that year's review weighed), whatever was
   * signed in later years, so a past year's list stays as it was. Without: the
   * member's latest comment of any year (where they stand now).
   */
  membersRecommendedForAction: ResidenceCommentConnection;
  /** Official name (tên tổ chức đảng). */
  name: Scalars['String']['output'];
  /**
   * Oversight: comment requests overdue on `asOf` (default today): due before it and
   * not returned by then. Scoped by the requesting workplace cell (WORKPLACE), by
   * the residential cell or ward asked (RESIDENCE), or either. By due date.
   */
  overdueCommentRequests: CommentRequestConnection;
  /** Oversight: how many comment requests are overdue on `asOf`, per workplace organisation (WORKPLACE) or per ward (RESIDENCE). */
  overdueCommentRequestsByOrganization: Array<OrganizationCount>;
  /** The node directly above (cấp trên trực tiếp); null for a province. */
  parent?: Maybe<Organization>;
  /**
   * Oversight: annual reviews of the year whose rating contradicts the residence's
   * recommendation (CONTRADICTS), or decided without a residence comment
   * (WITHOUT_COMMENT); both when `kind` is not given. Scoped by the reviewing workplace cell (WORKPLACE), by the
   * residential cell or ward of the year's comment (RESIDENCE), or either. By
   * decision day, newest first.
   */
  reviewsAgainstResidenceComment: AnnualReviewIssueConnection;
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
export type OrganizationMembersRecommendedForActionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  side?: InputMaybe<OversightSide>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationOverdueCommentRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  side?: InputMaybe<OversightSide>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationOverdueCommentRequestsByOrganizationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  side?: InputMaybe<OversightSide>;
};


/**
 * A node of the multi-level Party organisation tree (tổ chức đảng): a province, a
 * district (until 30 June 2025), a ward or agency grassroots organisation, a cell.
 * Nodes are effective-dated; a reorganisation ends a node and names its successor.
 */
export type OrganizationReviewsAgainstResidenceCommentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ReviewResidenceIssue>;
  side?: InputMaybe<OversightSide>;
  year: Scalars['Int']['input'];
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

/** Figures the evaluation subgraph adds to a node and period, from its own records. */
export type OrganizationStatistics = {
  __typename?: 'OrganizationStatistics';
  /** Comment requests due in the period, asked by a workplace or of a residence in this subtree (waived and cancelled left out). */
  commentsDue: Scalars['Int']['output'];
  /** Of those, returned by their due date. */
  commentsReturnedOnTime: Scalars['Int']['output'];
  /** commentsReturnedOnTime / commentsDue; null when none were due. */
  commentsReturnedOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** The organisation node the figures are for, its whole subtree included. */
  organizationId: Scalars['ID']['output'];
  /** The period: a year (2026), a quarter (2026-Q3) or a month (2026-11). */
  period: Scalars['String']['output'];
  /** The ratings of the annual reviews decided in the period. */
  ratings: RatingDistribution;
  /** The recommendations of the comment forms signed in the period. */
  recommendations: RecommendationDistribution;
};

/** Which side's organisation a list is scoped by. */
export type OversightSide =
  /** Either side: a record counts for the node when either side's organisation lies in its subtree. */
  | 'EITHER'
  /** The residence side (nơi cư trú): the residential cell or ward asked for the comments. */
  | 'RESIDENCE'
  /** The workplace side (nơi công tác): the workplace cell that asks for the comments or decides the review. */
  | 'WORKPLACE';

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What the evaluation subgraph answers without starting from an entity. */
export type Query = {
  __typename?: 'Query';
  /** A comment request by id; null when unknown or outside the caller's reach. */
  commentRequest?: Maybe<CommentRequest>;
  /** The criteria sets in force on a day (default: today). */
  criteriaSets: Array<CriteriaSet>;
  /** Effects this subgraph asked others to apply that did not get through (administrators and oversight). */
  evaluationUndeliveredEffects: Array<UndeliveredEffect>;
  /** One organisation node by id; null when unknown. */
  organization?: Maybe<Organization>;
  /** The provinces (top of the tree) in force on `asOf` (default: today). */
  provinces: Array<Organization>;
  /** The rating scale in force on a day (default: today). */
  ratingScale?: Maybe<RatingScale>;
};


/** What the evaluation subgraph answers without starting from an entity. */
export type QueryCommentRequestArgs = {
  id: Scalars['ID']['input'];
};


/** What the evaluation subgraph answers without starting from an entity. */
export type QueryCriteriaSetsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** What the evaluation subgraph answers without starting from an entity. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** What the evaluation subgraph answers without starting from an entity. */
export type QueryProvincesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** What the evaluation subgraph answers without starting from an entity. */
export type QueryRatingScaleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** Quality rating of a Party member for a year. */
export type Rating =
  /** Hoàn thành nhiệm vụ. */
  | 'COMPLETED'
  /** Hoàn thành xuất sắc nhiệm vụ. */
  | 'EXCELLENT'
  /** Hoàn thành tốt nhiệm vụ. */
  | 'GOOD'
  /** Không hoàn thành nhiệm vụ. */
  | 'NOT_COMPLETED';

/** A score band: scores from `minScore` up to the next band give `rating`. */
export type RatingBand = {
  __typename?: 'RatingBand';
  /** The rating's label, in Vietnamese (e.g. Hoàn thành tốt nhiệm vụ). */
  label: Scalars['String']['output'];
  /** The lowest score of the band, out of 100 (e.g. 70 for GOOD under QD366-2025). */
  minScore: Scalars['Int']['output'];
  /** The rating the band gives. */
  rating: Rating;
};

/** How many reviews gave each rating. */
export type RatingDistribution = {
  __typename?: 'RatingDistribution';
  /** Reviews rated COMPLETED (hoàn thành nhiệm vụ). */
  completed: Scalars['Int']['output'];
  /** Reviews rated EXCELLENT (hoàn thành xuất sắc nhiệm vụ). */
  excellent: Scalars['Int']['output'];
  /** Reviews rated GOOD (hoàn thành tốt nhiệm vụ). */
  good: Scalars['Int']['output'];
  /** Reviews rated NOT_COMPLETED (không hoàn thành nhiệm vụ). */
  notCompleted: Scalars['Int']['output'];
};

/** A versioned rating scale: score bands and their ratings. */
export type RatingScale = {
  __typename?: 'RatingScale';
  /** Bands from the highest rating down. */
  bands: Array<RatingBand>;
  /** Stable code of this version, e.g. QD366-2025. */
  code: Scalars['String']['output'];
  /** First day the scale is in force (YYYY-MM-DD). */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day the scale is in force (YYYY-MM-DD); null while it still is. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The scale's id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the bands come from (the regulation, or a configurable default). */
  source: Scalars['String']['output'];
  /** Official title, in Vietnamese. */
  title: Scalars['String']['output'];
};

/** What receiveCommentRequest asks: the ward receives a sent request and assigns the residential cell that writes. */
export type ReceiveCommentRequestInput = {
  /**
   * The residential cell of the ward, in force today, that will write the comments;
   * when omitted, the member's registration cell stored on the request.
   */
  cellId?: InputMaybe<Scalars['ID']['input']>;
  /** The comment request received (SENT). */
  commentRequestId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The version of the request the caller saw. */
  version: Scalars['Int']['input'];
};

/** The residence's recommendation to the workplace. */
export type Recommendation =
  /** Commend (biểu dương). */
  | 'COMMEND'
  /** Consider action (xem xét xử lý). */
  | 'CONSIDER_ACTION'
  /** No recommendation (không đề nghị). */
  | 'NONE';

/** How many comment forms recommend what. */
export type RecommendationDistribution = {
  __typename?: 'RecommendationDistribution';
  /** Forms recommending commendation (biểu dương). */
  commend: Scalars['Int']['output'];
  /** Forms recommending that action be considered (xem xét xử lý). */
  considerAction: Scalars['Int']['output'];
  /** Forms with no recommendation (không đề nghị), short forms for exempt members included. */
  none: Scalars['Int']['output'];
};

/** What recordAnnualReview asks: the member, year and score, and the residence comment taken into account or why there is none. */
export type RecordAnnualReviewInput = {
  /**
   * The returned ANNUAL comment request of this member and year whose form the
   * review takes into account. Give this or `withoutResidenceComment`.
   */
  commentRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The member reviewed. */
  memberId: Scalars['ID']['input'];
  /** 0 to 100 (Quy định 366-QĐ/TW). */
  score: Scalars['Int']['input'];
  /** Why there is no residence comment to take into account. Give this or `commentRequestId`. */
  withoutResidenceComment?: InputMaybe<NoResidenceCommentReason>;
  /** A note on why there is no residence comment (with `withoutResidenceComment`). */
  withoutResidenceCommentNote?: InputMaybe<Scalars['String']['input']>;
  /** The year reviewed: this year or last year (YEAR_OUT_OF_RANGE otherwise); one review per member and year (ALREADY_REVIEWED). */
  year: Scalars['Int']['input'];
};

/** What requestAnnualComments asks: the residence's annual comments on the members of a workplace subtree. */
export type RequestAnnualCommentsInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The workplace grassroots organisation (or cell) whose members are asked about. */
  workplaceOrganizationId: Scalars['ID']['input'];
  /** The year under review: this year or last year; any other is YEAR_OUT_OF_RANGE. */
  year: Scalars['Int']['input'];
};

/** What requestComments asks: the residence's comments on one member, for a purpose other than the annual review. */
export type RequestCommentsInput = {
  /** Retrying with the same key returns the first result and changes nothing twice (1 to 128 letters, digits or ._:-). */
  idempotencyKey: Scalars['String']['input'];
  /** The member the residence is asked about: an active member with an active residence registration. */
  memberId: Scalars['ID']['input'];
  /** APPOINTMENT, NOMINATION, AWARD or DISCIPLINE. */
  purpose: CommentPurpose;
};

/**
 * The residence's comments on a member (phiếu nhận xét): an immutable signed
 * snapshot, written against a versioned set of criteria.
 */
export type ResidenceComment = {
  __typename?: 'ResidenceComment';
  /** One level per criterion, in the set's order. */
  assessments: Array<CriterionAssessment>;
  /** The residential cell that wrote the comments. */
  cell: Organization;
  /** Who certified for the ward committee. */
  certifiedBy?: Maybe<Scalars['String']['output']>;
  /** The day the ward committee certified the form (xác nhận, YYYY-MM-DD); null until then. */
  certifiedOn?: Maybe<Scalars['Date']['output']>;
  /** The criteria set in force when the form was written. */
  criteriaSet: CriteriaSet;
  /** The form's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The member the comments are about. */
  member: Member;
  /** What the residence recommends (the last criterion of the form). */
  recommendation: Recommendation;
  /** Free-text remarks. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** The comment request the form answers. */
  request: CommentRequest;
  /** The day the ward returned the certified form to the workplace (gửi trả, YYYY-MM-DD); null until then. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  /** Who signed for the cell committee. */
  signedBy: Scalars['String']['output'];
  /** The day the cell committee signed the form (YYYY-MM-DD); its content never changes afterwards. */
  signedOn: Scalars['Date']['output'];
  /** The ward that certified them. */
  ward: Organization;
  /** The year under review, for an annual request; null for an ad hoc one. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of the residence's signed comment forms. */
export type ResidenceCommentConnection = {
  __typename?: 'ResidenceCommentConnection';
  /** The forms of this page, in the list's order. */
  edges: Array<ResidenceCommentEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** Number of forms in the whole list, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One comment form, with its place in the list. */
export type ResidenceCommentEdge = {
  __typename?: 'ResidenceCommentEdge';
  /** Opaque; pass it as `after` to read the forms after this one. */
  cursor: Scalars['String']['output'];
  /** The comment form (phiếu nhận xét). */
  node: ResidenceComment;
};

/** How an annual review stands against the residence's comments. */
export type ReviewResidenceIssue =
  /** The rating goes against the residence's recommendation. */
  | 'CONTRADICTS'
  /** The review was decided without a residence comment. */
  | 'WITHOUT_COMMENT';

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
  Member: Member;
  Organization: Organization;
  OrganizationStatistics: OrganizationStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
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
  AnnualReview: ResolverTypeWrapper<AnnualReviewEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnnualReviewIssueConnection: ResolverTypeWrapper<Omit<AnnualReviewIssueConnection, 'edges'> & { edges: Array<ResolversTypes['AnnualReviewIssueEdge']> }>;
  AnnualReviewIssueEdge: ResolverTypeWrapper<Omit<AnnualReviewIssueEdge, 'node'> & { node: ResolversTypes['AnnualReview'] }>;
  AnnualReviewPayload: ResolverTypeWrapper<Omit<AnnualReviewPayload, 'annualReview'> & { annualReview?: Maybe<ResolversTypes['AnnualReview']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  CommentDraft: ResolverTypeWrapper<CommentDraftEntity>;
  CommentPurpose: CommentPurpose;
  CommentRequest: ResolverTypeWrapper<CommentRequestEntity>;
  CommentRequestBatchPayload: ResolverTypeWrapper<Omit<CommentRequestBatchPayload, 'commentRequests'> & { commentRequests?: Maybe<Array<ResolversTypes['CommentRequest']>> }>;
  CommentRequestConnection: ResolverTypeWrapper<Omit<CommentRequestConnection, 'edges'> & { edges: Array<ResolversTypes['CommentRequestEdge']> }>;
  CommentRequestEdge: ResolverTypeWrapper<Omit<CommentRequestEdge, 'node'> & { node: ResolversTypes['CommentRequest'] }>;
  CommentRequestPayload: ResolverTypeWrapper<Omit<CommentRequestPayload, 'commentRequest'> & { commentRequest?: Maybe<ResolversTypes['CommentRequest']> }>;
  CommentRequestStatus: CommentRequestStatus;
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  CriteriaSet: ResolverTypeWrapper<CriteriaSetEntity>;
  CriteriaVariant: CriteriaVariant;
  Criterion: ResolverTypeWrapper<CriterionEntity>;
  CriterionAssessment: ResolverTypeWrapper<CommentFormAssessmentEntity>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Disagreement: ResolverTypeWrapper<DisagreementRecordEntity>;
  DisagreementConnection: ResolverTypeWrapper<Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversTypes['DisagreementEdge']> }>;
  DisagreementEdge: ResolverTypeWrapper<Omit<DisagreementEdge, 'node'> & { node: ResolversTypes['Disagreement'] }>;
  DraftResidenceCommentInput: DraftResidenceCommentInput;
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Member: ResolverTypeWrapper<MemberReferenceEntity>;
  MoveCommentRequestInput: MoveCommentRequestInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoResidenceCommentReason: NoResidenceCommentReason;
  Organization: ResolverTypeWrapper<OrganizationUnitEntity>;
  OrganizationCount: ResolverTypeWrapper<OrganizationCountRecordEntity>;
  OrganizationKind: OrganizationKind;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  OrganizationStatistics: ResolverTypeWrapper<StatisticsKeyEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  OversightSide: OversightSide;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: Rating;
  RatingBand: ResolverTypeWrapper<RatingBandEntity>;
  RatingDistribution: ResolverTypeWrapper<RatingDistribution>;
  RatingScale: ResolverTypeWrapper<RatingScaleEntity>;
  ReceiveCommentRequestInput: ReceiveCommentRequestInput;
  Recommendation: Recommendation;
  RecommendationDistribution: ResolverTypeWrapper<RecommendationDistribution>;
  RecordAnnualReviewInput: RecordAnnualReviewInput;
  RequestAnnualCommentsInput: RequestAnnualCommentsInput;
  RequestCommentsInput: RequestCommentsInput;
  ResidenceComment: ResolverTypeWrapper<CommentFormEntity>;
  ResidenceCommentConnection: ResolverTypeWrapper<Omit<ResidenceCommentConnection, 'edges'> & { edges: Array<ResolversTypes['ResidenceCommentEdge']> }>;
  ResidenceCommentEdge: ResolverTypeWrapper<Omit<ResidenceCommentEdge, 'node'> & { node: ResolversTypes['ResidenceComment'] }>;
  ReviewResidenceIssue: ReviewResidenceIssue;
  SortOrder: SortOrder;
  UndeliveredEffect: ResolverTypeWrapper<UndeliveredEffect>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnnualReview: AnnualReviewEntity;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AnnualReviewIssueConnection: Omit<AnnualReviewIssueConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnnualReviewIssueEdge']> };
  AnnualReviewIssueEdge: Omit<AnnualReviewIssueEdge, 'node'> & { node: ResolversParentTypes['AnnualReview'] };
  AnnualReviewPayload: Omit<AnnualReviewPayload, 'annualReview'> & { annualReview?: Maybe<ResolversParentTypes['AnnualReview']> };
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  CommentDraft: CommentDraftEntity;
  CommentRequest: CommentRequestEntity;
  CommentRequestBatchPayload: Omit<CommentRequestBatchPayload, 'commentRequests'> & { commentRequests?: Maybe<Array<ResolversParentTypes['CommentRequest']>> };
  CommentRequestConnection: Omit<CommentRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommentRequestEdge']> };
  CommentRequestEdge: Omit<CommentRequestEdge, 'node'> & { node: ResolversParentTypes['CommentRequest'] };
  CommentRequestPayload: Omit<CommentRequestPayload, 'commentRequest'> & { commentRequest?: Maybe<ResolversParentTypes['CommentRequest']> };
  CreateOrganizationUnitInput: CreateOrganizationUnitInput;
  CriteriaSet: CriteriaSetEntity;
  Criterion: CriterionEntity;
  CriterionAssessment: CommentFormAssessmentEntity;
  Date: Scalars['Date']['output'];
  Disagreement: DisagreementRecordEntity;
  DisagreementConnection: Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisagreementEdge']> };
  DisagreementEdge: Omit<DisagreementEdge, 'node'> & { node: ResolversParentTypes['Disagreement'] };
  DraftResidenceCommentInput: DraftResidenceCommentInput;
  EndOrganizationUnitInput: EndOrganizationUnitInput;
  JSON: Scalars['JSON']['output'];
  Member: MemberReferenceEntity;
  MoveCommentRequestInput: MoveCommentRequestInput;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationUnitEntity;
  OrganizationCount: OrganizationCountRecordEntity;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  OrganizationStatistics: StatisticsKeyEntity;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RatingBand: RatingBandEntity;
  RatingDistribution: RatingDistribution;
  RatingScale: RatingScaleEntity;
  ReceiveCommentRequestInput: ReceiveCommentRequestInput;
  RecommendationDistribution: RecommendationDistribution;
  RecordAnnualReviewInput: RecordAnnualReviewInput;
  RequestAnnualCommentsInput: RequestAnnualCommentsInput;
  RequestCommentsInput: RequestCommentsInput;
  ResidenceComment: CommentFormEntity;
  ResidenceCommentConnection: Omit<ResidenceCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidenceCommentEdge']> };
  ResidenceCommentEdge: Omit<ResidenceCommentEdge, 'node'> & { node: ResolversParentTypes['ResidenceComment'] };
  UndeliveredEffect: UndeliveredEffect;
  UserError: UserError;
}>;

export type AnnualReviewResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AnnualReview'] = ResolversParentTypes['AnnualReview']> = ResolversObject<{
  contradictsResidenceComment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<AnnualReviewHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  ratingLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratingScale?: Resolver<ResolversTypes['RatingScale'], ParentType, ContextType>;
  residenceComment?: Resolver<Maybe<ResolversTypes['ResidenceComment']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutResidenceComment?: Resolver<Maybe<ResolversTypes['NoResidenceCommentReason']>, ParentType, ContextType>;
  withoutResidenceCommentNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workplaceCell?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnnualReviewIssueConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AnnualReviewIssueConnection'] = ResolversParentTypes['AnnualReviewIssueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnnualReviewIssueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnnualReviewIssueEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AnnualReviewIssueEdge'] = ResolversParentTypes['AnnualReviewIssueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewResidenceIssue'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnnualReview'], ParentType, ContextType>;
}>;

export type AnnualReviewPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AnnualReviewPayload'] = ResolversParentTypes['AnnualReviewPayload']> = ResolversObject<{
  annualReview?: Resolver<Maybe<ResolversTypes['AnnualReview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CommentDraftResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentDraft'] = ResolversParentTypes['CommentDraft']> = ResolversObject<{
  criteriaSet?: Resolver<ResolversTypes['CriteriaSet'], ParentType, ContextType>;
  draftedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CommentRequestResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentRequest'] = ResolversParentTypes['CommentRequest']> = ResolversObject<{
  cell?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['CommentDraft']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<CommentRequestHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['CommentPurpose'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  remindedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  residenceComment?: Resolver<Maybe<ResolversTypes['ResidenceComment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommentRequestStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ward?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  workplaceCell?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workplaceOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CommentRequestBatchPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentRequestBatchPayload'] = ResolversParentTypes['CommentRequestBatchPayload']> = ResolversObject<{
  commentRequests?: Resolver<Maybe<Array<ResolversTypes['CommentRequest']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CommentRequestConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentRequestConnection'] = ResolversParentTypes['CommentRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommentRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommentRequestEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentRequestEdge'] = ResolversParentTypes['CommentRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommentRequest'], ParentType, ContextType>;
}>;

export type CommentRequestPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CommentRequestPayload'] = ResolversParentTypes['CommentRequestPayload']> = ResolversObject<{
  commentRequest?: Resolver<Maybe<ResolversTypes['CommentRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CriteriaSetResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CriteriaSet'] = ResolversParentTypes['CriteriaSet']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['CriteriaVariant'], ParentType, ContextType>;
}>;

export type CriterionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CriterionAssessmentResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CriterionAssessment'] = ResolversParentTypes['CriterionAssessment']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DisagreementResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  relatedMembers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
}>;

export type DisagreementConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['DisagreementConnection'] = ResolversParentTypes['DisagreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisagreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisagreementEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['DisagreementEdge'] = ResolversParentTypes['DisagreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disagreement'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MemberResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualReviews?: Resolver<Maybe<Array<ResolversTypes['AnnualReview']>>, ParentType, ContextType>;
  commentRequests?: Resolver<Maybe<Array<ResolversTypes['CommentRequest']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestReview?: Resolver<Maybe<ResolversTypes['AnnualReview']>, ParentType, ContextType>;
  residenceComments?: Resolver<Maybe<Array<ResolversTypes['ResidenceComment']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  certifyResidenceComment?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationCertifyResidenceCommentArgs, 'input'>>;
  draftResidenceComment?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationDraftResidenceCommentArgs, 'input'>>;
  receiveCommentRequest?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationReceiveCommentRequestArgs, 'input'>>;
  recordAnnualReview?: Resolver<ResolversTypes['AnnualReviewPayload'], ParentType, ContextType, RequireFields<MutationRecordAnnualReviewArgs, 'input'>>;
  requestAnnualComments?: Resolver<ResolversTypes['CommentRequestBatchPayload'], ParentType, ContextType, RequireFields<MutationRequestAnnualCommentsArgs, 'input'>>;
  requestComments?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationRequestCommentsArgs, 'input'>>;
  returnResidenceComment?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationReturnResidenceCommentArgs, 'input'>>;
  signResidenceComment?: Resolver<ResolversTypes['CommentRequestPayload'], ParentType, ContextType, RequireFields<MutationSignResidenceCommentArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<OrganizationChildrenArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrganizationInForceArgs>>;
  keptBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  membersRecommendedForAction?: Resolver<ResolversTypes['ResidenceCommentConnection'], ParentType, ContextType, RequireFields<OrganizationMembersRecommendedForActionArgs, 'first' | 'order' | 'side'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueCommentRequests?: Resolver<ResolversTypes['CommentRequestConnection'], ParentType, ContextType, RequireFields<OrganizationOverdueCommentRequestsArgs, 'first' | 'order' | 'side'>>;
  overdueCommentRequestsByOrganization?: Resolver<Array<ResolversTypes['OrganizationCount']>, ParentType, ContextType, RequireFields<OrganizationOverdueCommentRequestsByOrganizationArgs, 'side'>>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  reviewsAgainstResidenceComment?: Resolver<ResolversTypes['AnnualReviewIssueConnection'], ParentType, ContextType, RequireFields<OrganizationReviewsAgainstResidenceCommentArgs, 'first' | 'side' | 'year'>>;
  successor?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationCountResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['OrganizationCount'] = ResolversParentTypes['OrganizationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrganizationStatisticsResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['OrganizationStatistics'] = ResolversParentTypes['OrganizationStatistics'], FederationReferenceType extends FederationReferenceTypes['OrganizationStatistics'] = FederationReferenceTypes['OrganizationStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrganizationStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  commentsDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commentsReturnedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commentsReturnedOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['RatingDistribution'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationDistribution'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  commentRequest?: Resolver<Maybe<ResolversTypes['CommentRequest']>, ParentType, ContextType, RequireFields<QueryCommentRequestArgs, 'id'>>;
  criteriaSets?: Resolver<Array<ResolversTypes['CriteriaSet']>, ParentType, ContextType, Partial<QueryCriteriaSetsArgs>>;
  evaluationUndeliveredEffects?: Resolver<Array<ResolversTypes['UndeliveredEffect']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  provinces?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  ratingScale?: Resolver<Maybe<ResolversTypes['RatingScale']>, ParentType, ContextType, Partial<QueryRatingScaleArgs>>;
}>;

export type RatingBandResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RatingBand'] = ResolversParentTypes['RatingBand']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
}>;

export type RatingDistributionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RatingDistribution'] = ResolversParentTypes['RatingDistribution']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excellent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  good?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RatingScaleResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RatingScale'] = ResolversParentTypes['RatingScale']> = ResolversObject<{
  bands?: Resolver<Array<ResolversTypes['RatingBand']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecommendationDistributionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RecommendationDistribution'] = ResolversParentTypes['RecommendationDistribution']> = ResolversObject<{
  commend?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  considerAction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  none?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResidenceCommentResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ResidenceComment'] = ResolversParentTypes['ResidenceComment']> = ResolversObject<{
  assessments?: Resolver<Array<ResolversTypes['CriterionAssessment']>, ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  certifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  criteriaSet?: Resolver<ResolversTypes['CriteriaSet'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['CommentRequest'], ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ward?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ResidenceCommentConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ResidenceCommentConnection'] = ResolversParentTypes['ResidenceCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidenceCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResidenceCommentEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ResidenceCommentEdge'] = ResolversParentTypes['ResidenceCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidenceComment'], ParentType, ContextType>;
}>;

export type UndeliveredEffectResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['UndeliveredEffect'] = ResolversParentTypes['UndeliveredEffect']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  refusedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EvaluationContext> = ResolversObject<{
  AnnualReview?: AnnualReviewResolvers<ContextType>;
  AnnualReviewIssueConnection?: AnnualReviewIssueConnectionResolvers<ContextType>;
  AnnualReviewIssueEdge?: AnnualReviewIssueEdgeResolvers<ContextType>;
  AnnualReviewPayload?: AnnualReviewPayloadResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CommentDraft?: CommentDraftResolvers<ContextType>;
  CommentRequest?: CommentRequestResolvers<ContextType>;
  CommentRequestBatchPayload?: CommentRequestBatchPayloadResolvers<ContextType>;
  CommentRequestConnection?: CommentRequestConnectionResolvers<ContextType>;
  CommentRequestEdge?: CommentRequestEdgeResolvers<ContextType>;
  CommentRequestPayload?: CommentRequestPayloadResolvers<ContextType>;
  CriteriaSet?: CriteriaSetResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionAssessment?: CriterionAssessmentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementConnection?: DisagreementConnectionResolvers<ContextType>;
  DisagreementEdge?: DisagreementEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationCount?: OrganizationCountResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  OrganizationStatistics?: OrganizationStatisticsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RatingBand?: RatingBandResolvers<ContextType>;
  RatingDistribution?: RatingDistributionResolvers<ContextType>;
  RatingScale?: RatingScaleResolvers<ContextType>;
  RecommendationDistribution?: RecommendationDistributionResolvers<ContextType>;
  ResidenceComment?: ResidenceCommentResolvers<ContextType>;
  ResidenceCommentConnection?: ResidenceCommentConnectionResolvers<ContextType>;
  ResidenceCommentEdge?: ResidenceCommentEdgeResolvers<ContextType>;
  UndeliveredEffect?: UndeliveredEffectResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

