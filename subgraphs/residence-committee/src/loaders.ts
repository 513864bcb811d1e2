import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { ResidenceRegistration } from './entities/residence-registration.entity.js';
import { Meeting } from './entities/meeting.entity.js';
import { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import { LetterReceipt } from './entities/letter-receipt.entity.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, readableByNode, type Access } from '@twoway/subgraph-runtime';
import type { ResidenceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { findAttendanceByMemberAndPeriod } from './repositories/attendance.repository.js';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): ResidenceLoaders {
  const registrations = dataSource.getRepository(ResidenceRegistration);
  const meetings = dataSource.getRepository(Meeting);
  const findMeetings = async (ids: readonly string[]) => inKeyOrder(ids, await meetings.findBy({ id: In([...ids]) }), (m) => m.id);
  return {
    registrationsByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(
        memberIds,
        await registrations.find({ where: { memberId: In([...memberIds]) }, order: { receivedOn: 'DESC', id: 'ASC' } }),
        (r) => r.memberId,
      ),
    ),
    meetingById: readableByNode(access, organizations, findMeetings, (m) => [m.organizationId]),
    meetingOfAttendance: new DataLoader(findMeetings),
    // Keyed `member|from|to`.
    attendanceByMemberAndPeriod: readableByMember(access, (keys) => findAttendanceByMemberAndPeriod(dataSource, keys), (key) => key.split('|')[0]!),
    attendanceByMeeting: new DataLoader(async (meetingIds) => {
      const rows = await dataSource.getRepository(MeetingAttendance).find({ where: { meetingId: In([...meetingIds]) }, order: { memberId: 'ASC' } });
      const readable = (await access.onlyReadable(rows, (a) => a.memberId)).filter((a): a is MeetingAttendance => a !== null);
      return groupedInKeyOrder(meetingIds, readable, (a) => a.meetingId);
    }),
    receiptByLetter: readableById(access, async (ids) => inKeyOrder(ids, await dataSource.getRepository(LetterReceipt).findBy({ id: In([...ids]) }), (r) => r.id), (r) => r.memberId),
    registrationByLetter: readableById(access, async (letterIds) =>
      inKeyOrder(letterIds, await registrations.findBy({ introductionLetterId: In([...letterIds]) }), (r) => r.introductionLetterId!), (r) => r.memberId,
    ),
    registrationById: readableById(access, async (ids) => inKeyOrder(ids, await registrations.findBy({ id: In([...ids]) }), (r) => r.id), (r) => r.memberId),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
}
