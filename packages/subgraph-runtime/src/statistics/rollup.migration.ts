import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjection, dropProjection, type ProjectionSource } from '../projections/projection.migration.js';

export interface StatisticsRollupDefinition {
  /**
   * A SELECT of every fact, one row per source record, node and measure:
   *   source_id uuid, node_id uuid, shadow_node_id uuid (or NULL), measure text,
   *   stock boolean, starts_on date, ends_on date (or NULL).
   * A flow fact (stock false) counts in a period when `starts_on` falls in it;
   * a stock fact counts at the period's last day when it has started and not
   * ended by then. A fact with a shadow node is not counted for a key whose
   * nodes include the shadow: the same record already counts there through its
   * other node (a request counts once for a province, through the residence,
   * not again through the workplace cell in the same province).
   */
  facts: string;
  /** The tables whose changes move facts, and which source records (by `source_id`) a changed row affects. */
  sources: ProjectionSource[];
}

/**
 * SQL: the root (province) of the node whose path is `path`, the first id on
 * it (NULL for a NULL path). A facts definition that joins the node's row
 * reads its shadow this way: `root_of(node)` is a function call per row, which
 * a bulk rebuild of a million members' facts pays two million times.
 */
export const rootOfPathSql = (path: string) => `split_part(${path}, '/', 2)::uuid`;

/** The root (province) of a node: the first id on its path. What `root_of(node)` answers, in SQL or PL/pgSQL. */
const ROOT_OF_QUERY = `SELECT ${rootOfPathSql('path')} FROM organization_unit WHERE id = node`;

const FACT_COLUMNS = ['source_id', 'node_id', 'shadow_node_id', 'measure', 'stock', 'starts_on', 'ends_on'];

/**
 * Pre-aggregated figures, kept with the records by the database itself:
 *
 *   source tables --(projection)--> statistics_fact --(statement triggers)--> statistics_rollup
 *
 * `statistics_fact` is a projection (see createProjection) of the subgraph's
 * definition of its figures, per source record; `statistics_rollup` counts the
 * facts per node, measure and month, which is what a dashboard reads. Every
 * period is whole months (see parsePeriod), so counting by month is exact.
 */
export async function createStatisticsRollup(queryRunner: QueryRunner, definition: StatisticsRollupDefinition): Promise<void> {
  await queryRunner.query(`
    CREATE FUNCTION root_of(node uuid) RETURNS uuid LANGUAGE sql STABLE AS $$ ${ROOT_OF_QUERY} $$`);
  await queryRunner.query(`
    CREATE TABLE statistics_fact (
      source_id      uuid NOT NULL,
      node_id        uuid NOT NULL,
      shadow_node_id uuid,
      measure        varchar(32) NOT NULL,
      stock          boolean NOT NULL,
      starts_on      date NOT NULL,
      ends_on        date
    )`);
  await queryRunner.query(`CREATE INDEX statistics_fact_source_idx ON statistics_fact (source_id)`);
  await queryRunner.query(`
    CREATE TABLE statistics_rollup (
      node_id        uuid NOT NULL,
      shadow_node_id uuid,
      measure        varchar(32) NOT NULL,
      stock          boolean NOT NULL,
      starts_month   date NOT NULL,
      ends_month     date,
      n              int NOT NULL,
      CONSTRAINT statistics_rollup_key UNIQUE NULLS NOT DISTINCT (node_id, measure, stock, starts_month, ends_month, shadow_node_id)
    )`);
  for (const [event, table, sign] of [['INSERT', 'NEW', 1], ['DELETE', 'OLD', -1]] as const) {
    await queryRunner.query(rollupTriggerFunctionSql(event, sign));
    await queryRunner.query(`
      CREATE TRIGGER statistics_rollup_on_${event.toLowerCase()} AFTER ${event} ON statistics_fact
      REFERENCING ${table} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_rollup_on_${event.toLowerCase()}()`);
  }
  await queryRunner.query(`
    CREATE FUNCTION statistics_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM statistics_rollup;
      RETURN NULL;
    END $$`);
  await queryRunner.query(`CREATE TRIGGER statistics_rollup_on_truncate AFTER TRUNCATE ON statistics_fact FOR EACH STATEMENT EXECUTE FUNCTION statistics_rollup_on_truncate()`);
  await createProjection(queryRunner, { table: 'statistics_fact', key: 'source_id', columns: FACT_COLUMNS, rows: definition.facts, sources: definition.sources });
}

/** Drops what createStatisticsRollup made, for a migration's down(). */
export async function dropStatisticsRollup(queryRunner: QueryRunner, definition: Pick<StatisticsRollupDefinition, 'sources'>): Promise<void> {
  await dropProjection(queryRunner, { table: 'statistics_fact', sources: definition.sources });
  await queryRunner.query(`DROP TABLE statistics_rollup, statistics_fact`);
  await queryRunner.query(`DROP FUNCTION statistics_rollup_on_insert(), statistics_rollup_on_delete(), statistics_rollup_on_truncate(), root_of(uuid)`);
}

/**
 * `statistics_rollup_start(measure, day)`, the first day of a fact's group in
 * the rollups (ListCountsByDay1764400000950): the day itself for a list's
 * measure, else `month`, the SQL of the month of `day`.
 */
export const rollupStartFunctionSql = (month: string) => `
  CREATE OR REPLACE FUNCTION statistics_rollup_start(measure text, day date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN ${isListMeasure('measure')} THEN day ELSE ${month} END $$`;

/**
 * SQL condition: `measure` is one an oversight list keeps its total by (issue
 * 15), counted by day, not one of the dashboards' figures. Such measures are
 * named `list_…`.
 */
export const isListMeasure = (measure: string) => `${measure} LIKE 'list\\_%'`;

/**
 * Replaces a subgraph's definition of its facts: the projection is made again
 * from the new definition, and the rollups follow by their triggers.
 */
export async function redefineStatisticsFacts(queryRunner: QueryRunner, from: StatisticsRollupDefinition, to: StatisticsRollupDefinition): Promise<void> {
  await dropProjection(queryRunner, { table: 'statistics_fact', sources: from.sources });
  await createProjection(queryRunner, { table: 'statistics_fact', key: 'source_id', columns: FACT_COLUMNS, rows: to.facts, sources: to.sources });
}

/** The advisory lock (a constant key: "213" and "rollup") that the rollups' writers take in turn. */
export const ROLLUP_WRITERS_LOCK = '213, 7655';

/**
 * SELECT of the facts in `facts` (a relation of statistics_fact's columns)
 * grouped per node, shadow, measure and month (the lists' measures by day,
 * with `listsByDay`), counted with `sign`: the columns of statistics_rollup.
 */
export function factGroupsSql(facts: string, sign: 1 | -1, listsByDay: boolean): string {
  const start = (day: string) => (listsByDay ? `statistics_rollup_start(measure, ${day})` : `date_trunc('month', ${day})::date`);
  return `
    SELECT node_id, shadow_node_id, measure, stock, ${start('starts_on')} AS starts_month, ${start('ends_on')} AS ends_month, ${sign} * count(*) AS n
    FROM ${facts} GROUP BY 1, 2, 3, 4, 5, 6`;
}

/**
 * The function behind the rollup's trigger for inserted (sign 1) or deleted
 * (sign -1) facts: the statement's facts grouped per node, measure and month
 * (`groups`), added to statistics_rollup in key order; `then` is a statement
 * that reads `groups` too (the subtree rollup, StatisticsSubtreeRollup1764400000930),
 * run in the same statement. `listsByDay`: the lists' measures are grouped by
 * day, the figures' by month, and counted only in the subtree rollup, which is
 * all their totals read (ListCountsByDay1764400000950): kept per node too, a
 * row per day entered and day left, they doubled evaluation's per-node rollup,
 * which a dashboard of a past year covering an abolished district scans.
 * `inTurn`: the rollups' writers take their turn (RollupWritersInTurn1764400000960).
 */
export function rollupTriggerFunctionSql(event: 'INSERT' | 'DELETE', sign: 1 | -1, then?: string, listsByDay = false, inTurn = false): string {
  const groups = factGroupsSql('changed', sign, listsByDay);
  const perNode = (rows: string) => `
    INSERT INTO statistics_rollup AS r (node_id, shadow_node_id, measure, stock, starts_month, ends_month, n)
    SELECT * FROM ${rows} ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT statistics_rollup_key DO UPDATE SET n = r.n + excluded.n`;
  return `
    CREATE OR REPLACE FUNCTION statistics_rollup_on_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN${inTurn ? `
      PERFORM pg_advisory_xact_lock(${ROLLUP_WRITERS_LOCK});` : ''}
      ${then ? `WITH groups AS MATERIALIZED (${groups}), per_node AS (${perNode(listsByDay ? `(SELECT * FROM groups WHERE NOT ${isListMeasure('measure')}) figures` : 'groups')}) ${then}` : `${perNode(`(${groups}) groups`)};`}
      RETURN NULL;
    END $$`;
}

/**
 * `root_of` in PL/pgSQL. As a SQL function it cannot be inlined (it reads a
 * table), and the facts' definitions call it inside a VALUES list, where a
 * SQL function is set up and planned again for every row: rebuilding the
 * projections of a million members spent most of its minutes there. PL/pgSQL
 * keeps the statement's plan for the session, so a trigger's call and a
 * rebuild's million calls cost one plan. Same answer (null for an unknown node).
 */
export class RootOfPlpgsql1764400000940 implements MigrationInterface {
  name = 'RootOfPlpgsql1764400000940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION root_of(node uuid) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN (${ROOT_OF_QUERY});
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION root_of(node uuid) RETURNS uuid LANGUAGE sql STABLE AS $$ ${ROOT_OF_QUERY} $$`);
  }
}
