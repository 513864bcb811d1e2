import type { MigrationInterface, QueryRunner } from 'typeorm';
import { genericPlanFunctionSql } from '@twoway/persistence';
import { SCOPES_OF_PATHS_QUERY } from './scope.js';

/**
 * resolveScopes's statement (SCOPES_OF_PATHS_QUERY) in a function that keeps
 * its generic plan (genericPlanFunctionSql): every list request resolves a
 * scope, and PostgreSQL, left to choose, planned the prepared statement afresh
 * each time. Listed after every subgraph's own migrations, as
 * IndexSuccessorPaths.
 */
export class ScopesOfPathsGenericPlan1764400001000 implements MigrationInterface {
  name = 'ScopesOfPathsGenericPlan1764400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(genericPlanFunctionSql('scopes_of_paths(paths text[])', 'TABLE (idx bigint, large boolean, ids text[], outside boolean)', SCOPES_OF_PATHS_QUERY));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION scopes_of_paths(text[])`);
  }
}
