import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '@twoway/platform';
import { CountingSqlLogger, StatementCounter } from './statement-counter.js';

export interface SubgraphDataSourceOptions {
  /** The subgraph's own database; no subgraph connects to another's. */
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
  poolSize?: number;
}

export interface SubgraphDataSource {
  dataSource: DataSource;
  statements: StatementCounter;
}

/**
 * One TypeORM data source per subgraph. The schema is changed only by the
 * migrations (`synchronize` is off); `migrate` runs them, each in its own
 * transaction.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): SubgraphDataSource {
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logger: new CountingSqlLogger(statements, options.logger),
    maxQueryExecutionTime: 1_000,
    extra: { max: options.poolSize ?? 10, application_name: 'two-way-federation' },
  });
  return { dataSource, statements };
}

/** Runs pending migrations; returns the names of those applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
