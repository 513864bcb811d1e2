import type { Resolvers } from '../generated/resolvers-types.js';
import { Attendance } from './Attendance.js';
import { AttendanceRecord } from './AttendanceRecord.js';
import { Meeting } from './Meeting.js';
import { Member } from './Member.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { ResidenceRegistration } from './ResidenceRegistration.js';
import { Mutation } from './Mutation.js';
import { IntroductionLetter } from './IntroductionLetter.js';
import { LetterReceipt } from './LetterReceipt.js';

const MeetingAttendance = { member: (attendance: { memberId: string }) => ({ id: attendance.memberId }) };

export const resolvers: Resolvers = {
  Query, Mutation, Member, ResidenceRegistration, AttendanceRecord, Attendance, Meeting, MeetingAttendance, Organization, IntroductionLetter, LetterReceipt,
};
