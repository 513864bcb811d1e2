import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedInKeyOrder } from '@twoway/persistence';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, readableByNode, type Access } from '@twoway/subgraph-runtime';
import type { ResidenceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { findAttendanceByMemberAndPeriod } from './repositories/attendance.repository.js';
import { UPCOMING_MEETINGS, findAttendanceAtMeetings, findInvitations, findMeetings } from './repositories/meeting.repository.js';
import { findReceipts } from './repositories/letter-receipt.repository.js';
import { findRegistrations, findRegistrationsOfLetters, findRegistrationsOfMembers } from './repositories/residence-registration.repository.js';
import type { MeetingAttendance } from './entities/meeting-attendance.entity.js';
import { findStandings } from './repositories/member-standing.repository.js';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): ResidenceLoaders {
  const meetings = (ids: readonly string[]) => findMeetings(dataSource, ids);
  const registrations = (ids: readonly string[]) => findRegistrations(dataSource, ids);
  return {
    registrationsByMember: readableByMember(access, (memberIds) => findRegistrationsOfMembers(dataSource, memberIds)),
    meetingById: readableByNode(access, organizations, meetings, (m) => [m.organizationId]),
    meetingReached: new DataLoader(meetings),
    invitations: new DataLoader((keys) => findInvitations(dataSource, keys, UPCOMING_MEETINGS)),
    // Keyed `member|from|to`.
    attendanceByMemberAndPeriod: readableByMember(access, (keys) => findAttendanceByMemberAndPeriod(dataSource, keys), (key) => key.split('|')[0]!),
    attendanceByMeeting: new DataLoader(async (meetingIds) => {
      const readable = await access.onlyReadable(await findAttendanceAtMeetings(dataSource, meetingIds), (a) => a.memberId);
      return groupedInKeyOrder(meetingIds, readable.filter((a): a is MeetingAttendance => a !== null), (a) => a.meetingId);
    }),
    standingByMember: new DataLoader((memberIds) => findStandings(dataSource, memberIds)),
    receiptByLetter: readableById(access, (ids) => findReceipts(dataSource, ids), (r) => r.memberId),
    registrationByLetter: readableById(access, (letterIds) => findRegistrationsOfLetters(dataSource, letterIds), (r) => r.memberId),
    registrationById: readableById(access, registrations, (r) => r.memberId),
    registrationReached: new DataLoader(registrations),
    history: createHistoryLoader(dataSource),
    statistics: createStatisticsLoader(dataSource, organizations),
  };
}
