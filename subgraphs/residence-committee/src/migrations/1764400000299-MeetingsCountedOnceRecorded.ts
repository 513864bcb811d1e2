import type { QueryRunner } from 'typeorm';
import { createProjection, dropProjection, migrationOf, redefineStatisticsFacts, type ProjectionDefinition, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { REGISTRATION_ATTENDANCE } from './1764400000250-RegistrationAttendance.js';
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
  facts: `
    SELECT g.id AS source_id, g.organization_id AS node_id, NULL::uuid AS shadow_node_id, 'registered'::varchar(32) AS measure,
      true AS stock, g.assigned_on AS starts_on, g.ended_on AS ends_on
    FROM residence_registration g WHERE g.assigned_on IS NOT NULL
    UNION ALL
    SELECT m.id, m.organization_id, NULL, 'meetings', false, m.held_on, NULL FROM meeting m WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND ${RECORDED('m')}
    UNION ALL
    SELECT m.id, a.organization_id, NULL, f.measure, false, a.held_on, NULL
    FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
    LEFT JOIN member_standing s ON s.member_id = a.member_id
    CROSS JOIN LATERAL (SELECT a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AS came) c
    CROSS JOIN LATERAL (VALUES
      ('expected', c.came OR s.residence_duty IS NULL OR s.residence_duty NOT IN ('EXEMPT', 'NOT_INTRODUCED')),
      ('attended', c.came)) f(measure, applies)
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND ${RECORDED('m')} AND f.applies
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
  rows: `
    SELECT g.id AS registration_id, g.member_id, g.organization_id, g.received_on, g.assigned_on, g.ended_on,
      tail.last_held_on, tail.last_status, tail.previous_held_on, tail.previous_status
    FROM residence_registration g
    LEFT JOIN LATERAL (
      SELECT max(held_on) FILTER (WHERE n = 1) AS last_held_on, max(status) FILTER (WHERE n = 1) AS last_status,
             max(held_on) FILTER (WHERE n = 2) AS previous_held_on, max(status) FILTER (WHERE n = 2) AS previous_status
      FROM (
        SELECT a.held_on, a.status, row_number() OVER (ORDER BY a.held_on DESC, a.meeting_id DESC) AS n
        FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.member_id = g.member_id AND m.kind = 'SEMI_ANNUAL_TWO_WAY' AND ${RECORDED('m')}
      ) ranked WHERE n <= 2) tail ON true`,
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
