import type DataLoader from 'dataloader';
import type { AuditEntryRecord, BaseSubgraphContext, HistoryKey, StatisticsKey, StatisticsRow } from '@twoway/subgraph-runtime';
import type { Period } from '@twoway/platform';
import type { Member } from './entities/member.entity.js';
import type { IntroductionLetter } from './entities/introduction-letter.entity.js';
import type { DataSource } from 'typeorm';
import type { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './entities/change-notice.entity.js';

export interface WorkplaceLoaders {
  memberById: DataLoader<string, Member | null>;
  lettersByMember: DataLoader<string, IntroductionLetter[]>;
  letterById: DataLoader<string, IntroductionLetter | null>;
  history: DataLoader<HistoryKey, AuditEntryRecord[], string>;
  changesByMember: DataLoader<string, MemberChange[]>;
  changesByNotice: DataLoader<string, MemberChange[]>;
  noticeById: DataLoader<string, ChangeNotice | null>;
  leavingNoticesByMember: DataLoader<string, ResidenceLeavingNotice[]>;
  statistics: DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string>;
}

/** Per-request context of the workplace-committee subgraph. */
export interface WorkplaceContext extends BaseSubgraphContext {
  loaders: WorkplaceLoaders;
  dataSource: DataSource;
}
