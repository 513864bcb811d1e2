import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrate } from '@twoway/persistence';
import { createLogger } from '@twoway/platform';
import { subgraphEntities, subgraphMigrations, type BaseSubgraphContext, type SubgraphModule } from '@twoway/subgraph-runtime';
import { SUBGRAPH_MODULES, createTestDatabase, dropTestDatabase, type SubgraphKey } from '../support/databases.js';

const tables = async (query: (sql: string) => Promise<{ table_name: string }[]>) =>
  (await query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1")).map((r) => r.table_name);

/**
 * B-tree indexes that another index of their table serves as well: the same leading key columns (operator
 * classes and collations alike) in the same order or all reversed (a B-tree reads backwards as cheaply), and
 * the same predicate. Each costs every write and every load its upkeep for nothing. A unique index is never
 * one of them (it enforces a rule), nor one with columns of its own to cover (INCLUDE).
 */
const INDEXES_SERVED_BY_OTHERS = `
  SELECT a.indexrelid::regclass::text AS index, b.indexrelid::regclass::text AS served_by
  FROM pg_index a
  JOIN pg_index b ON b.indrelid = a.indrelid AND b.indexrelid <> a.indexrelid
  JOIN pg_class ai ON ai.oid = a.indexrelid
  JOIN pg_class bi ON bi.oid = b.indexrelid
  JOIN pg_class t ON t.oid = a.indrelid
  WHERE t.relnamespace = current_schema()::regnamespace
    AND ai.relam = (SELECT oid FROM pg_am WHERE amname = 'btree') AND bi.relam = ai.relam
    AND NOT a.indisunique AND a.indnatts = a.indnkeyatts
    AND a.indexprs IS NULL AND b.indexprs IS NULL
    AND a.indnkeyatts <= b.indnkeyatts
    AND pg_get_expr(a.indpred, a.indrelid) IS NOT DISTINCT FROM pg_get_expr(b.indpred, b.indrelid)
    AND (SELECT bool_and(a.indkey[i] = b.indkey[i] AND a.indclass[i] = b.indclass[i] AND a.indcollation[i] = b.indcollation[i])
                AND (bool_and(a.indoption[i] = b.indoption[i]) OR bool_and(a.indoption[i] = (b.indoption[i] # 3)))
         FROM generate_series(0, a.indnkeyatts - 1) i)
  ORDER BY 1`;

/** Runs `work` with a data source (its migrations not yet applied) on a new empty database for `key`, then drops the database. */
async function withEmptyDatabase(key: SubgraphKey, work: (dataSource: DataSource, module: SubgraphModule<BaseSubgraphContext>) => Promise<void>): Promise<void> {
  const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
  const url = await createTestDatabase(key, { empty: true });
  const { dataSource } = createSubgraphDataSource({ url, entities: subgraphEntities(module), migrations: subgraphMigrations(module), logger: createLogger('test', 'silent'), poolSize: 2 });
  await dataSource.initialize();
  try {
    await work(dataSource, module);
  } finally {
    await dataSource.destroy();
    await dropTestDatabase(url);
  }
}

describe.each(Object.keys(SUBGRAPH_MODULES) as SubgraphKey[])('%s migrations', (key) => {
  it('apply on an empty database, revert to nothing, and apply again', () => withEmptyDatabase(key, async (dataSource, module) => {
    const query = (sql: string) => dataSource.query(sql) as Promise<{ table_name: string }[]>;
    const applied = await migrate(dataSource);
    expect(applied).toHaveLength(subgraphMigrations(module).length);
    const created = await tables(query);
    expect(created).toContain('organization_unit');
    expect(await migrate(dataSource)).toEqual([]);

    for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(query)).toEqual([]);

    await migrate(dataSource);
    expect(await tables(query)).toEqual(created);
  }));

  it('record every projection source with the columns its projection reads, also in a database migrated before they were', () => withEmptyDatabase(key, async (dataSource, module) => {
    await migrate(dataSource);
    const sources = () => dataSource.query(`SELECT projection, source, affected, read_columns FROM projection_source ORDER BY 1, 2`) as Promise<{ projection: string; source: string; read_columns: string[] | null }[]>;
    const bodies = () => dataSource.query(`SELECT f.proname AS name, f.prosrc AS body FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
      WHERE t.tgname LIKE '%\\_from\\_%\\_update' AND f.proname IN (SELECT name || '_from_' || c.relname FROM projection, pg_class c WHERE c.oid = t.tgrelid) ORDER BY 1`) as Promise<{ name: string; body: string }[]>;
    const recorded = await sources();
    const written = await bodies();
    expect(recorded.length).toBeGreaterThan(1);
    expect(written.map((b) => b.name)).toEqual(recorded.map((r) => `${r.projection}_from_${r.source}`));
    expect(recorded.every((r) => r.read_columns !== null && r.read_columns.length > 0)).toBe(true);
    expect(written.every((b) => b.body.includes('EXCEPT ALL'))).toBe(true);
    // As they are now: recorded again from the views, nothing differs.
    const again = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT projection_source_trigger(projection, source, affected) FROM projection_source`);
      return manager.query(`SELECT projection, source, affected, read_columns FROM projection_source ORDER BY 1, 2`) as Promise<unknown[]>;
    });
    expect(again).toEqual(recorded);

    // Migrated before: every update refreshed every key it touched, and nothing was recorded.
    const names = subgraphMigrations(module).map((migration) => migration.name);
    const since = names.length - names.indexOf('ProjectionRefreshOnReadColumns1764400000980');
    expect(since).toBeLessThanOrEqual(names.length);
    for (let undone = 0; undone < since; undone += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await sources()).toEqual([]);
    expect((await bodies()).every((b) => b.body.includes('SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows') && !b.body.includes('EXCEPT ALL'))).toBe(true);
    await migrate(dataSource);
    expect(await sources()).toEqual(recorded);
    expect(await bodies()).toEqual(written);
  }));

  it('leave no index that another index of its table already serves', () => withEmptyDatabase(key, async (dataSource) => {
    await migrate(dataSource);
    expect(await dataSource.query(INDEXES_SERVED_BY_OTHERS)).toEqual([]);
  }));
});
