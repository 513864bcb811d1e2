import type DataLoader from 'dataloader';
import type { AuditEntryRecord, BaseSubgraphContext, HistoryKey } from '@twoway/subgraph-runtime';
import type { Member } from './entities/member.entity.js';
import type { IntroductionLetter } from './entities/introduction-letter.entity.js';
import type { DataSource } from 'typeorm';

export interface WorkplaceLoaders {
  memberById: DataLoader<string, Member | null>;
  lettersByMember: DataLoader<string, IntroductionLetter[]>;
  letterById: DataLoader<string, IntroductionLetter | null>;
  history: DataLoader<HistoryKey, AuditEntryRecord[], string>;
}

/** Per-request context of the workplace-committee subgraph. */
export interface WorkplaceContext extends BaseSubgraphContext {
  loaders: WorkplaceLoaders;
  dataSource: DataSource;
}
