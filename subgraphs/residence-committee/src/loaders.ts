import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { Meeting } from './entities/meeting.entity.js';
import { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import { LetterReceipt } from './entities/letter-receipt.entity.js';
import { createHistoryLoader, createStatisticsLoader } from '@twoway/subgraph-runtime';
import type { ResidenceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { findAttendanceByMemberAndPeriod } from './repositories/attendance.repository.js';

/** One set per request: every entity reference and list field goes through a loader. */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders): ResidenceLoaders {
  const registrations = dataSource.getRepository(ResidenceRegistration);
  const meetings = dataSource.getRepository(Meeting);
  return {
    registrationsByMember: new DataLoader(async (memberIds) =>
      groupedInKeyOrder(
        memberIds,
        await registrations.find({ where: { memberId: In([...memberIds]) }, order: { receivedOn: 'DESC', id: 'ASC' } }),
        (r) => r.memberId,
      ),
    ),
    meetingById: new DataLoader(async (ids) => inKeyOrder(ids, await meetings.findBy({ id: In([...ids]) }), (m) => m.id)),
    attendanceByMemberAndPeriod: new DataLoader((keys) => findAttendanceByMemberAndPeriod(dataSource, keys)),
    attendanceByMeeting: new DataLoader(async (meetingIds) =>
      groupedInKeyOrder(meetingIds, await dataSource.getRepository(MeetingAttendance).find({ where: { meetingId: In([...meetingIds]) }, order: { memberId: 'ASC' } }), (a) => a.meetingId),
    ),
    receiptByLetter: new DataLoader(async (ids) => inKeyOrder(ids, await dataSource.getRepository(LetterReceipt).findBy({ id: In([...ids]) }), (r) => r.id)),
    registrationByLetter: new DataLoader(async (letterIds) =>
      inKeyOrder(letterIds, await registrations.findBy({ introductionLetterId: In([...letterIds]) }), (r) => r.introductionLetterId!),
    ),
    registrationById: new DataLoader(async (ids) => inKeyOrder(ids, await registrations.findBy({ id: In([...ids]) }), (r) => r.id)),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
}
