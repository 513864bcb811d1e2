import type { EventEmitter } from 'node:events';
import { withStatementSpans, type PoolCounts, type Tracer } from '@twoway/telemetry';
import { DataSource, MigrationExecutor, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '@twoway/platform';
import { CountingSqlLogger, StatementCounter } from './statement-counter.js';
import { classifyDatabaseError } from './database-errors.js';
import { isReadOnlyStatement, replicaReader, tolerateReplicasDown } from './read-replicas.js';
import { PreparingClient } from './prepared-statements.js';

export interface SubgraphDataSourceOptions {
  /** The subgraph's own database; no subgraph connects to another's. */
  url: string;
  /**
   * Streaming replicas of that database (`<SUBGRAPH>_READ_DATABASE_URLS`):
   * `reader` sends its reads there. None: everything reads the primary.
   */
  readUrls?: readonly string[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
  poolSize?: number;
  /**
   * Longest a single statement may run before the server cancels it (57014,
   * answered SERVICE_UNAVAILABLE): a runaway query must not hold a connection
   * and a caller for minutes. Default 15 s, about 75 times the heaviest query
   * of the benchmark (a province's lists, ~0.2 s); 0 turns it off (scripts
   * that load or reshape much data at once). Migrations run without it.
   */
  statementTimeoutMs?: number;
  /**
   * Longest a transaction may sit idle between statements before the server
   * ends its session (a request that hung while holding locks). Default 60 s.
   */
  idleInTransactionTimeoutMs?: number;
  /** Longest the pool waits for a new connection, so a dead server fails fast instead of hanging. Default 5 s. */
  connectionTimeoutMs?: number;
  /** Each statement becomes a span of this tracer (the subgraph's), a child of the request's span. */
  tracer?: Tracer;
}

/** The statement time limit every subgraph has unless told otherwise (DATABASE_STATEMENT_TIMEOUT_MS). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
export const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;

export interface SubgraphDataSource {
  /** The primary: writes, transactions, jobs, the outbox, migrations, and every read not told otherwise. */
  dataSource: DataSource;
  /** What read-only requests read through: the replicas when there are any (replicaReader), else `dataSource` itself. */
  reader: DataSource;
  /** Every statement sent, to the primary or a replica. */
  statements: StatementCounter;
}

/**
 * One TypeORM data source per subgraph. The schema is changed only by the
 * migrations (`synchronize` is off); `migrate` runs them, each in its own
 * transaction. With read replicas, TypeORM's replication with the primary as
 * the default for every read (`defaultMode: 'master'`): only `reader` reads
 * a replica.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): SubgraphDataSource {
  const statements = new StatementCounter();
  const replicas = options.readUrls ?? [];
  const dataSource = new DataSource({
    type: 'postgres',
    ...(replicas.length > 0
      ? { replication: { master: { url: options.url }, slaves: replicas.map((url) => ({ url })), defaultMode: 'master' as const } }
      : { url: options.url }),
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logger: new CountingSqlLogger(statements, options.logger),
    maxQueryExecutionTime: 1_000,
    // The settings of every pool: the primary's and each replica's alike.
    extra: {
      max: options.poolSize ?? 10,
      application_name: 'two-way-federation',
      // Sent by node-postgres as session settings when each connection opens (0: no limit).
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      // No JIT compiling: a service's statements take milliseconds, and compiling one whose estimate crosses
      // jit_above_cost took 30 to 40 ms (a province's scope, estimated over its successors' subtrees). The
      // bulk loads and rebuilds, where JIT could pay, run on sessions of their own (it did not pay there either).
      options: '-c jit=off',
      connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      // The marked statements prepared (prepared-statements.ts); every statement, whoever sends it (TypeORM,
      // a raw pool query), in a span of the request it serves.
      Client: options.tracer ? withStatementSpans(PreparingClient, options.tracer) : PreparingClient,
      // pg-pool listens for a connection's errors only while it sits idle, and TypeORM only while a query
      // runner holds it: a server that ends sessions (a restart, pg_terminate_backend) in between would
      // raise an 'error' nobody listens to, and that ends the process. The connection is unusable after it
      // either way; its next user is told (a transient error, see classifyDatabaseError).
      onConnect: (client: EventEmitter) => {
        client.on('error', (error: Error) => options.logger.warn({ err: error }, 'database connection lost'));
      },
    },
  });
  tolerateReplicasDown(dataSource, options.logger);
  retryReadsOnLostConnection(dataSource);
  return { dataSource, reader: replicaReader(dataSource), statements };
}

/**
 * The data source's connection pools, as its gauges read them (in use, idle,
 * waiting): the primary's, and the replicas' added to it when there are any;
 * none before it is initialized.
 */
export function poolOf(dataSource: DataSource): PoolCounts | undefined {
  const { master, slaves = [] } = dataSource.driver as unknown as { master?: PoolCounts; slaves?: PoolCounts[] };
  if (!master || slaves.length === 0) return master;
  const pools = [master, ...slaves];
  const sum = (count: (pool: PoolCounts) => number) => pools.reduce((total, pool) => total + count(pool), 0);
  return { totalCount: sum((pool) => pool.totalCount), idleCount: sum((pool) => pool.idleCount), waitingCount: sum((pool) => pool.waitingCount) };
}

/**
 * Runs a read once more, on a fresh connection, when the connection it was
 * sent on turns out to be gone (the server restarted or ended the session
 * while it sat in the pool: the pool learns so only when the server's notice
 * arrives, which may be after it handed the connection out). Only a read
 * (isReadOnlyStatement) outside a transaction is repeated: a write may have
 * been applied before the answer was lost, and a transaction is repeated
 * whole by its owner (runMutation). A read a replica failed (its connection
 * lost, or cancelled for a conflict with the replay of the primary's changes,
 * 40001) is repeated on the primary. What fails again is answered
 * SERVICE_UNAVAILABLE.
 */
function retryReadsOnLostConnection(dataSource: DataSource): void {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner);
    const onReplica = mode === 'slave';
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      try {
        return await query(sql, parameters, structured as never);
      } catch (error) {
        const { kind } = classifyDatabaseError(error);
        const worthAnotherTry = kind === 'connection' || (onReplica && kind === 'serialization');
        if (runner.isTransactionActive || !isReadOnlyStatement(sql) || !worthAnotherTry) throw error;
        // The broken connection went back to the pool with its error (and out of it); this runner is spent.
        const fresh = createQueryRunner(onReplica ? 'master' : mode);
        try {
          return await fresh.query(sql, parameters, structured as never);
        } finally {
          await fresh.release();
        }
      }
    }) as typeof runner.query;
    return runner;
  };
}

/**
 * Runs pending migrations; returns the names of those applied. They run on a
 * connection of their own without the statement time limit: building an
 * index on a large table may rightly take longer than any request may.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    await queryRunner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, queryRunner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    // The connection goes back to the pool: with the limit every other connection has.
    await queryRunner.query('RESET statement_timeout').catch(() => undefined);
    await queryRunner.release();
  }
}
