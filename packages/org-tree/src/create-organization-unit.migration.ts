import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation tree table, identical in every subgraph's database.
 * `text_pattern_ops` lets `path LIKE 'prefix%'` use the index whatever the
 * database's collation, so a subtree filter is one indexed condition.
 */
export class CreateOrganizationUnit1764400000000 implements MigrationInterface {
  name = 'CreateOrganizationUnit1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization_unit (
        id           uuid PRIMARY KEY,
        parent_id    uuid REFERENCES organization_unit (id),
        kind         varchar(32) NOT NULL CHECK (kind IN ('PROVINCE','DISTRICT','WARD','RESIDENTIAL_CELL','BLOC','AGENCY','WORKPLACE_CELL')),
        name         varchar(255) NOT NULL,
        path         text NOT NULL UNIQUE,
        depth        int NOT NULL CHECK (depth >= 0),
        valid_from   date NOT NULL,
        valid_to     date,
        successor_id uuid REFERENCES organization_unit (id) DEFERRABLE INITIALLY DEFERRED,
        owner        varchar(32) NOT NULL CHECK (owner IN ('residence-committee','workplace-committee')),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX organization_unit_path_idx ON organization_unit (path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX organization_unit_parent_idx ON organization_unit (parent_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organization_unit`);
  }
}
