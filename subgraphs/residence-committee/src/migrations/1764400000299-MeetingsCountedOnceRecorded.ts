import type { QueryRunner } from 'typeorm';
import { createProjection, dropProjection, migrationOf, redefineStatisticsFacts, type ProjectionDefinition, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { REGISTRATION_ATTENDANCE, registrationAttendanceRows } from './1764400000250-RegistrationAttendance.js';
import { residenceFactsWithDuty } from './1764400000290-AttendanceExpectedOfDutyBound.js';
import { ABSENTEES_FACTS, RESIDENCE_STATISTICS_WITH_ABSENTEES } from './1764400000297-AbsenteesCounted.js';

/** A meeting whose attendance the cell (or ward) has recorded: the only meetings the figures and the absentees count. */
const RECORDED = (meeting: string) => `${meeting}.attendance_recorded_on IS NOT NULL`;

/**
 * The residence's figures of 297, counting a semi-annual meeting, and each
 * entry of it, only once the cell has recorded its attendance
 * (`meeting.attendance_recorded_on`, set by recordAttendance). Before, a
 * meeting scheduled for a later day counted as held in its period, and a
 * member's excuse sent ahead of it as an expected attendance missed: the
 * year's attendance rate fell with every excuse for December's meeting.
 */
export const RESIDENCE_STATISTICS_OF_RECORDED_MEETINGS: StatisticsRollupDefinition = {
  facts: `${residenceFactsWithDuty(RECORDED('m'))}
    UNION ALL${ABSENTEES_FACTS}`,
  sources: RESIDENCE_STATISTICS_WITH_ABSENTEES.sources,
};

/**
 * Each registration's last two semi-annual meetings (250), among the meetings
 * whose attendance was recorded: an excuse sent for a coming meeting is not
 * the member's last meeting, so it cannot make them "absent from the last
 * two" before that meeting is held.
 */
export const REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS: ProjectionDefinition = {
  ...REGISTRATION_ATTENDANCE,
  rows: registrationAttendanceRows(RECORDED('m')),
};

/**
 * Replaces the projection's definition; createProjection counts its rows afresh, with the table's own triggers
 * off (the figures that read it are recounted next, by redefineStatisticsFacts).
 */
async function replaceRegistrationAttendance(queryRunner: QueryRunner, before: ProjectionDefinition, after: ProjectionDefinition): Promise<void> {
  await dropProjection(queryRunner, before);
  await queryRunner.query(`ALTER TABLE registration_attendance DISABLE TRIGGER USER`);
  await createProjection(queryRunner, after);
  await queryRunner.query(`ALTER TABLE registration_attendance ENABLE TRIGGER USER`);
}

/**
 * The day a meeting's attendance was first recorded. Meetings already in the
 * database count as recorded on their own day when the cell wrote any entry
 * (an entry without a member's own excuse reason: the rule sendMeetingExcuse
 * used until now), the day of the writing being unknown; a meeting holding
 * members' excuses only has not been recorded.
 */
export const MeetingsCountedOnceRecorded1764400000299 = migrationOf('MeetingsCountedOnceRecorded1764400000299', {
  up: async (queryRunner) => {
    await queryRunner.query(`ALTER TABLE meeting ADD COLUMN attendance_recorded_on date`);
    await queryRunner.query(`
      UPDATE meeting m SET attendance_recorded_on = m.held_on
      WHERE EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.excuse_reason IS NULL)`);
    await replaceRegistrationAttendance(queryRunner, REGISTRATION_ATTENDANCE, REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS);
    await redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS_WITH_ABSENTEES, RESIDENCE_STATISTICS_OF_RECORDED_MEETINGS);
  },
  down: async (queryRunner) => {
    await redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS_OF_RECORDED_MEETINGS, RESIDENCE_STATISTICS_WITH_ABSENTEES);
    await replaceRegistrationAttendance(queryRunner, REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS, REGISTRATION_ATTENDANCE);
    await queryRunner.query(`ALTER TABLE meeting DROP COLUMN attendance_recorded_on`);
  },
});
