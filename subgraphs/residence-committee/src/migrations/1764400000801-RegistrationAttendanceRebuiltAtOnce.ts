import { migrationOf, rebuildFunctionSql, type ProjectionDefinition } from '@twoway/subgraph-runtime';
import { REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS } from './1764400000299-MeetingsCountedOnceRecorded.js';

/**
 * registration_attendance (299) rebuilt from every member's recorded semi-annual attendances ranked at once,
 * then joined to the registrations: the view ranks each registration's member's attendances on its own, which a
 * refresh of a few keys needs and a rebuild pays for a million times. Over the generated million: 48 s alone on
 * the machine, against 7.4 s for these rows (the same rows: projections.int.test holds a rebuild to the view).
 */
export const REGISTRATION_ATTENDANCE_REBUILT_AT_ONCE: ProjectionDefinition = {
  ...REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS,
  bulkRows: `
    WITH ranked AS (
      SELECT a.member_id, a.held_on, a.status, row_number() OVER (PARTITION BY a.member_id ORDER BY a.held_on DESC, a.meeting_id DESC) AS n
      FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
      WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND m.attendance_recorded_on IS NOT NULL),
    tail AS (
      SELECT member_id, max(held_on) FILTER (WHERE n = 1) AS last_held_on, max(status) FILTER (WHERE n = 1) AS last_status,
             max(held_on) FILTER (WHERE n = 2) AS previous_held_on, max(status) FILTER (WHERE n = 2) AS previous_status
      FROM ranked WHERE n <= 2 GROUP BY member_id)
    SELECT g.id, g.member_id, g.organization_id, g.received_on, g.assigned_on, g.ended_on,
           t.last_held_on, t.last_status, t.previous_held_on, t.previous_status
    FROM residence_registration g LEFT JOIN tail t ON t.member_id = g.member_id`,
};

export const RegistrationAttendanceRebuiltAtOnce1764400000801 = migrationOf('RegistrationAttendanceRebuiltAtOnce1764400000801', {
  up: async (queryRunner) => {
    await queryRunner.query(rebuildFunctionSql(REGISTRATION_ATTENDANCE_REBUILT_AT_ONCE));
  },
  down: async (queryRunner) => {
    await queryRunner.query(rebuildFunctionSql(REGISTRATION_ATTENDANCE_OF_RECORDED_MEETINGS));
  },
});
