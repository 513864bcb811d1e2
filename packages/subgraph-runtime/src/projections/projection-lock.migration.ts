import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROJECTION_LOCK_FUNCTION } from './projection.migration.js';

/**
 * Projections created before `projection_lock` locked inline, and could turn
 * a shared lock into an exclusive one within a transaction (a deadlock between
 * two such transactions). Each registered projection's refresh function is
 * rewritten to call `projection_lock`; in a database whose projections were
 * created with it already, the rewrite changes nothing.
 */
export class ProjectionLockWithoutUpgrade1764400000910 implements MigrationInterface {
  name = 'ProjectionLockWithoutUpgrade1764400000910';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasProjections(queryRunner))) return;
    await queryRunner.query(PROJECTION_LOCK_FUNCTION);
    await queryRunner.query(`
      DO $$
      DECLARE
        p record;
        definition text;
        rewritten text;
      BEGIN
        FOR p IN SELECT name FROM projection LOOP
          definition := pg_get_functiondef(format('%I(uuid[])', p.name || '_refresh')::regprocedure);
          rewritten := regexp_replace(definition, 'IF cardinality\\(keys\\) > 64 THEN.*?END IF;', format('PERFORM projection_lock(%L, keys);', p.name));
          -- A body neither rewritten nor already calling projection_lock is one this migration does not know.
          IF position('projection_lock(' IN rewritten) = 0 THEN
            RAISE EXCEPTION 'The refresh function of projection % has a body this migration does not know', p.name;
          END IF;
          EXECUTE rewritten;
        END LOOP;
      END $$`);
  }

  async down(): Promise<void> {
    // The inline locking it replaced is the one with the deadlock; nothing to go back to.
  }
}

/** Whether the subgraph has projections (the `projection` table createProjection makes). */
export async function hasProjections(queryRunner: QueryRunner): Promise<boolean> {
  const [{ present }] = (await queryRunner.query(`SELECT to_regclass('projection') IS NOT NULL AS present`)) as [{ present: boolean }];
  return present;
}
