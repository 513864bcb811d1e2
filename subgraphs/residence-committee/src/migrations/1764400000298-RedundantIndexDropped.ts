import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `meeting_attendance_member_idx` (member_id, held_on DESC; migration 200) is
 * the leading part of `meeting_attendance_member_kind_idx` (member_id,
 * held_on DESC, status; migration 230): every read it served, the wider one
 * serves in the same order, and each attendance written paid for both (a
 * million members' load built both, 5 s). Found by comparing every index with
 * the others of its table (issue 15).
 */
export class RedundantIndexDropped1764400000298 implements MigrationInterface {
  name = 'RedundantIndexDropped1764400000298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX meeting_attendance_member_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX meeting_attendance_member_idx ON meeting_attendance (member_id, held_on DESC)`);
  }
}
