import { buildLargeScenario, organizationUnitRows, type TableRows } from '@twoway/demo-data';
import { copyRows } from '@twoway/dev-database';
import { withClient } from '@twoway/persistence';
import { createLogger } from '@twoway/platform';
import { openSubgraphDatabase } from '@twoway/subgraph-runtime';
import { WORKPLACE_DATA_TABLES, workplaceCommittee, workplaceGeneratedRows } from '@twoway/workplace-committee';
import { RESIDENCE_DATA_TABLES, residenceCommittee, residenceGeneratedRows } from '@twoway/residence-committee';
import { EVALUATION_DATA_TABLES, evaluation, evaluationGeneratedRows } from '@twoway/evaluation';
import { TREE_KEEPERS } from '../../topology.js';
import type { EntityManager } from 'typeorm';
import type { DatabaseUrls } from './databases.js';

/** What one subgraph loads: its database, the data tables it empties first, its rows of the story. */
interface GeneratedShare {
  module: Parameters<typeof openSubgraphDatabase>[0];
  url: string;
  dataTables: readonly string[];
  rows(manager: EntityManager): TableRows[] | Promise<TableRows[]>;
}

/** Tables every subgraph has (the runtime's and the tree's), emptied before loading like its own data tables. */
const SHARED_TABLES = ['statistics_fact', 'statistics_rollup', 'audit_log', 'idempotency_record', 'outbox_message', 'processed_event', 'job_run', 'organization_unit'];

/**
 * Migrates the three databases and replaces their data with a generated data
 * set of `members` members for `day`, each database in one transaction, by COPY.
 * The story is shared (packages/demo-data); each subgraph writes its own rows
 * of it (its `src/demo/generated-rows.ts`), the evaluation subgraph reading its
 * criteria and rating scales from its freshly migrated database.
 */
export async function generateData(urls: DatabaseUrls, members: number, day: string, seed = 213, log: (message: string, extra?: unknown) => void = console.log): Promise<Record<string, number>> {
  const started = Date.now();
  const logger = createLogger('generate', 'warn');
  const scenario = buildLargeScenario({ members, today: day, seed });
  const tree: TableRows = {
    table: 'organization_unit',
    columns: ['id', 'parent_id', 'kind', 'name', 'path', 'depth', 'valid_from', 'valid_to', 'successor_id', 'owner', 'version'],
    rows: organizationUnitRows(scenario.organizations, TREE_KEEPERS).map((o) => [o.id, o.parentId, o.kind, o.name, o.path, o.depth, o.validFrom, o.validTo, o.successorId, o.owner, o.version]),
  };
  const subgraphs: GeneratedShare[] = [
    { module: workplaceCommittee, url: urls.WORKPLACE_DATABASE_URL, dataTables: WORKPLACE_DATA_TABLES, rows: () => workplaceGeneratedRows(scenario) },
    { module: residenceCommittee, url: urls.RESIDENCE_DATABASE_URL, dataTables: RESIDENCE_DATA_TABLES, rows: () => residenceGeneratedRows(scenario) },
    { module: evaluation, url: urls.EVALUATION_DATABASE_URL, dataTables: EVALUATION_DATA_TABLES, rows: (manager) => evaluationGeneratedRows(scenario, manager) },
  ];
  const loads = [];
  for (const subgraph of subgraphs) {
    const { dataSource } = await openSubgraphDatabase(subgraph.module, { url: subgraph.url, logger, poolSize: 1 });
    try {
      loads.push({ ...subgraph, tables: [tree, ...(await subgraph.rows(dataSource.manager))] });
    } finally {
      await dataSource.destroy();
    }
  }
  const counts = Object.fromEntries(loads.flatMap(({ tables }) => tables.map((t) => [t.table, t.rows.length])));
  log(`Generated for ${day} in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
  await Promise.all(
    loads.map(({ url, dataTables, tables }) =>
      withClient(url, async (client) => {
        await client.query('BEGIN');
        await client.query(`TRUNCATE ${[...dataTables, ...SHARED_TABLES].join(', ')} RESTART IDENTITY CASCADE`);
        // Triggers off for the load (the projections are rebuilt in one statement each after it, not once per table).
        await client.query('SET LOCAL session_replication_role = replica');
        for (const table of tables) await copyRows(client, table.table, table.columns, table.rows);
        await client.query('SET LOCAL session_replication_role = origin');
        await client.query('ANALYZE'); // the projections' plans need the loaded tables' statistics
        await client.query('SELECT rebuild_projections()');
        await client.query('COMMIT');
        await client.query('ANALYZE');
      }),
    ),
  );
  log(`Loaded ${members} members into the three databases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return counts;
}
