import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The paths of the nodes that have a successor, on their own: every request's
 * scope asks which nodes under the principal's node ended with a successor
 * (a district abolished in the 2025 reform), and a province's subtree holds
 * thousands of nodes of which a handful have one. Listed after every
 * subgraph's own migrations (TypeORM runs whatever is pending, in timestamp
 * order).
 */
export class IndexSuccessorPaths1764400000900 implements MigrationInterface {
  name = 'IndexSuccessorPaths1764400000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organization_unit_successor_path_idx ON organization_unit (path text_pattern_ops) INCLUDE (successor_id) WHERE successor_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organization_unit_successor_path_idx`);
  }
}
