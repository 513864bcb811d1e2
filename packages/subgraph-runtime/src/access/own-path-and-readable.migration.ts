import type { MigrationInterface, QueryRunner } from 'typeorm';
import { genericPlanFunctionSql } from '@twoway/persistence';
import { OWN_PATH_AND_READABLE_QUERY } from './access.js';

/**
 * The first check of every request (OWN_PATH_AND_READABLE_QUERY) in a
 * function that keeps its generic plan (genericPlanFunctionSql). Listed after
 * every subgraph's own migrations, which create member_reach.
 */
export class OwnPathAndReadableGenericPlan1764400001010 implements MigrationInterface {
  name = 'OwnPathAndReadableGenericPlan1764400001010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(genericPlanFunctionSql('own_path_and_readable(node uuid, members uuid[])', 'TABLE (path text, readable text[])', OWN_PATH_AND_READABLE_QUERY));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION own_path_and_readable(uuid, uuid[])`);
  }
}
