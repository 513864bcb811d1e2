import type { Resolvers } from '../generated/resolvers-types.js';
import { Attendance } from './Attendance.js';
import { AttendanceRecord } from './AttendanceRecord.js';
import { Meeting } from './Meeting.js';
import { Member } from './Member.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { ResidenceRegistration } from './ResidenceRegistration.js';

export const resolvers: Resolvers = { Query, Member, ResidenceRegistration, AttendanceRecord, Attendance, Meeting, Organization };
