import type { QueryRunner } from 'typeorm';

/** A table whose changes move figures: which sources (by id) a changed row affects. */
export interface StatisticsSourceTable {
  table: string;
  /**
   * A SELECT of the affected source ids from `changed` (the rows as they were
   * or became), e.g. `SELECT member_id FROM changed`.
   */
  affected: string;
}

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
  sources: StatisticsSourceTable[];
}

/**
 * Pre-aggregated figures, kept with the records by the database itself:
 *
 *   source tables --(statement triggers)--> statistics_fact --(statement triggers)--> statistics_rollup
 *
 * `statistics_fact_source` (a view, the subgraph's definition of its figures)
 * says what the facts are; `statistics_fact` holds them per source record and
 * is recomputed for the records a statement touched, in that statement's
 * transaction; `statistics_rollup` counts them per node, measure and month,
 * which is what a dashboard reads. Every period is whole months (see
 * parsePeriod), so counting by month is exact. Whatever writes the records (a
 * workflow, an event handler, the demo seed, the generator's COPY) keeps the
 * figures, and a rolled-back transaction rolls them back too.
 *
 * Concurrent writers serialise per source record (a transaction advisory lock
 * on its id, taken before the facts are recomputed, so the recomputation reads
 * what the other writer committed). A statement touching many sources (a bulk
 * load) takes one exclusive lock instead. A bulk load may instead run with
 * triggers off (session_replication_role = replica) and then call
 * `statistics_rebuild()`, which recomputes everything in one statement.
 */
export async function createStatisticsRollup(queryRunner: QueryRunner, definition: StatisticsRollupDefinition): Promise<void> {
  await queryRunner.query(`
    CREATE FUNCTION root_of(node uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
      SELECT split_part(path, '/', 2)::uuid FROM organization_unit WHERE id = node
    $$`);
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
    await queryRunner.query(`
      CREATE FUNCTION statistics_rollup_on_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statistics_rollup AS r (node_id, shadow_node_id, measure, stock, starts_month, ends_month, n)
        SELECT node_id, shadow_node_id, measure, stock, date_trunc('month', starts_on)::date, date_trunc('month', ends_on)::date, ${sign} * count(*)
        FROM changed GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT ON CONSTRAINT statistics_rollup_key DO UPDATE SET n = r.n + excluded.n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER statistics_rollup_on_${event.toLowerCase()} AFTER ${event} ON statistics_fact
      REFERENCING ${table} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statistics_rollup_on_${event.toLowerCase()}()`);
  }
  await queryRunner.query(`CREATE VIEW statistics_fact_source AS ${definition.facts}`);
  await queryRunner.query(`
    CREATE FUNCTION statistics_refresh(sources uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF sources IS NULL OR cardinality(sources) = 0 THEN RETURN; END IF;
      IF cardinality(sources) > 64 THEN
        PERFORM pg_advisory_xact_lock(hashtext('statistics_refresh'));
      ELSE
        PERFORM pg_advisory_xact_lock_shared(hashtext('statistics_refresh'));
        PERFORM pg_advisory_xact_lock(hashtextextended(s::text, 213)) FROM (SELECT DISTINCT unnest(sources) AS s ORDER BY 1) ordered;
      END IF;
      DELETE FROM statistics_fact WHERE source_id = ANY(sources);
      INSERT INTO statistics_fact (source_id, node_id, shadow_node_id, measure, stock, starts_on, ends_on)
      SELECT source_id, node_id, shadow_node_id, measure, stock, starts_on, ends_on FROM statistics_fact_source WHERE source_id = ANY(sources);
    END $$`);
  for (const source of definition.sources) {
    const name = `statistics_refresh_${source.table}`;
    await queryRunner.query(`
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          PERFORM statistics_refresh(ARRAY(SELECT id FROM (WITH changed AS (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) ${source.affected}) a(id) WHERE id IS NOT NULL));
        ELSIF TG_OP = 'INSERT' THEN
          PERFORM statistics_refresh(ARRAY(SELECT id FROM (WITH changed AS (SELECT * FROM new_rows) ${source.affected}) a(id) WHERE id IS NOT NULL));
        ELSE
          PERFORM statistics_refresh(ARRAY(SELECT id FROM (WITH changed AS (SELECT * FROM old_rows) ${source.affected}) a(id) WHERE id IS NOT NULL));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    await queryRunner.query(`CREATE TRIGGER ${name}_update AFTER UPDATE ON ${source.table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    await queryRunner.query(`CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
  }
  await queryRunner.query(`
    CREATE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('statistics_refresh'));
      TRUNCATE statistics_fact, statistics_rollup;
      INSERT INTO statistics_fact (source_id, node_id, shadow_node_id, measure, stock, starts_on, ends_on)
      SELECT source_id, node_id, shadow_node_id, measure, stock, starts_on, ends_on FROM statistics_fact_source;
    END $$`);
  // The records already there.
  await queryRunner.query(`SELECT statistics_rebuild()`);
}

/** Drops what createStatisticsRollup made, for a migration's down(). */
export async function dropStatisticsRollup(queryRunner: QueryRunner, definition: Pick<StatisticsRollupDefinition, 'sources'>): Promise<void> {
  for (const source of definition.sources) {
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER statistics_refresh_${source.table}_${op} ON ${source.table}`);
    await queryRunner.query(`DROP FUNCTION statistics_refresh_${source.table}()`);
  }
  await queryRunner.query(`DROP FUNCTION statistics_refresh(uuid[]), statistics_rebuild()`);
  await queryRunner.query(`DROP VIEW statistics_fact_source`);
  await queryRunner.query(`DROP TABLE statistics_rollup, statistics_fact`);
  await queryRunner.query(`DROP FUNCTION statistics_rollup_on_insert(), statistics_rollup_on_delete(), root_of(uuid)`);
}
