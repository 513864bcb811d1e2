import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ward's acknowledgements of change notices, and its leaving-residence notices. */
export class CreateChangeNoticeAcknowledgements1764400000220 implements MigrationInterface {
  name = 'CreateChangeNoticeAcknowledgements1764400000220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE change_notice_acknowledgement (
        change_notice_id       uuid PRIMARY KEY,
        ward_id                uuid NOT NULL REFERENCES organization_unit (id),
        acknowledged_on        date NOT NULL,
        ended_registration_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE change_notice_acknowledgement`);
  }
}
