import type { AttendanceRecordResolvers, AttendanceStatus } from '../generated/resolvers-types.js';
import type { AttendanceSummary } from '../repositories/attendance.repository.js';

const count = (summary: AttendanceSummary, status: AttendanceStatus) =>
  summary.entries.filter((entry) => entry.status === status).length;

/** Statuses that count as having attended. */
const ATTENDED: ReadonlySet<AttendanceStatus> = new Set(['PRESENT', 'LATE', 'LEFT_EARLY']);

export const AttendanceRecord: AttendanceRecordResolvers = {
  meetingsExpected: (summary) => summary.entries.length,
  present: (summary) => count(summary, 'PRESENT'),
  late: (summary) => count(summary, 'LATE'),
  leftEarly: (summary) => count(summary, 'LEFT_EARLY'),
  excused: (summary) => count(summary, 'EXCUSED'),
  absent: (summary) => count(summary, 'ABSENT'),
  attendanceRate: (summary) =>
    summary.entries.length === 0
      ? null
      : summary.entries.filter((entry) => ATTENDED.has(entry.status)).length / summary.entries.length,
};
