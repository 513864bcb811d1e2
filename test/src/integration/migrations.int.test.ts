import { describe, expect, it } from '@jest/globals';
import { createSubgraphDataSource, migrate } from '@twoway/persistence';
import { createLogger } from '@twoway/platform';
import { subgraphEntities, subgraphMigrations, type BaseSubgraphContext, type SubgraphModule } from '@twoway/subgraph-runtime';
import { SUBGRAPH_MODULES, createTestDatabase, dropTestDatabase, type SubgraphKey } from '../support/databases.js';

const tables = async (query: (sql: string) => Promise<{ table_name: string }[]>) =>
  (await query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1")).map((r) => r.table_name);

describe.each(Object.keys(SUBGRAPH_MODULES) as SubgraphKey[])('%s migrations', (key) => {
  it('apply on an empty database, revert to nothing, and apply again', async () => {
    const module = SUBGRAPH_MODULES[key] as unknown as SubgraphModule<BaseSubgraphContext>;
    const url = await createTestDatabase(key, { empty: true });
    const { dataSource } = createSubgraphDataSource({ url, entities: subgraphEntities(module), migrations: subgraphMigrations(module), logger: createLogger('test', 'silent'), poolSize: 2 });
    await dataSource.initialize();
    try {
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
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(url);
    }
  });
});
