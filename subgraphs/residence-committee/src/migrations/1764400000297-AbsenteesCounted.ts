import { migrationOf, redefineStatisticsFacts, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { RESIDENCE_STATISTICS_WITH_DUTY } from './1764400000290-AttendanceExpectedOfDutyBound.js';

/** The projection's row (columns prefixed by `prefix`: `r.` or none) records the member absent (or excused) at both of the last two semi-annual meetings. */
export const ABSENT_AT_LAST_TWO = (prefix: string) => `${prefix}last_status IN ('ABSENT', 'EXCUSED') AND ${prefix}previous_status IN ('ABSENT', 'EXCUSED')`;

/**
 * The residence's figures of 290, and the absentees list's counts (issue 15:
 * see list-counts.ts in @twoway/subgraph-runtime): a registration whose member
 * was absent or excused at both of the last two semi-annual meetings and is
 * expected at them (not EXEMPT or NOT_INTRODUCED, as the workplace last
 * reported) is listed from the later of its assignment and that second
 * meeting, until it ends. Kept from registration_attendance (the last two
 * meetings) and member_standing (the duty), besides the sources of 290.
 */
export const ABSENTEES_FACTS = `
    SELECT r.registration_id, r.organization_id, NULL, 'list_absent_twice', true, greatest(r.assigned_on, r.last_held_on), r.ended_on
    FROM registration_attendance r
    WHERE ${ABSENT_AT_LAST_TWO('r.')} AND r.assigned_on IS NOT NULL AND (r.ended_on IS NULL OR r.ended_on > greatest(r.assigned_on, r.last_held_on))
      AND NOT EXISTS (SELECT 1 FROM member_standing s WHERE s.member_id = r.member_id AND s.residence_duty IN ('EXEMPT', 'NOT_INTRODUCED'))`;

/** The sources of 290 and those of the absentees' facts (ABSENTEES_FACTS). */
export const RESIDENCE_STATISTICS_WITH_ABSENTEES: StatisticsRollupDefinition = {
  facts: `${RESIDENCE_STATISTICS_WITH_DUTY.facts}
    UNION ALL${ABSENTEES_FACTS}`,
  sources: [
    ...RESIDENCE_STATISTICS_WITH_DUTY.sources.filter((source) => source.table !== 'member_standing'),
    {
      table: 'member_standing',
      affected: `SELECT a.meeting_id FROM meeting_attendance a WHERE a.member_id IN (SELECT member_id FROM changed)
                 UNION ALL SELECT g.id FROM residence_registration g WHERE g.member_id IN (SELECT member_id FROM changed)`,
    },
    { table: 'registration_attendance', affected: 'SELECT registration_id FROM changed' },
  ],
};

/**
 * The absentees' counts, and the index a province's page of absentees is read
 * from in the order of the day received (the list's order), each entry
 * carrying what the list tests: a page of 50 reads about the first hundred
 * entries of a province holding half the country's absentees.
 */
export const AbsenteesCounted1764400000297 = migrationOf('AbsenteesCounted1764400000297', {
  up: async (queryRunner) => {
    await redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS_WITH_DUTY, RESIDENCE_STATISTICS_WITH_ABSENTEES);
    await queryRunner.query(`CREATE INDEX registration_attendance_absent_twice_received_idx ON registration_attendance (received_on, registration_id)
      INCLUDE (organization_id, member_id, assigned_on, ended_on, last_held_on) WHERE ${ABSENT_AT_LAST_TWO('')}`);
  },
  down: async (queryRunner) => {
    await queryRunner.query(`DROP INDEX registration_attendance_absent_twice_received_idx`);
    await redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS_WITH_ABSENTEES, RESIDENCE_STATISTICS_WITH_DUTY);
  },
});
