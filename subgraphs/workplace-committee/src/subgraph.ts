import { readFileSync } from 'node:fs';
import type { SubgraphModule } from '@twoway/subgraph-runtime';
import type { WorkplaceContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Member } from './entities/member.entity.js';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';
import { CreateMembers1764400000100 } from './migrations/1764400000100-CreateMembers.js';
import { LetterNumbersAndPolicy1764400000110 } from './migrations/1764400000110-LetterNumbersAndPolicy.js';
import { CreateChangeNotices1764400000120 } from './migrations/1764400000120-CreateChangeNotices.js';
import { AssignmentDeadline1764400000130 } from './migrations/1764400000130-AssignmentDeadline.js';
import { MemberSearch1764400000140 } from './migrations/1764400000140-MemberSearch.js';
import { OversightIndexes1764400000150 } from './migrations/1764400000150-OversightIndexes.js';
import { StatisticsRollup1764400000160 } from './migrations/1764400000160-StatisticsRollup.js';
import { MemberReach1764400000170 } from './migrations/1764400000170-MemberReach.js';
import { PartyLife1764400000180 } from './migrations/1764400000180-PartyLife.js';
import { MemberReachInTransit1764400000190 } from './migrations/1764400000190-MemberReachInTransit.js';
import { MemberReachOfFormerHolders1764400000198 } from './migrations/1764400000198-MemberReachOfFormerHolders.js';
import { LeavingNoticeClosed1764400000199 } from './migrations/1764400000199-LeavingNoticeClosed.js';
import { WorkplaceCountedUntilIntroduced1764400000200 } from './migrations/1764400000200-WorkplaceCountedUntilIntroduced.js';
import { LeaversCountedUntilTheyLeft1764400000201 } from './migrations/1764400000201-LeaversCountedUntilTheyLeft.js';
import { WorkplaceDisagreements1764400000202 } from './migrations/1764400000202-WorkplaceDisagreements.js';
import { ProvinceListIndexes1764400000195 } from './migrations/1764400000195-ProvinceListIndexes.js';
import { ShadowsByJoin1764400000196 } from './migrations/1764400000196-ShadowsByJoin.js';
import { RedundantIndexDropped1764400000197 } from './migrations/1764400000197-RedundantIndexDropped.js';
import { MemberTransfer } from './entities/member-transfer.entity.js';
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './entities/change-notice.entity.js';
import { eventHandlers } from './events.js';
import { compileChangeNotices, letterSuccessions } from './jobs.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';
import { seedDemoData } from './demo/index.js';

/**
 * The workplace committee (cấp ủy nơi công tác): owns members' identity and
 * workplace standing, the workplace organisations, and introduction letters.
 */
export const workplaceCommittee: SubgraphModule<WorkplaceContext, Resolvers> = {
  name: 'workplace-committee',
  schema: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [Member, IntroductionLetter, MemberChange, ChangeNotice, ResidenceLeavingNotice, MemberTransfer],
  migrations: [CreateMembers1764400000100, LetterNumbersAndPolicy1764400000110, CreateChangeNotices1764400000120, AssignmentDeadline1764400000130, MemberSearch1764400000140, OversightIndexes1764400000150, StatisticsRollup1764400000160, MemberReach1764400000170,
    PartyLife1764400000180, MemberReachInTransit1764400000190, ProvinceListIndexes1764400000195, ShadowsByJoin1764400000196, RedundantIndexDropped1764400000197,
    MemberReachOfFormerHolders1764400000198, LeavingNoticeClosed1764400000199, WorkplaceCountedUntilIntroduced1764400000200,
    LeaversCountedUntilTheyLeft1764400000201, WorkplaceDisagreements1764400000202],
  createContext: (base, dataSource) => ({ ...base, dataSource, loaders: createLoaders(dataSource, base.organizations, base.access) }),
  seedDemoData,
  eventHandlers,
  jobs: [compileChangeNotices, letterSuccessions],
};
