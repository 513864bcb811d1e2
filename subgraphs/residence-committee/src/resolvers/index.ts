import type { Resolvers } from '../generated/resolvers-types.js';
import type { ResidenceContext } from '../context.js';
import type { ChangeNoticeAcknowledgement as ChangeNoticeAcknowledgementEntity } from '../entities/change-notice-acknowledgement.entity.js';
import type { MeetingAttendance as MeetingAttendanceEntity } from '../entities/meeting-attendance.entity.js';
import { Attendance } from './Attendance.js';
import { AttendanceRecord } from './AttendanceRecord.js';
import { Meeting } from './Meeting.js';
import { Member } from './Member.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { ResidenceRegistration } from './ResidenceRegistration.js';
import { Mutation } from './Mutation.js';
import { OrganizationStatistics } from '../statistics.js';
import { IntroductionLetter } from './IntroductionLetter.js';
import { LetterReceipt } from './LetterReceipt.js';
import { findRegistrations } from '../repositories/residence-registration.repository.js';

const ChangeNoticeAcknowledgement = {
  changeNoticeId: (ack: ChangeNoticeAcknowledgementEntity) => ack.id,
  ward: async (ack: ChangeNoticeAcknowledgementEntity, _args: unknown, ctx: ResidenceContext) => (await ctx.organizations.byId.load(ack.wardId))!,
  endedRegistrations: async (ack: ChangeNoticeAcknowledgementEntity, _args: unknown, ctx: ResidenceContext) =>
    (await findRegistrations(ctx.dataSource, ack.endedRegistrationIds)).filter((r) => r !== null),
};

const Disagreement = { member: (d: { memberId: string }) => ({ id: d.memberId }) };

const MeetingAttendance = {
  member: (attendance: MeetingAttendanceEntity) => ({ id: attendance.memberId }),
  // An entry is only ever reached through its meeting or a member the principal may read; the meeting comes with it.
  meeting: async (attendance: MeetingAttendanceEntity, _args: unknown, ctx: ResidenceContext) => (await ctx.loaders.meetingReached.load(attendance.meetingId))!,
};

export const resolvers: Resolvers = {
  Query, Mutation, Member, ResidenceRegistration, AttendanceRecord, Attendance, Meeting, MeetingAttendance, Organization, IntroductionLetter, LetterReceipt, ChangeNoticeAcknowledgement, Disagreement, OrganizationStatistics,
};
