import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { largeScenario, organizationUnitRows, type LargeScenario, type TableRows } from '@twoway/demo-data';
import { copyFeed, copyRows, type CopyFeed } from '@twoway/dev-database';
import { createLogger } from '@twoway/platform';
import { openSubgraphDatabase } from '@twoway/subgraph-runtime';
import { WORKPLACE_AFTER_LOAD, WORKPLACE_DATA_TABLES, workplaceCommittee } from '@twoway/workplace-committee';
import { RESIDENCE_DATA_TABLES, residenceCommittee } from '@twoway/residence-committee';
import { EVALUATION_DATA_TABLES, evaluation, evaluationGenerationPolicy, type EvaluationGenerationPolicy } from '@twoway/evaluation';
import { TREE_KEEPERS } from '../../topology.js';
import type { DatabaseUrls } from './databases.js';
import type { Share, StoryThreadData, WardOrder, WardRows } from './generate-thread.js';

/** What one subgraph loads: its database and the data tables it empties first (its rows come from generate-thread.ts). */
interface GeneratedShare {
  share: Share;
  module: Parameters<typeof openSubgraphDatabase>[0];
  url: string;
  dataTables: readonly string[];
  /** Statements the subgraph asks to run once its rows are in, before COMMIT (its sequences past the loaded numbers). */
  afterLoad?: readonly string[];
}

/** The statistics' rollups: counted afresh by rebuild_projections() (statistics_rollup_rebuild), their indexes built after. */
const ROLLUP_TABLES = ['statistics_rollup', 'statistics_subtree_rollup'];
/** Tables every subgraph has (the runtime's and the tree's), emptied before loading like its own data tables. */
const SHARED_TABLES = ['statistics_fact', ...ROLLUP_TABLES, 'audit_log', 'idempotency_record', 'outbox_message', 'processed_event', 'job_run', 'organization_unit'];
const TREE_COLUMNS = ['id', 'parent_id', 'kind', 'name', 'path', 'depth', 'valid_from', 'valid_to', 'successor_id', 'owner', 'version'];

/**
 * For the load's transaction: memory to build each index in one sort and to run the projections'
 * joins, sorts and aggregates in memory (the defaults, 64 MB and 4 MB, spill a million members to
 * disk: the statistics' spread to the ancestors sorts about 6 million rows, the reach's DISTINCT
 * hashes 4 million). One session per database, for the length of one load. No parallel workers
 * unless there are more cores than databases: the three loads side by side keep three cores busy,
 * and on two, workers only added their hand-over (a million members loaded in 240 s without them,
 * 248 with).
 */
const LOAD_SETTINGS = [
  `SET LOCAL maintenance_work_mem = '512MB'`,
  `SET LOCAL work_mem = '1GB'`,
  ...(availableParallelism() > 3 ? [] : [`SET LOCAL max_parallel_workers_per_gather = 0`, `SET LOCAL max_parallel_maintenance_workers = 0`]),
];
/** Bytes of COPY text a database may have waiting before the threads get more wards to tell (memory stays bounded). */
const MAX_WAITING = 64 << 20;
/** The threads' young generation: most of what a ward's story allocates dies young; a larger one collects it less often (a few per cent of CPU). */
const THREAD_YOUNG_GENERATION_MB = 128;

/** An index taken off a table for the load, and how to put it back: its constraint's definition, or its own. */
interface SetAsideIndex {
  table: string;
  name: string;
  constraint: string | null;
  definition: string;
}

/**
 * The indexes of `tables` that no foreign key relies on. A unique one may be the arbiter of an ON
 * CONFLICT in a trigger, but the load's statements run none: COPY with triggers off, then
 * rebuild_projections() with the projections' triggers off.
 */
const INDEXES_TO_SET_ASIDE = `
  SELECT t.relname AS table, x.relname AS name, c.conname AS constraint,
         CASE WHEN c.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(c.oid) END AS definition
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_class x ON x.oid = i.indexrelid
  LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
  WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1::text[])
    AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
  ORDER BY 1, 2`;

const DEFINITION_OF_INDEX = `
  SELECT CASE WHEN c.oid IS NULL THEN pg_get_indexdef(x.oid) ELSE pg_get_constraintdef(c.oid) END AS definition
  FROM pg_class x LEFT JOIN pg_constraint c ON c.conindid = x.oid AND c.contype IN ('p', 'u', 'x')
  WHERE x.relname = $1 AND x.relnamespace = current_schema()::regnamespace`;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One database's load, in one transaction: emptied, its data tables' indexes set aside while COPY
 * fills them (building an index once from sorted rows is much cheaper than a million random inserts
 * into it), triggers off; then the indexes built again, the tables analysed, every projection
 * rebuilt from its definition (`rebuild_projections()`, so they are what the triggers would have
 * made), and everything analysed before COMMIT.
 */
class DatabaseLoad {
  readonly feed: CopyFeed;
  private readonly started = Date.now();
  private setAside: SetAsideIndex[] = [];
  private setAsideOfProjections: SetAsideIndex[] = [];
  private projections: string[] = [];
  /** The tables the load filled by statements, not by COPY FREEZE: vacuumed after COMMIT. */
  private derived: string[] = [];
  private readonly timings: string[] = [];
  private closed = false;

  private constructor(private readonly client: pg.Client, readonly name: string, private readonly tables: readonly string[], private readonly afterLoad: readonly string[]) {
    this.feed = copyFeed(client, { freeze: true });
  }

  /** Begins the transaction, empties the tables, sets their indexes aside and copies the tree. */
  static async begin(url: string, dataTables: readonly string[], tree: TableRows, afterLoad: readonly string[] = []): Promise<DatabaseLoad> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const load = new DatabaseLoad(client, new URL(url).pathname.slice(1), [...dataTables, 'organization_unit'], afterLoad);
      await client.query('BEGIN');
      for (const setting of LOAD_SETTINGS) await client.query(setting);
      load.projections = (await client.query<{ name: string }>('SELECT name FROM projection ORDER BY name')).rows.map((p) => p.name);
      await client.query(`TRUNCATE ${[...dataTables, ...SHARED_TABLES, ...load.projections].join(', ')} RESTART IDENTITY CASCADE`);
      // Triggers off for the load (the projections are rebuilt in one statement each after it, not once per COPY).
      await client.query('SET LOCAL session_replication_role = replica');
      load.setAside = await load.setIndexesAside(dataTables);
      load.setAsideOfProjections = await load.setIndexesAside([...load.projections, ...ROLLUP_TABLES]);
      await copyRows(client, tree.table, tree.columns, tree.rows, { freeze: true });
      return load;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Drops the indexes of (empty) `tables` that INDEXES_TO_SET_ASIDE lists and that come back the same
   * from their definition: one whose definition PostgreSQL would print differently once rebuilt from
   * it (an `IN (...)` list in a partial index's predicate) stays, so the schema stays as migrated.
   */
  private async setIndexesAside(tables: readonly string[]): Promise<SetAsideIndex[]> {
    const setAside: SetAsideIndex[] = [];
    for (const index of (await this.client.query<SetAsideIndex>(INDEXES_TO_SET_ASIDE, [tables])).rows) {
      await this.client.query('SAVEPOINT set_aside');
      await this.drop(index);
      await this.restore([index]);
      const [again] = (await this.client.query<{ definition: string }>(DEFINITION_OF_INDEX, [index.name])).rows;
      // Released, not left open: COPY FREEZE needs the transaction that emptied the table, not a subtransaction.
      await this.client.query('ROLLBACK TO SAVEPOINT set_aside');
      await this.client.query('RELEASE SAVEPOINT set_aside');
      if (again?.definition !== index.definition) continue;
      await this.drop(index);
      setAside.push(index);
    }
    return setAside;
  }

  private async drop(index: SetAsideIndex): Promise<void> {
    await this.client.query(index.constraint ? `ALTER TABLE ${ident(index.table)} DROP CONSTRAINT ${ident(index.constraint)}` : `DROP INDEX ${ident(index.name)}`);
  }

  private async restore(indexes: readonly SetAsideIndex[]): Promise<void> {
    for (const index of indexes) {
      await this.client.query(index.constraint ? `ALTER TABLE ${ident(index.table)} ADD CONSTRAINT ${ident(index.constraint)} ${index.definition}` : index.definition);
    }
  }

  private async step(what: string, work: () => Promise<unknown>): Promise<void> {
    const started = Date.now();
    await work();
    this.timings.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** Waits for the last COPY, rebuilds indexes and projections and analyses: all but COMMIT; the rows copied per table. */
  async complete(): Promise<Record<string, number>> {
    let counts: Record<string, number> = {};
    await this.step('copy (last part)', async () => (counts = await this.feed.finish()));
    await this.step('indexes', () => this.restore(this.setAside));
    for (const statement of this.afterLoad) await this.client.query(statement);
    await this.client.query('SET LOCAL session_replication_role = origin');
    // The projections' plans need the loaded tables' statistics. Only this database's own tables:
    // a bare ANALYZE also takes the catalogs shared by every database and holds them to COMMIT,
    // so loads into other databases of the server would wait for this one.
    await this.step('analyse', () => this.client.query(`ANALYZE ${this.tables.join(', ')}`));
    await this.step('projections', async () => {
      await this.client.query('SELECT rebuild_projections()');
      await this.restore(this.setAsideOfProjections);
      const tables = (await this.client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> ALL($1::text[]) ORDER BY 1`, [this.tables])).rows;
      this.derived = tables.map((t) => ident(t.name));
    });
    return counts;
  }

  /**
   * Commits, then vacuums and analyses what the load derived (projections, rollups, the bookkeeping tables):
   * COPY FREEZE left the copied tables all-visible, but rows a statement inserted are not until a VACUUM
   * marks their pages, and until then an index-only scan of a projection reads the heap for every row
   * (a province's absentees: 210,000 heap fetches for 150,000 index entries, without it).
   */
  async commit(): Promise<void> {
    await this.step('commit', () => this.client.query('COMMIT'));
    await this.step('vacuum', () => this.client.query(`VACUUM (ANALYZE) ${this.derived.join(', ')}`));
    await this.close();
  }

  /** Ends the connection: before COMMIT, that rolls the transaction back. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.end().catch(() => undefined);
  }

  /** Where the time of this database's load went, for the log. */
  summary(): string {
    return `${this.name} in ${((Date.now() - this.started) / 1000).toFixed(1)} s (${this.timings.join(', ')})`;
  }

}

/**
 * Migrates the three databases and replaces their data with a generated data
 * set of `members` members for `day`, each database in one transaction, by COPY.
 * The story is shared (packages/demo-data); each subgraph writes its own rows
 * of it (its `src/demo/generated-rows.ts`), the evaluation subgraph with the
 * criteria and rating scales of its freshly migrated database. Threads tell
 * the story a ward at a time (generate-thread.ts) while the rows they made go
 * to the three databases at once, so memory stays bounded whatever the size.
 */
export async function generateData(urls: DatabaseUrls, members: number, day: string, seed = 213, log: (message: string, extra?: unknown) => void = console.log): Promise<Record<string, number>> {
  const started = Date.now();
  const logger = createLogger('generate', 'warn');
  const scenario = largeScenario({ members, today: day, seed });
  const tree: TableRows = {
    table: 'organization_unit',
    columns: TREE_COLUMNS,
    rows: organizationUnitRows(scenario.organizations, TREE_KEEPERS).map((o) => [o.id, o.parentId, o.kind, o.name, o.path, o.depth, o.validFrom, o.validTo, o.successorId, o.owner, o.version]),
  };
  const shares: GeneratedShare[] = [
    { share: 'workplace', module: workplaceCommittee, url: urls.WORKPLACE_DATABASE_URL, dataTables: WORKPLACE_DATA_TABLES, afterLoad: WORKPLACE_AFTER_LOAD },
    { share: 'residence', module: residenceCommittee, url: urls.RESIDENCE_DATABASE_URL, dataTables: RESIDENCE_DATA_TABLES },
    { share: 'evaluation', module: evaluation, url: urls.EVALUATION_DATABASE_URL, dataTables: EVALUATION_DATA_TABLES },
  ];
  let policy: EvaluationGenerationPolicy | undefined;
  for (const { share, module, url } of shares) {
    const { dataSource } = await openSubgraphDatabase(module, { url, logger, poolSize: 1 });
    try {
      if (share === 'evaluation') policy = await evaluationGenerationPolicy(dataSource.manager, scenario.reviewDays);
    } finally {
      await dataSource.destroy();
    }
  }
  const loads = new Map<Share, DatabaseLoad>();
  try {
    for (const { share, url, dataTables, afterLoad } of shares) loads.set(share, await DatabaseLoad.begin(url, dataTables, tree, afterLoad));
    await tellStory(scenario, { provinces: scenario.tree.provinces, today: day, seed, policy: policy! }, loads);
    log(`Generated ${members} members for ${day} in ${((Date.now() - started) / 1000).toFixed(1)} s; building indexes and projections...`);
    // Every database ready before any commits: a failure in one leaves all three as they were.
    const counts = Object.assign({ organization_unit: tree.rows.length }, ...(await Promise.all([...loads.values()].map((load) => load.complete()))));
    await Promise.all([...loads.values()].map((load) => load.commit()));
    log(`Loaded into the three databases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[...loads.values()].map((load) => load.summary()).join('; ')}.`, counts);
    return counts;
  } finally {
    await Promise.all([...loads.values()].map((load) => load.close()));
  }
}

/**
 * Tells the story on as many threads as there are cores, a ward at a time, two in hand per thread,
 * and feeds the rows each ward gives into its database's COPY; a thread gets its next ward once no
 * database has more than MAX_WAITING bytes waiting.
 */
async function tellStory(scenario: LargeScenario, data: StoryThreadData, loads: ReadonlyMap<Share, DatabaseLoad>): Promise<void> {
  const orders: WardOrder[] = scenario.tree.provinces.flatMap((province, p) => province.wards.map((_, w) => ({ province: p, ward: w })));
  const threads = Array.from({ length: Math.max(1, Math.min(availableParallelism(), orders.length)) }, () => startStoryThread(data));
  let next = 0;
  try {
    await Promise.all(threads.map((thread) => new Promise<void>((resolve, reject) => {
      let inHand = 0;
      const give = async () => {
        await Promise.all([...loads.values()].map((load) => load.feed.below(MAX_WAITING)));
        if (next < orders.length) {
          inHand += 1;
          thread.postMessage(orders[next++]);
        } else if (inHand === 0) {
          resolve();
        }
      };
      thread.on('message', ({ tables }: WardRows) => {
        inHand -= 1;
        try {
          for (const t of tables) loads.get(t.share)!.feed.addText(t.table, t.columns, t.data, t.rows);
        } catch (error) {
          reject(error);
          return;
        }
        give().catch(reject);
      });
      thread.on('error', reject);
      thread.on('exit', (code) => reject(new Error(`A story thread stopped (exit code ${code}).`)));
      give().then(give).catch(reject);
    })));
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** A thread running generate-thread.ts under tsx (as this script runs): tsx's loader is registered in the thread first. */
function startStoryThread(data: StoryThreadData): Worker {
  const load = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./generate-thread.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true, workerData: data, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
}
