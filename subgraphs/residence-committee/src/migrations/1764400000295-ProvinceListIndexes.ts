import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The absence list of a province (issue 15) reads only the registrations
 * absent at both of their last two meetings (an index covering the columns the
 * list reads: an index-only scan) and those with meetings after the day asked
 * (the second index); the members never expected at meetings are a small
 * partial index of member_standing, hashed for the anti-join.
 */
export class ProvinceListIndexes1764400000295 implements MigrationInterface {
  name = 'ProvinceListIndexes1764400000295';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX registration_attendance_absent_twice_idx ON registration_attendance (last_held_on) INCLUDE (registration_id, organization_id, member_id, assigned_on, ended_on, received_on) WHERE last_status IN ('ABSENT', 'EXCUSED') AND previous_status IN ('ABSENT', 'EXCUSED')`);
    await queryRunner.query(`CREATE INDEX registration_attendance_last_held_idx ON registration_attendance (last_held_on)`);
    await queryRunner.query(`CREATE INDEX member_standing_not_expected_idx ON member_standing (member_id) WHERE residence_duty IN ('EXEMPT', 'NOT_INTRODUCED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX member_standing_not_expected_idx`);
    await queryRunner.query(`DROP INDEX registration_attendance_last_held_idx`);
    await queryRunner.query(`DROP INDEX registration_attendance_absent_twice_idx`);
  }
}
