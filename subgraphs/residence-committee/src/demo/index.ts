export { seedDemoData } from './seed.js';
export {
  residenceDemoRows, type LetterReceiptRecord, type MeetingAttendanceRecord, type MeetingRecord, type MemberStandingRecord, type RegistrationRecord,
} from './demo-rows.js';
export { RESIDENCE_DATA_TABLES, residenceGeneratedRows } from './generated-rows.js';
