import { readFileSync } from 'node:fs';
import type { SubgraphModule } from '@twoway/subgraph-runtime';
import type { ResidenceContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { Meeting } from './entities/meeting.entity.js';
import { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import { CreateRegistrationsAndMeetings1764400000200 } from './migrations/1764400000200-CreateRegistrationsAndMeetings.js';
import { CreateLetterReceipts1764400000210 } from './migrations/1764400000210-CreateLetterReceipts.js';
import { LetterReceipt } from './entities/letter-receipt.entity.js';
import { MemberStanding } from './entities/member-standing.entity.js';
import { CreateMemberStanding1764400000230 } from './migrations/1764400000230-CreateMemberStanding.js';
import { eventHandlers } from './events.js';
import { ChangeNoticeAcknowledgement } from './entities/change-notice-acknowledgement.entity.js';
import { CreateChangeNoticeAcknowledgements1764400000220 } from './migrations/1764400000220-CreateChangeNoticeAcknowledgements.js';
import { StatisticsRollup1764400000240 } from './migrations/1764400000240-StatisticsRollup.js';
import { RegistrationAttendance1764400000250 } from './migrations/1764400000250-RegistrationAttendance.js';
import { MemberReach1764400000260 } from './migrations/1764400000260-MemberReach.js';
import { MemberDutyAndActivity1764400000270 } from './migrations/1764400000270-MemberDutyAndActivity.js';
import { MemberReachThroughWorkplaceCell1764400000280 } from './migrations/1764400000280-MemberReachThroughWorkplaceCell.js';
import { AttendanceExpectedOfDutyBound1764400000290 } from './migrations/1764400000290-AttendanceExpectedOfDutyBound.js';
import { ProvinceListIndexes1764400000295 } from './migrations/1764400000295-ProvinceListIndexes.js';
import { WardListIndexes1764400000296 } from './migrations/1764400000296-WardListIndexes.js';
import { AbsenteesCounted1764400000297 } from './migrations/1764400000297-AbsenteesCounted.js';
import { RedundantIndexDropped1764400000298 } from './migrations/1764400000298-RedundantIndexDropped.js';
import { MeetingsCountedOnceRecorded1764400000299 } from './migrations/1764400000299-MeetingsCountedOnceRecorded.js';
import { ResidenceDisagreements1764400000800 } from './migrations/1764400000800-ResidenceDisagreements.js';
import { RegistrationAttendanceRebuiltAtOnce1764400000801 } from './migrations/1764400000801-RegistrationAttendanceRebuiltAtOnce.js';
import { createLoaders } from './loaders.js';
import { registrationSuccessions } from './jobs.js';
import { resolvers } from './resolvers/index.js';
import { seedDemoData } from './demo/index.js';

/**
 * The residence committee (đảng ủy phường and its residential cells): owns
 * the territorial organisations, registrations at residence, meetings and
 * attendance.
 */
export const residenceCommittee: SubgraphModule<ResidenceContext, Resolvers> = {
  name: 'residence-committee',
  schema: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [ResidenceRegistration, Meeting, MeetingAttendance, LetterReceipt, ChangeNoticeAcknowledgement, MemberStanding],
  migrations: [CreateRegistrationsAndMeetings1764400000200, CreateLetterReceipts1764400000210, CreateChangeNoticeAcknowledgements1764400000220, CreateMemberStanding1764400000230, StatisticsRollup1764400000240, RegistrationAttendance1764400000250, MemberReach1764400000260,
    MemberDutyAndActivity1764400000270, MemberReachThroughWorkplaceCell1764400000280, AttendanceExpectedOfDutyBound1764400000290, ProvinceListIndexes1764400000295, WardListIndexes1764400000296, AbsenteesCounted1764400000297, RedundantIndexDropped1764400000298,
      MeetingsCountedOnceRecorded1764400000299, ResidenceDisagreements1764400000800, RegistrationAttendanceRebuiltAtOnce1764400000801],
  createContext: (base, dataSource) => ({ ...base, dataSource, loaders: createLoaders(dataSource, base.organizations, base.access) }),
  seedDemoData,
  eventHandlers,
  jobs: [registrationSuccessions],
};
