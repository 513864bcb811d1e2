import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nodes by the successor they name: a scope that covers a successor's
 * subtree (an abolished district, its old wards' new wards) leaves out the
 * nodes in it that took over from a node elsewhere (coveredOutsideSql), one
 * lookup per node instead of a pass over every ended node. Listed after every
 * subgraph's own migrations, as IndexSuccessorPaths.
 */
export class IndexSuccessors1764400000990 implements MigrationInterface {
  name = 'IndexSuccessors1764400000990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organization_unit_successor_idx ON organization_unit (successor_id) WHERE successor_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organization_unit_successor_idx`);
  }
}
