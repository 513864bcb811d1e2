import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ward's return stubs: one per introduction letter it received or returned. */
export class CreateLetterReceipts1764400000210 implements MigrationInterface {
  name = 'CreateLetterReceipts1764400000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE letter_receipt (
        introduction_letter_id uuid PRIMARY KEY,
        member_id              uuid NOT NULL,
        ward_id                uuid NOT NULL REFERENCES organization_unit (id),
        status                 varchar(16) NOT NULL CHECK (status IN ('RECEIVED','RETURNED')),
        received_on            date,
        returned_on            date,
        return_reason          text,
        version                int NOT NULL DEFAULT 1,
        CHECK ((status = 'RECEIVED') = (received_on IS NOT NULL)),
        CHECK ((status = 'RETURNED') = (returned_on IS NOT NULL AND return_reason IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX letter_receipt_ward_idx ON letter_receipt (ward_id, status)`);
    await queryRunner.query(`CREATE INDEX residence_registration_letter_idx ON residence_registration (introduction_letter_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX residence_registration_letter_idx`);
    await queryRunner.query(`DROP TABLE letter_receipt`);
  }
}
