import { buildLargeDataset, type TableRows } from '@twoway/demo-data';
import { copyRows, withClient } from '@twoway/persistence';
import { createLogger } from '@twoway/platform';
import { openSubgraphDatabase, type BaseSubgraphContext, type SubgraphModule } from '@twoway/subgraph-runtime';
import { workplaceCommittee } from '@twoway/workplace-committee';
import { residenceCommittee } from '@twoway/residence-committee';
import { evaluation } from '@twoway/evaluation';
import type { DatabaseUrls } from './databases.js';

/** Data tables of each database, emptied before loading (reference and policy tables are kept). */
const DATA_TABLES: Record<string, string[]> = {
  workplace: ['member_change', 'change_notice', 'residence_leaving_notice', 'introduction_letter', 'member'],
  residence: ['change_notice_acknowledgement', 'letter_receipt', 'meeting_attendance', 'meeting', 'residence_registration', 'member_standing'],
  evaluation: ['comment_form_assessment', 'comment_draft', 'annual_review', 'comment_form', 'comment_request'],
};
const SHARED_TABLES = ['statistics_fact', 'statistics_rollup', 'audit_log', 'idempotency_record', 'outbox_message', 'processed_event', 'job_run', 'organization_unit'];

/**
 * Migrates the three databases and replaces their data with a generated data
 * set of `members` members for `day`, each database in one transaction, by COPY.
 */
export async function generateData(urls: DatabaseUrls, members: number, day: string, seed = 213, log: (message: string, extra?: unknown) => void = console.log): Promise<Record<string, number>> {
  const started = Date.now();
  const logger = createLogger('generate', 'warn');
  const modules = { workplace: workplaceCommittee, residence: residenceCommittee, evaluation } as Record<string, unknown>;
  const urlOf: Record<string, string> = { workplace: urls.WORKPLACE_DATABASE_URL, residence: urls.RESIDENCE_DATABASE_URL, evaluation: urls.EVALUATION_DATABASE_URL };
  for (const [name, module] of Object.entries(modules)) {
    const m = module as SubgraphModule<BaseSubgraphContext>;
    const { dataSource } = await openSubgraphDatabase(m, { url: urlOf[name]!, logger, poolSize: 1 });
    await dataSource.destroy();
  }

  // The evaluation subgraph's reference data, as its migrations loaded it.
  const reference = await withClient(urlOf.evaluation!, async (client) => {
    const [set] = (await client.query<{ id: string }>(`SELECT id FROM criteria_set WHERE variant = 'STANDARD' ORDER BY effective_from DESC LIMIT 1`)).rows;
    const criteria = (await client.query<{ id: string }>('SELECT id FROM criterion WHERE criteria_set_id = $1 ORDER BY ordinal', [set!.id])).rows;
    const scales = (await client.query<{ id: string; from: string; to: string | null }>(`SELECT id, effective_from::text AS from, effective_to::text AS to FROM rating_scale`)).rows;
    const bands = (await client.query<{ scale: string; rating: string; min_score: number }>('SELECT rating_scale_id AS scale, rating, min_score FROM rating_band ORDER BY min_score DESC')).rows;
    return {
      criteriaSetId: set!.id,
      criterionIds: criteria.map((c) => c.id),
      scaleOn(on: string) {
        const scale = scales.find((s) => s.from <= on && (s.to === null || on <= s.to))!;
        return { id: scale.id, bands: bands.filter((b) => b.scale === scale.id).map((b) => ({ rating: b.rating, minScore: b.min_score })) };
      },
    };
  });

  const dataset = buildLargeDataset({ members, today: day, seed, reference });
  log(`Generated for ${day} in ${((Date.now() - started) / 1000).toFixed(1)} s:`, dataset.counts);
  await Promise.all(
    (['workplace', 'residence', 'evaluation'] as const).map((name) =>
      withClient(urlOf[name]!, async (client) => {
        await client.query('BEGIN');
        await client.query(`TRUNCATE ${[...DATA_TABLES[name]!, ...SHARED_TABLES].join(', ')} RESTART IDENTITY CASCADE`);
        // Triggers off for the load (the projections are rebuilt in one statement each after it, not once per table).
        await client.query('SET LOCAL session_replication_role = replica');
        for (const table of dataset[name] as TableRows[]) await copyRows(client, table.table, table.columns, table.rows);
        await client.query('SET LOCAL session_replication_role = origin');
        await client.query('ANALYZE'); // the projections' plans need the loaded tables' statistics
        await client.query('SELECT rebuild_projections()');
        await client.query('COMMIT');
        await client.query('ANALYZE');
      }),
    ),
  );
  log(`Loaded ${members} members into the three databases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return dataset.counts;
}
