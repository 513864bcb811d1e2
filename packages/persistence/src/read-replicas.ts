import type pg from 'pg';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import type { Logger } from '@twoway/platform';

/**
 * Reads from PostgreSQL streaming replicas (TypeORM's `replication`: the
 * primary as `master`, the replicas as `slaves`). Nothing reads a replica
 * unless asked to: the data source is made with `defaultMode: 'master'`, so
 * writes, transactions, migrations, jobs, the outbox and the event receiver
 * all stay on the primary; only `replicaReader` sends reads to the replicas,
 * and a subgraph hands it to read-only requests alone (docs/scaling.md).
 */

/** How long reads leave a replica alone after it could not be reached: they go to another replica, or the primary, meanwhile. */
export const REPLICA_REST_MS = 5_000;

const STARTS_AS_READ = /^\s*(SELECT|WITH)\b/i;
/** Anything a replica refuses (it is read-only) or that must see the primary's latest: writes, row locks, sequences. */
const WRITES_OR_LOCKS = /\b(INSERT|UPDATE|DELETE|MERGE|SHARE|nextval|setval)\b/i;

/**
 * A statement that only reads: a SELECT, or a WITH whose parts only select.
 * Conservative by its words: a read whose text names a write (a literal
 * 'UPDATE', say) counts as a write and goes to the primary, which is never
 * wrong, only less spread.
 */
export function isReadOnlyStatement(sql: string): boolean {
  return STARTS_AS_READ.test(sql) && !WRITES_OR_LOCKS.test(sql);
}

/** The parts of TypeORM's PostgresDriver that replica reads change (typeorm/driver/postgres/PostgresDriver). */
interface ReplicatedPostgresDriver {
  postgres: typeof pg;
  slaves: pg.Pool[];
  options: { extra?: Record<string, unknown>; replication?: { slaves: readonly object[] } };
  createPool(options: ReplicatedPostgresDriver['options'], credentials: object): Promise<pg.Pool>;
  obtainMasterConnection(): Promise<[pg.PoolClient, (error?: Error | boolean) => void]>;
  obtainSlaveConnection(): Promise<[pg.PoolClient, (error?: Error | boolean) => void]>;
}

const driverOf = (dataSource: DataSource) => dataSource.driver as unknown as ReplicatedPostgresDriver;

/** Whether the data source was made with read replicas. */
export function hasReadReplicas(dataSource: DataSource): boolean {
  return (driverOf(dataSource).options.replication?.slaves.length ?? 0) > 0;
}

/**
 * Makes a replica that is down cost its reads nothing but a detour to the
 * primary, at start and later. TypeORM opens each replica's pool with a first
 * connection when the data source is initialized, so one replica down would
 * keep the service from starting; and it picks a replica for each read at
 * random, so a replica down would fail a share of reads. Here a replica's
 * pool connects only when a read asks, and a replica that gives no connection
 * (refused, timed out, starting up, or refusing this service) rests for
 * REPLICA_REST_MS, its reads going to another replica or to the primary: the
 * same answer, never older.
 */
export function tolerateReplicasDown(dataSource: DataSource, logger: Logger): void {
  const driver = driverOf(dataSource);
  const replicas = driver.options.replication?.slaves ?? [];
  if (replicas.length === 0) return;
  const createPool = driver.createPool.bind(driver);
  driver.createPool = async (options, credentials) => {
    if (!replicas.includes(credentials)) return createPool(options, credentials);
    // What TypeORM's pool is given (the `extra` settings: size, timeouts, spans), without its first connection.
    const pool = new driver.postgres.Pool({ connectionString: (credentials as { url: string }).url, ...options.extra });
    pool.on('error', (error) => logger.warn({ err: error }, 'read replica connection lost'));
    return pool;
  };
  const restingUntil = new Map<pg.Pool, number>();
  driver.obtainSlaveConnection = async () => {
    const now = performance.now();
    const awake = driver.slaves.filter((pool) => (restingUntil.get(pool) ?? 0) <= now);
    const pool = awake[Math.floor(Math.random() * awake.length)];
    if (!pool) return driver.obtainMasterConnection();
    try {
      return await connectionFrom(pool);
    } catch (error) {
      // Whatever kept it from answering: down, starting, full, or refusing this service (a wrong URL or password,
      // which the log says every REPLICA_REST_MS until fixed): the primary answers the same, never older.
      restingUntil.set(pool, performance.now() + REPLICA_REST_MS);
      logger.warn({ err: error, restMs: REPLICA_REST_MS }, 'read replica unreachable: its reads go to the primary meanwhile');
      return driver.obtainMasterConnection();
    }
  };
}

function connectionFrom(pool: pg.Pool): Promise<[pg.PoolClient, (error?: Error | boolean) => void]> {
  return new Promise((resolve, reject) => {
    pool.connect((error, client, release) => (error || !client ? reject(error ?? new Error('no connection')) : resolve([client, release])));
  });
}

/**
 * The data source as a read-only request reads it: its SELECTs (raw
 * `query()`, repositories, query builders) go to the replicas, while what
 * writes (the audit of personal-data reads), every transaction and every
 * query runner made without a mode stay on the primary: TypeORM opens those
 * in `master` mode whatever the reader. Without replicas, the data source
 * itself. One object per data source, made once: whatever a subgraph keeps
 * per data source (evaluation's reference data) is read once for it too.
 */
export function replicaReader(dataSource: DataSource): DataSource {
  if (!hasReadReplicas(dataSource)) return dataSource;
  const reader = Object.create(dataSource) as DataSource;
  const readOnReplica = async (sql: string, parameters?: unknown[]) => {
    const runner = reader.createQueryRunner('slave');
    try {
      return (await runner.query(sql, parameters)) as unknown;
    } finally {
      await runner.release();
    }
  };
  Object.defineProperties(reader, {
    // Query builders without a query runner of their own (repositories' finds) ask this for their SELECTs.
    defaultReplicationModeForReads: { value: (): ReplicationMode => 'slave' },
    query: {
      value: (sql: string, parameters?: unknown[], queryRunner?: QueryRunner) =>
        queryRunner || !isReadOnlyStatement(sql) ? dataSource.query(sql, parameters, queryRunner) : readOnReplica(sql, parameters),
    },
  });
  // Its own entity manager, whose repositories and query builders ask the reader rather than the data source.
  Object.defineProperty(reader, 'manager', { value: reader.createEntityManager() });
  return reader;
}
