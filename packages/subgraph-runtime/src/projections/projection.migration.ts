import type { QueryRunner } from 'typeorm';

/** A table whose changes move a projection: which keys a changed row affects. */
export interface ProjectionSource {
  table: string;
  /**
   * A SELECT of the affected keys from `changed` (the rows as they were or
   * became), e.g. `SELECT member_id FROM changed`.
   */
  affected: string;
}

export interface ProjectionDefinition {
  /** The table that holds the projection; created by the caller, with `key` a uuid column it indexes. */
  table: string;
  key: string;
  /** A SELECT of every row of the projection, by the table's columns (made a view named `<table>_source`). */
  rows: string;
  /**
   * The same rows as `rows`, written to be computed for every key at once, for a rebuild (a bulk load): where
   * the view, made to be asked for a few keys, would do its work once per key. The projections' test holds a
   * rebuild to the view.
   */
  bulkRows?: string;
  /** The table's columns, in the order `rows` answers them. */
  columns: string[];
  sources: ProjectionSource[];
}

/**
 * How a transaction locks what it recomputes in a projection: the keys, each
 * under a transaction advisory lock, in order, and a shared lock on the whole
 * projection; or, for a statement touching more than 64 keys first (a bulk
 * statement), the whole projection exclusively, once.
 *
 * What the transaction already holds is remembered for it (a transaction-local
 * setting): a transaction that took the shared lock and then touches many
 * keys locks them one by one, and never asks to turn its shared lock into the
 * exclusive one. Two transactions doing that at once (attendance recorded in
 * two cells: a few members, then every registration the meeting touches)
 * would each wait for the other's shared lock: a deadlock the benchmark's
 * replayed writes ran into.
 */
export const PROJECTION_LOCK_FUNCTION = `
  CREATE OR REPLACE FUNCTION projection_lock(projection text, keys uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    held text := current_setting('projection_lock.' || projection, true);
  BEGIN
    IF held = 'exclusive' THEN RETURN; END IF;
    IF held IS DISTINCT FROM 'shared' THEN
      IF cardinality(keys) > 64 THEN
        PERFORM pg_advisory_xact_lock(hashtext(projection));
        PERFORM set_config('projection_lock.' || projection, 'exclusive', true);
        RETURN;
      END IF;
      PERFORM pg_advisory_xact_lock_shared(hashtext(projection));
      PERFORM set_config('projection_lock.' || projection, 'shared', true);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(k::text, hashtext(projection))) FROM (SELECT DISTINCT unnest(keys) AS k ORDER BY 1) ordered;
  END $$`;

/**
 * `rebuild_projections()`, what a bulk load calls once its records are in:
 * every projection rebuilt from its definition once, upstream first (a
 * projection that is a source of another, by its `<projection>_from_<source>`
 * triggers, before that other), each with the triggers on its own table off,
 * then the statistics' rollups counted afresh from their facts
 * (`statistics_rollup_rebuild()`, where the subgraph has them).
 *
 * With its triggers on, a projection's rebuild passed every row downstream as
 * a change: the residence's registration_attendance recomputed all of its
 * statistics facts by trigger, which statistics_fact's own rebuild then
 * recomputed again, and the rollups' triggers grouped eleven million facts
 * from a transition table and merged them row by row (ON CONFLICT) into
 * rollups that its TRUNCATE had just emptied. Everything downstream is rebuilt
 * after it anyway, so nothing passed on would be kept. The triggers are turned
 * off inside the transaction (ALTER TABLE takes the table from other writers
 * until commit, as the rebuild's TRUNCATE does) and on again before it ends.
 */
export const REBUILD_PROJECTIONS_FUNCTION = `
  CREATE OR REPLACE FUNCTION rebuild_projections() RETURNS void LANGUAGE plpgsql AS $$
  DECLARE p record;
  BEGIN
    FOR p IN
      WITH RECURSIVE feeds AS (
        SELECT downstream.name AS downstream, upstream.name AS upstream
        FROM projection downstream JOIN projection upstream ON EXISTS (
          SELECT 1 FROM pg_trigger t
          WHERE t.tgrelid = to_regclass(quote_ident(upstream.name)) AND t.tgname = downstream.name || '_from_' || upstream.name || '_insert')),
      depth AS (
        SELECT name, 0 AS depth FROM projection
        UNION ALL
        SELECT f.downstream, d.depth + 1 FROM feeds f JOIN depth d ON d.name = f.upstream WHERE d.depth < 16)
      SELECT name FROM depth GROUP BY name ORDER BY max(depth), name
    LOOP
      EXECUTE format('ALTER TABLE %I DISABLE TRIGGER USER', p.name);
      EXECUTE format('SELECT %I()', p.name || '_rebuild');
      EXECUTE format('ALTER TABLE %I ENABLE TRIGGER USER', p.name);
    END LOOP;
    IF to_regprocedure('statistics_rollup_rebuild()') IS NOT NULL THEN PERFORM statistics_rollup_rebuild(); END IF;
  END $$`;

/** What `rebuild_projections()` was before REBUILD_PROJECTIONS_FUNCTION, for a migration's down(). */
export const REBUILD_PROJECTIONS_FUNCTION_BEFORE = `
  CREATE OR REPLACE FUNCTION rebuild_projections() RETURNS void LANGUAGE plpgsql AS $$
  DECLARE p record;
  BEGIN
    FOR p IN SELECT name FROM projection ORDER BY name LOOP EXECUTE format('SELECT %I()', p.name || '_rebuild'); END LOOP;
  END $$`;

/**
 * Where a projection's sources are recorded, one row per (projection, source
 * table): the SELECT of the keys a changed row affects, and the columns of the
 * source that the projection reads (its view's, through the views that view
 * reads, and the SELECT's), or NULL for all of them.
 */
const PROJECTION_SOURCE_TABLES = `
  CREATE TABLE IF NOT EXISTS projection (name varchar(63) PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS projection_source (
    projection varchar(63) NOT NULL REFERENCES projection (name) ON DELETE CASCADE,
    source varchar(63) NOT NULL,
    affected text NOT NULL,
    read_columns text[],
    PRIMARY KEY (projection, source))`;

/**
 * `projection_read_columns(readers, source)`: the columns of the table
 * `source` that the views `readers` read, directly or through the views they
 * read, as PostgreSQL records them (a view depends on each column it names).
 * NULL, meaning every column, where that record does not tell: a view reading
 * the whole row or a system column, or calling a function of ours that is not
 * immutable (such a function may read the table, and PostgreSQL does not
 * record what a function's body reads).
 */
const PROJECTION_READ_COLUMNS_FUNCTION = `
  CREATE OR REPLACE FUNCTION projection_read_columns(readers regclass[], source regclass) RETURNS text[] LANGUAGE sql STABLE AS $$
    WITH RECURSIVE closure(view) AS (
      SELECT unnest(readers)::oid
      UNION
      SELECT d.refobjid FROM closure c
      JOIN pg_rewrite r ON r.ev_class = c.view
      JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
      JOIN pg_class v ON v.oid = d.refobjid AND v.relkind IN ('v', 'm') AND v.oid <> c.view),
    reads AS (
      SELECT d.refclassid, d.refobjid, d.refobjsubid FROM closure c
      JOIN pg_rewrite r ON r.ev_class = c.view
      JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid)
    SELECT CASE
      WHEN EXISTS (SELECT 1 FROM reads JOIN pg_proc f ON f.oid = reads.refobjid
                   WHERE reads.refclassid = 'pg_proc'::regclass AND f.provolatile <> 'i' AND f.pronamespace <> 'pg_catalog'::regnamespace) THEN NULL
      WHEN EXISTS (SELECT 1 FROM reads WHERE refclassid = 'pg_class'::regclass AND refobjid = source AND refobjsubid <= 0) THEN NULL
      ELSE ARRAY(SELECT a.attname::text FROM pg_attribute a
                 WHERE a.attrelid = source AND a.attnum IN (SELECT refobjsubid FROM reads WHERE refclassid = 'pg_class'::regclass AND refobjid = source)
                 ORDER BY a.attnum)
    END
  $$`;

/**
 * `projection_source_trigger(projection, source, affected)`: records the
 * source and (re)writes the function its triggers run, `<projection>_from_<source>()`.
 * An INSERT or DELETE refreshes the keys of the rows it wrote; an UPDATE only
 * those of rows whose columns the projection reads changed: the read columns
 * of the rows before, less those after, and the other way round (as multisets,
 * so rows that only traded values cancel out, as they leave the projection
 * as it was). An UPDATE of no read column (a reminder's date, a version)
 * refreshes nothing: at a million members that was 2.2 s for a thousand
 * requests' reminders, all spent recomputing figures that could not move.
 * Where the columns cannot be told, or cannot be compared (a json column has
 * no equality), every updated row counts as changed, as before.
 */
const PROJECTION_SOURCE_TRIGGER_FUNCTION = `
  CREATE OR REPLACE FUNCTION projection_source_trigger(projection text, source text, affected text) RETURNS void LANGUAGE plpgsql AS $$
  #variable_conflict use_variable
  DECLARE
    read text[];
    listed text;
    updated text := 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows';
  BEGIN
    -- The affected keys' SELECT as a view over the table itself, for what it reads of it.
    EXECUTE format('CREATE TEMP VIEW projection_affected_probe AS %s', regexp_replace(affected, '\\mchanged\\M', quote_ident(source), 'g'));
    read := projection_read_columns(ARRAY[to_regclass(quote_ident(projection || '_source')), 'pg_temp.projection_affected_probe'::regclass], to_regclass(quote_ident(source)));
    DROP VIEW pg_temp.projection_affected_probe;
    IF read IS NOT NULL THEN
      listed := array_to_string(ARRAY(SELECT quote_ident(c) FROM unnest(read) c), ', ');
      BEGIN
        EXECUTE format('SELECT %1$s FROM %2$I EXCEPT ALL SELECT %1$s FROM %2$I LIMIT 0', listed, source);
        updated := format('(SELECT %1$s FROM old_rows EXCEPT ALL SELECT %1$s FROM new_rows) UNION ALL (SELECT %1$s FROM new_rows EXCEPT ALL SELECT %1$s FROM old_rows)', listed);
      EXCEPTION WHEN undefined_function THEN
        read := NULL;
      END;
    END IF;
    INSERT INTO projection_source (projection, source, affected, read_columns) VALUES (projection, source, affected, read)
    ON CONFLICT ON CONSTRAINT projection_source_pkey DO UPDATE SET affected = EXCLUDED.affected, read_columns = EXCLUDED.read_columns;
    EXECUTE format($function$
      CREATE OR REPLACE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        IF TG_OP = 'UPDATE' THEN PERFORM %2$I(ARRAY(SELECT k FROM (WITH changed AS (%3$s) %4$s) a(k) WHERE k IS NOT NULL));
        ELSIF TG_OP = 'INSERT' THEN PERFORM %2$I(ARRAY(SELECT k FROM (WITH changed AS (SELECT * FROM new_rows) %4$s) a(k) WHERE k IS NOT NULL));
        ELSE PERFORM %2$I(ARRAY(SELECT k FROM (WITH changed AS (SELECT * FROM old_rows) %4$s) a(k) WHERE k IS NOT NULL));
        END IF;
        RETURN NULL;
      END $body$ $function$, projection || '_from_' || source, projection || '_refresh', updated, affected);
  END $$`;

/** The tables and functions that keep projections' sources (createProjection's, and ProjectionRefreshOnReadColumns'). */
export async function installProjectionSources(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(PROJECTION_SOURCE_TABLES);
  await queryRunner.query(PROJECTION_READ_COLUMNS_FUNCTION);
  await queryRunner.query(PROJECTION_SOURCE_TRIGGER_FUNCTION);
}

/**
 * A projection kept with the records by the database itself: the rows of a
 * view, stored in a table and recomputed, per key, for the keys a statement
 * touched, in that statement's transaction (statement triggers with
 * transition tables on every source table; an UPDATE only for the rows whose
 * read columns it changed, see PROJECTION_SOURCE_TRIGGER_FUNCTION). Whatever
 * writes the records (a workflow, an event handler, the demo seed) keeps it,
 * and a rolled-back transaction rolls it back too.
 *
 * Concurrent writers serialise per key (a transaction advisory lock on it,
 * taken before the rows are recomputed, so the recomputation reads what the
 * other writer committed; see PROJECTION_LOCK_FUNCTION). A bulk load may also
 * run with triggers off (session_replication_role = replica) and then call
 * `rebuild_projections()`.
 */
export async function createProjection(queryRunner: QueryRunner, projection: ProjectionDefinition): Promise<void> {
  const { table, key, columns } = projection;
  const list = columns.join(', ');
  await queryRunner.query(PROJECTION_LOCK_FUNCTION);
  await installProjectionSources(queryRunner);
  await queryRunner.query(`CREATE VIEW ${table}_source AS ${projection.rows}`);
  await queryRunner.query(`
    CREATE FUNCTION ${table}_refresh(keys uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF keys IS NULL OR cardinality(keys) = 0 THEN RETURN; END IF;
      PERFORM projection_lock('${table}', keys);
      DELETE FROM ${table} WHERE ${key} = ANY(keys);
      INSERT INTO ${table} (${list}) SELECT ${list} FROM ${table}_source WHERE ${key} = ANY(keys);
    END $$`);
  await queryRunner.query(rebuildFunctionSql(projection));
  await queryRunner.query(`INSERT INTO projection (name) VALUES ($1)`, [table]);
  for (const source of projection.sources) {
    const name = `${table}_from_${source.table}`;
    await queryRunner.query(`SELECT projection_source_trigger($1, $2, $3)`, [table, source.table, source.affected]);
    await queryRunner.query(`CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    await queryRunner.query(`CREATE TRIGGER ${name}_update AFTER UPDATE ON ${source.table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    await queryRunner.query(`CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
  }
  await queryRunner.query(REBUILD_PROJECTIONS_FUNCTION);
  await queryRunner.query(`SELECT ${table}_rebuild()`);
}

/** `<table>_rebuild()`: the projection emptied and counted afresh, from its bulk rows when it has them, else from its view. */
export function rebuildFunctionSql(projection: ProjectionDefinition): string {
  const { table, columns } = projection;
  const list = columns.join(', ');
  return `
    CREATE OR REPLACE FUNCTION ${table}_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('${table}'));
      TRUNCATE ${table};
      INSERT INTO ${table} (${list}) ${projection.bulkRows ?? `SELECT ${list} FROM ${table}_source`};
      -- The planner needs the new rows' statistics at once (a projection is read by index, per key).
      ANALYZE ${table};
    END $$`;
}

/** Drops what createProjection made (not the table), for a migration's down(). */
export async function dropProjection(queryRunner: QueryRunner, projection: Pick<ProjectionDefinition, 'table' | 'sources'>): Promise<void> {
  const { table } = projection;
  for (const source of projection.sources) {
    const name = `${table}_from_${source.table}`;
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${name}_${op} ON ${source.table}`);
    await queryRunner.query(`DROP FUNCTION ${name}()`);
  }
  await queryRunner.query(`DELETE FROM projection WHERE name = $1`, [table]);
  const [{ left }] = (await queryRunner.query(`SELECT count(*)::int AS left FROM projection`)) as [{ left: number }];
  if (left === 0) {
    await queryRunner.query(`DROP TABLE IF EXISTS projection_source; DROP TABLE projection; DROP FUNCTION rebuild_projections()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS projection_source_trigger(text, text, text); DROP FUNCTION IF EXISTS projection_read_columns(regclass[], regclass)`);
  }
  await queryRunner.query(`DROP FUNCTION ${table}_refresh(uuid[]), ${table}_rebuild()`);
  await queryRunner.query(`DROP VIEW ${table}_source`);
}
