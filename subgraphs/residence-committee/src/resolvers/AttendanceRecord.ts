import type { AttendanceRecordResolvers, AttendanceStatus } from '../generated/resolvers-types.js';
import type { AttendanceSummary } from '../repositories/attendance.repository.js';
import type { MeetingAttendance } from '../entities/meeting-attendance.entity.js';

/** Statuses that count as having attended. */
const ATTENDED: ReadonlySet<AttendanceStatus> = new Set(['PRESENT', 'LATE', 'LEFT_EARLY']);

/**
 * The entries the counts are made of: every one for a member expected at
 * meetings; for a member who is not (exempt, not introduced), only the
 * meetings they came to: they are never counted absent, nor excused.
 */
const counted = (summary: AttendanceSummary): MeetingAttendance[] =>
  summary.neverExpected ? summary.entries.filter((entry) => ATTENDED.has(entry.status)) : summary.entries;

const count = (summary: AttendanceSummary, status: AttendanceStatus) => counted(summary).filter((entry) => entry.status === status).length;

export const AttendanceRecord: AttendanceRecordResolvers = {
  meetingsExpected: (summary) => counted(summary).length,
  present: (summary) => count(summary, 'PRESENT'),
  late: (summary) => count(summary, 'LATE'),
  leftEarly: (summary) => count(summary, 'LEFT_EARLY'),
  excused: (summary) => count(summary, 'EXCUSED'),
  absent: (summary) => count(summary, 'ABSENT'),
  attendanceRate: (summary) => {
    const expected = counted(summary);
    return expected.length === 0 ? null : expected.filter((entry) => ATTENDED.has(entry.status)).length / expected.length;
  },
};
