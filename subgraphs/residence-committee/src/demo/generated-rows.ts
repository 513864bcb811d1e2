import type { CellStory, TableRows } from '@twoway/demo-data';
import { letterReceiptRecords, meetingAttendanceRecord, meetingRecord, memberStandingRecords, registrationRecord } from './demo-rows.js';

/** The residence committee's data tables, emptied before a generated data set is loaded. */
export const RESIDENCE_DATA_TABLES = ['change_notice_acknowledgement', 'letter_receipt', 'meeting_attendance', 'meeting', 'residence_registration', 'member_standing'];

/** The residence committee's rows of a generated data set (`npm run generate`), one residential cell's story at a time, in COPY column order. */
export function residenceGeneratedRows(scenario: CellStory): TableRows[] {
  return [
    {
      table: 'residence_registration',
      columns: ['id', 'member_id', 'introduction_letter_id', 'ward_id', 'cell_id', 'address', 'received_on', 'assigned_on', 'status', 'activity', 'ended_on', 'end_reason', 'version'],
      rows: scenario.residences.map(registrationRecord).map((r) => [r.id, r.memberId, r.introductionLetterId, r.wardId, r.cellId, r.address, r.receivedOn, r.assignedOn, r.status, r.activity, r.endedOn, r.endReason, 1]),
    },
    {
      table: 'letter_receipt',
      columns: ['introduction_letter_id', 'member_id', 'ward_id', 'status', 'received_on', 'returned_on', 'return_reason', 'version'],
      rows: letterReceiptRecords(scenario).map((r) => [r.id, r.memberId, r.wardId, r.status, r.receivedOn, r.returnedOn, r.returnReason, 1]),
    },
    {
      table: 'member_standing',
      columns: ['member_id', 'status', 'workplace_organization_id', 'workplace_cell_id', 'residence_duty', 'changed_on'],
      rows: memberStandingRecords(scenario).map((s) => [s.memberId, s.status, s.workplaceOrganizationId, s.workplaceCellId, s.residenceDuty, s.changedOn]),
    },
    {
      table: 'meeting',
      columns: ['id', 'organization_id', 'kind', 'held_on', 'agenda', 'attendance_recorded_on', 'version'],
      rows: scenario.meetings.map(meetingRecord).map((m) => [m.id, m.organizationId, m.kind, m.heldOn, m.agenda, m.attendanceRecordedOn, 1]),
    },
    {
      table: 'meeting_attendance',
      columns: ['meeting_id', 'member_id', 'organization_id', 'held_on', 'status', 'contribution'],
      rows: scenario.attendances.map(meetingAttendanceRecord).map((a) => [a.meetingId, a.memberId, a.organizationId, a.heldOn, a.status, a.contribution]),
    },
  ];
}
