import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjection, dropProjection, type ProjectionDefinition } from './projection.migration.js';

/**
 * A migration class from its name (which carries its timestamp, as TypeORM
 * reads it) and its two steps: for the migrations that only apply a shared
 * definition (a projection, the figures, the reach) to one subgraph.
 */
export function migrationOf(name: string, steps: { up(queryRunner: QueryRunner): Promise<void>; down(queryRunner: QueryRunner): Promise<void> }): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;
    up(queryRunner: QueryRunner): Promise<void> {
      return steps.up(queryRunner);
    }
    down(queryRunner: QueryRunner): Promise<void> {
      return steps.down(queryRunner);
    }
  };
}

/**
 * A migration that adds a projection: `statements` create its table and
 * indexes (the table named as the projection, its key a uuid column it
 * indexes), then createProjection keeps it and fills it; down() undoes both.
 */
export function projectionMigrationOf(name: string, projection: ProjectionDefinition, statements: string[]): new () => MigrationInterface {
  return migrationOf(name, {
    up: async (queryRunner) => {
      for (const statement of statements) await queryRunner.query(statement);
      await createProjection(queryRunner, projection);
    },
    down: async (queryRunner) => {
      await dropProjection(queryRunner, projection);
      await queryRunner.query(`DROP TABLE ${projection.table}`);
    },
  });
}
