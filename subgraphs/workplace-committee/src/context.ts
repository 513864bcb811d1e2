import type DataLoader from 'dataloader';
import type { BaseSubgraphContext, HistoryLoader, ListPagesLoader, StatisticsKey, StatisticsRow } from '@twoway/subgraph-runtime';
import type { Period } from '@twoway/platform';
import type { Member } from './entities/member.entity.js';
import type { IntroductionLetter } from './entities/introduction-letter.entity.js';
import type { DataSource } from 'typeorm';
import type { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './entities/change-notice.entity.js';
import type { MemberTransfer } from './entities/member-transfer.entity.js';

export interface WorkplaceLoaders {
  memberById: DataLoader<string, Member | null>;
  /**
   * The member a record the principal reads is about (a change notice item, a leaving notice, a transfer, a
   * letter, a disagreement): named by the record, whatever the reach. An agency's change notices and transfers
   * name the member it transferred out, whom it no longer reaches (memberById answers null for them, and the
   * whole list failed). Only through the record: the member's other records stay behind the reach.
   */
  memberNamed: DataLoader<string, Member | null>;
  /** Pages of members' letters, newest first (an empty list for a member the principal may not read). */
  letterPagesByMember: ListPagesLoader;
  letterById: DataLoader<string, IntroductionLetter | null>;
  history: HistoryLoader;
  changesByMember: DataLoader<string, MemberChange[]>;
  changesByNotice: DataLoader<string, MemberChange[]>;
  noticeById: DataLoader<string, ChangeNotice | null>;
  /** A notice reached through the change-notice list of a node the principal may read (the list is guarded as a whole). */
  noticeReached: DataLoader<string, ChangeNotice | null>;
  leavingNoticesByMember: DataLoader<string, ResidenceLeavingNotice[]>;
  leavingNoticeById: DataLoader<string, ResidenceLeavingNotice | null>;
  transferById: DataLoader<string, MemberTransfer | null>;
  /** A transfer reached through the in-transit list of a node the principal may read (the list is guarded as a whole). */
  transferReached: DataLoader<string, MemberTransfer | null>;
  transfersByMember: DataLoader<string, MemberTransfer[]>;
  statistics: DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string>;
}

/** Per-request context of the workplace-committee subgraph. */
export interface WorkplaceContext extends BaseSubgraphContext {
  loaders: WorkplaceLoaders;
  dataSource: DataSource;
}
