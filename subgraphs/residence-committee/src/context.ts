import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { BaseSubgraphContext, HistoryLoader, StatisticsKey, StatisticsRow } from '@twoway/subgraph-runtime';
import type { Period } from '@twoway/platform';
import type { LetterReceipt } from './entities/letter-receipt.entity.js';
import type { ResidenceRegistration } from './entities/residence-registration.entity.js';
import type { Meeting } from './entities/meeting.entity.js';
import type { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import type { MemberStanding } from './entities/member-standing.entity.js';

/** The residence side adds fields to a member it knows only by id. */
export interface MemberReference {
  id: string;
}

export interface ResidenceLoaders {
  registrationsByMember: DataLoader<string, ResidenceRegistration[]>;
  meetingById: DataLoader<string, Meeting | null>;
  /**
   * A meeting reached through what the principal may read: an attendance entry (a member's own, a workplace
   * committee's member's), whose kind and date are part of that attendance whoever holds the meeting; or the
   * meetings list of a node in its scope. Its history stays behind the node's scope (meetingById).
   */
  meetingReached: DataLoader<string, Meeting | null>;
  /** A member's invitations, keyed by invitationsKey (day, ward, cell): one statement for a page of members. */
  invitations: DataLoader<string, Meeting[]>;
  /** Keyed by `memberId|from|to`: one statement per distinct period, whatever the number of members. */
  attendanceByMemberAndPeriod: DataLoader<string, MeetingAttendance[]>;
  attendanceByMeeting: DataLoader<string, MeetingAttendance[]>;
  receiptByLetter: DataLoader<string, LetterReceipt | null>;
  /** The workplace's standing of a member as projected here; not guarded: read only for a record already reached. */
  standingByMember: DataLoader<string, MemberStanding | null>;
  registrationByLetter: DataLoader<string, ResidenceRegistration | null>;
  registrationById: DataLoader<string, ResidenceRegistration | null>;
  /**
   * A registration reached through the list of a node in the principal's scope: the node's own record, ended
   * ones included (a member who moved away is no longer reached through it, but their registration here was).
   */
  registrationReached: DataLoader<string, ResidenceRegistration | null>;
  history: HistoryLoader;
  statistics: DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string>;
}

/** Per-request context of the residence-committee subgraph. */
export interface ResidenceContext extends BaseSubgraphContext {
  loaders: ResidenceLoaders;
  dataSource: DataSource;
}
