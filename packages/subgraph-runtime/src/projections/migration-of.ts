import type { MigrationInterface, QueryRunner } from 'typeorm';

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
