import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SCOPES_OF_PATHS_QUERY } from './scope.js';

/**
 * resolveScopes's statement (SCOPES_OF_PATHS_QUERY) in a PL/pgSQL function
 * that keeps its generic plan for the session (plan_cache_mode set on the
 * function alone): every list request resolves a scope, and PostgreSQL, left
 * to choose, planned the prepared statement afresh each time. Listed after
 * every subgraph's own migrations, as IndexSuccessorPaths.
 */
export class ScopesOfPathsGenericPlan1764400001000 implements MigrationInterface {
  name = 'ScopesOfPathsGenericPlan1764400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(scopesOfPathsFunction(SCOPES_OF_PATHS_QUERY));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION scopes_of_paths(text[])`);
  }
}

/** The DDL of scopes_of_paths over `query` (a statement over the parameter `paths`). */
export function scopesOfPathsFunction(query: string): string {
  return `CREATE OR REPLACE FUNCTION scopes_of_paths(paths text[])
      RETURNS TABLE (idx bigint, large boolean, ids text[], outside boolean)
      LANGUAGE plpgsql STABLE
      SET plan_cache_mode = force_generic_plan
      AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY ${query};
      END $$`;
}
