import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A version on each node, so copies apply the owner's changes once and in order. */
export class AddOrganizationUnitVersion1764400000070 implements MigrationInterface {
  name = 'AddOrganizationUnitVersion1764400000070';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization_unit ADD COLUMN version int NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization_unit DROP COLUMN version`);
  }
}
