import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_PROJECTIONS_FUNCTION, REBUILD_PROJECTIONS_FUNCTION_BEFORE } from '../projections/projection.migration.js';
import { hasProjections } from '../projections/projection-lock.migration.js';
import { factGroupsSql, isListMeasure, ROLLUP_WRITERS_LOCK, rollupStartFunctionSql, rollupTriggerFunctionSql } from './rollup.migration.js';

/**
 * The figures counted at every ancestor: `statistics_subtree_rollup` holds, for
 * each node, the facts of its whole subtree per measure and month, so a
 * province's dashboard reads one node's rows instead of adding up the rows of
 * its thousands of cells (issue 15: a province of 500,000 members has about
 * 126 wards and 5,000 cells).
 *
 * A fact at node N with shadow S counts at every ancestor A of N (N itself
 * included) that is not also an ancestor of S: a key covering both counts the
 * record once, through its other node (the rule of STATISTICS_FIGURES_SQL for
 * the per-node rollup). The ancestors are read from N's materialised path:
 * every record names its nodes by a foreign key to the tree, so the node is
 * in the copy before any fact at it, and paths never change (the tree's
 * workflow creates and ends nodes, it never moves one), so what was counted
 * stays right.
 *
 * Both rollups are kept by the same statement triggers on statistics_fact,
 * which compute the per-node groups once and spread them to the ancestors:
 * the subtree rollup is built from a statement's per-node groups, never from
 * its facts one by one, so a bulk rebuild expands thousands of groups, not
 * millions of facts. Rows are inserted in key order, so two transactions
 * adding to the same province's rows take their row locks in the same order.
 *
 * A key whose subtree holds a node that ended with a successor outside it (a
 * district abolished in 2025, as of a day before) also covers that successor:
 * such keys are still answered from the per-node rollup (STATISTICS_FIGURES_SQL).
 */
export class StatisticsSubtreeRollup1764400000930 implements MigrationInterface {
  name = 'StatisticsSubtreeRollup1764400000930';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE statistics_subtree_rollup (
        node_id      uuid NOT NULL,
        measure      varchar(32) NOT NULL,
        stock        boolean NOT NULL,
        starts_month date NOT NULL,
        ends_month   date,
        n            int NOT NULL,
        CONSTRAINT statistics_subtree_rollup_key UNIQUE NULLS NOT DISTINCT (node_id, measure, stock, starts_month, ends_month)
      )`);
    for (const [event, sign] of [['INSERT', 1], ['DELETE', -1]] as const) {
      await queryRunner.query(rollupTriggerFunctionSql(event, sign, SPREAD_TO_ANCESTORS));
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION statistics_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM statistics_rollup;
        DELETE FROM statistics_subtree_rollup;
        RETURN NULL;
      END $$`);
    // What the per-node rollup holds now, spread to the ancestors once.
    await queryRunner.query(`
      INSERT INTO statistics_subtree_rollup (node_id, measure, stock, starts_month, ends_month, n)
      ${ancestorsOf('statistics_rollup')}`);
    await queryRunner.query(`ANALYZE statistics_subtree_rollup`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [event, sign] of [['INSERT', 1], ['DELETE', -1]] as const) await queryRunner.query(rollupTriggerFunctionSql(event, sign));
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION statistics_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM statistics_rollup;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TABLE statistics_subtree_rollup`);
  }
}

/** The ids on a path column, root first (`/a/b/c/` → {a,b,c}). */
const PATH_IDS = (path: string) => `string_to_array(btrim(${path}, '/'), '/')::uuid[]`;

/**
 * SELECT of subtree-rollup rows from per-node groups in `groups` (columns of
 * statistics_rollup): each group at every ancestor of its node that is not an
 * ancestor of its shadow, summed; in key order unless `ordered` is false.
 */
function ancestorsOf(groups: string, ordered = true): string {
  return `
    SELECT a.id, g.measure, g.stock, g.starts_month, g.ends_month, sum(g.n)::int
    FROM ${groups} g
    JOIN organization_unit o ON o.id = g.node_id
    CROSS JOIN LATERAL unnest(${PATH_IDS('o.path')}) AS a(id)
    LEFT JOIN organization_unit s ON s.id = g.shadow_node_id
    WHERE s.path IS NULL OR strpos(s.path, '/' || a.id::text || '/') = 0
    GROUP BY 1, 2, 3, 4, 5${ordered ? `
    ORDER BY 1, 2, 3, 4, 5` : ''}`;
}

/** What the rollup triggers add after the per-node rollup: the same groups (`groups`), at the ancestors. */
export const SPREAD_TO_ANCESTORS = `
  INSERT INTO statistics_subtree_rollup AS r (node_id, measure, stock, starts_month, ends_month, n)
  ${ancestorsOf('groups')}
  ON CONFLICT ON CONSTRAINT statistics_subtree_rollup_key DO UPDATE SET n = r.n + excluded.n;`;

/**
 * The rollups' writers take their turn: each trigger statement first takes one
 * transaction-scoped advisory lock (ROLLUP_WRITERS_LOCK), held to commit. Every
 * write adds to its node's ancestors' rows, so any two writes in one province
 * touch the same rows of statistics_subtree_rollup (the province's, the day's
 * list counts): each already waited for the other's commit there, and two
 * transactions that reached those rows in different orders, over several
 * statements (a meeting's facts, then its attendance's, then the absentees'),
 * deadlocked. At ten writers (the benchmark's mutation mix on the million) a
 * third of the writes waited a deadlock's second and more, past the gateway's
 * deadline. In turn, they wait once, for the writer ahead; the lock is taken
 * before any row of the rollups, so the rollups cannot close a cycle. The cost
 * is the same serialisation the shared rows imposed, from a transaction's first
 * rollup write to its commit (docs/scaling.md says what would lift it).
 */
export class RollupWritersInTurn1764400000960 implements MigrationInterface {
  name = 'RollupWritersInTurn1764400000960';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [event, sign] of [['INSERT', 1], ['DELETE', -1]] as const) {
      await queryRunner.query(rollupTriggerFunctionSql(event, sign, SPREAD_TO_ANCESTORS, true, true));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [event, sign] of [['INSERT', 1], ['DELETE', -1]] as const) {
      await queryRunner.query(rollupTriggerFunctionSql(event, sign, SPREAD_TO_ANCESTORS, true, false));
    }
  }
}

/**
 * The load's rebuild in one pass (issue 15: a million members loaded in three
 * minutes):
 * - `statistics_rollup_start` truncates a timestamp, not a timestamptz: the
 *   same month, but `date_trunc` of a timestamptz depends on the time zone
 *   setting, so it is only stable, and PostgreSQL does not inline an immutable
 *   SQL function over a stable expression. It was called as a function twice
 *   per fact: grouping evaluation's eleven million facts took 30 s, inlined 6 s.
 * - `statistics_rollup_rebuild()` counts both rollups afresh from the facts
 *   in one statement, as the triggers would have (the same groups, the same
 *   spread to the ancestors), into emptied tables: no transition table, no
 *   merge. Grouped by hash, then written in node order: a node's rows on a few
 *   pages, as the triggers' key order left them (a province's dashboard reads
 *   its 141 children's rows by index; scattered, they cost 14,600 pages and
 *   tripled its time). Sorted by the node alone, a uuid: the whole key's sort
 *   compares the measure's text under the database's collation, and sorting
 *   the six million rows before grouping them took 11 s of workplace's 25.
 * - `rebuild_projections()` rebuilds each projection once, upstream first, its
 *   own triggers off, then the rollups (REBUILD_PROJECTIONS_FUNCTION).
 */
export class StatisticsRebuiltInOnePass1764400000970 implements MigrationInterface {
  name = 'StatisticsRebuiltInOnePass1764400000970';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rollupStartFunctionSql(`date_trunc('month', day::timestamp)::date`));
    await queryRunner.query(`
      CREATE FUNCTION statistics_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(${ROLLUP_WRITERS_LOCK});
        TRUNCATE statistics_rollup, statistics_subtree_rollup;
        WITH groups AS MATERIALIZED (${factGroupsSql('statistics_fact', 1, true)}),
        per_node AS (
          INSERT INTO statistics_rollup (node_id, shadow_node_id, measure, stock, starts_month, ends_month, n)
          SELECT * FROM groups WHERE NOT ${isListMeasure('measure')} ORDER BY node_id),
        spread AS MATERIALIZED (${ancestorsOf('groups', false)})
        INSERT INTO statistics_subtree_rollup (node_id, measure, stock, starts_month, ends_month, n)
        SELECT * FROM spread ORDER BY 1;
        ANALYZE statistics_rollup, statistics_subtree_rollup;
      END $$`);
    if (await hasProjections(queryRunner)) await queryRunner.query(REBUILD_PROJECTIONS_FUNCTION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await hasProjections(queryRunner)) await queryRunner.query(REBUILD_PROJECTIONS_FUNCTION_BEFORE);
    await queryRunner.query(`DROP FUNCTION statistics_rollup_rebuild()`);
    // As ListCountsByDay1764400000950 made it: `date_trunc` of a date, which PostgreSQL reads as a timestamptz.
    await queryRunner.query(rollupStartFunctionSql(`date_trunc('month', day)::date`));
  }
}
