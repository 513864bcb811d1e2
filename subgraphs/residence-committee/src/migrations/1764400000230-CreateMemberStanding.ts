import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The projection of the workplace's member standing, and indexes for the oversight lists. */
export class CreateMemberStanding1764400000230 implements MigrationInterface {
  name = 'CreateMemberStanding1764400000230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member_standing (
        member_id                 uuid PRIMARY KEY,
        status                    varchar(16) NOT NULL,
        workplace_organization_id uuid NOT NULL,
        changed_on                date NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX meeting_attendance_member_kind_idx ON meeting_attendance (member_id, held_on DESC, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX meeting_attendance_member_kind_idx`);
    await queryRunner.query(`DROP TABLE member_standing`);
  }
}
