import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the oversight lists and figures scan by. */
export class OversightIndexes1764400000150 implements MigrationInterface {
  name = 'OversightIndexes1764400000150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX introduction_letter_cell_idx ON introduction_letter (to_cell_id)`);
    await queryRunner.query(`CREATE INDEX introduction_letter_assigned_idx ON introduction_letter (member_id) WHERE status = 'ASSIGNED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX introduction_letter_assigned_idx`);
    await queryRunner.query(`DROP INDEX introduction_letter_cell_idx`);
  }
}
