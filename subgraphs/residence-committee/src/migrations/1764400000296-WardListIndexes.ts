import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The absence list read by organisation (issue 15): the index of migration
 * 295 is led by the last meeting's day, so a ward read every absentee of the
 * country to keep its own few hundred (22 ms at a million members). This one
 * is led by the organisation and covers the same columns: a ward reads its
 * own entries (3 ms), a province its cells' (the planner probes it once per
 * node of the scope). At a million members, where Hà Nội holds half the
 * country, the province's statement takes 1.5 times as long as the scan of
 * the country's absentees did (210 against 140 ms, the same at ten at a
 * time); at the national size, where it holds a tenth, the scan would read
 * ten times its own entries.
 */
export class WardListIndexes1764400000296 implements MigrationInterface {
  name = 'WardListIndexes1764400000296';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX registration_attendance_absent_twice_organization_idx ON registration_attendance (organization_id, last_held_on) INCLUDE (registration_id, member_id, assigned_on, ended_on, received_on) WHERE last_status IN ('ABSENT', 'EXCUSED') AND previous_status IN ('ABSENT', 'EXCUSED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registration_attendance_absent_twice_organization_idx`);
  }
}
