import { writeFileSync } from 'node:fs';
import { queryRows, withClient } from '@twoway/persistence';
import { resolveScope } from '@twoway/org-tree';
import { parsePeriod } from '@twoway/platform';
import { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { SUBGRAPHS } from '../../topology.js';
import type { DatabaseUrls } from '../lib/databases.js';
import { GENERATED_NOTICE } from './report.js';

/**
 * Writes the EXPLAIN (ANALYZE) plans of the hot queries to `file`: the three oversight lists with their totals
 * for `ward` and for `province`, bound as the services bind them, and the dashboard's statement in each
 * subgraph for the province, its children and its 12 months.
 */
export async function writeExplainPlans(file: string, urls: DatabaseUrls, at: { day: string; year: string; members: number; ward: string; province: string }): Promise<void> {
  const { day, year, members, ward, province } = at;
  const { absentFromLastTwoMeetingsQuery } = await import('../../subgraphs/residence-committee/src/repositories/oversight.repository.js');
  const { overdueRequestsQuery } = await import('../../subgraphs/evaluation/src/repositories/oversight.repository.js');
  const { lostLettersQuery } = await import('../../subgraphs/workplace-committee/src/repositories/oversight.repository.js');
  let explain = `# EXPLAIN plans of the hot queries\n\n${GENERATED_NOTICE}\n\nRecorded by \`npm run bench\` on ${day} with ${members} generated members, for one ward (${ward}) and its province (${province}).\n`;
  for (const [level, node] of [['ward', ward], ['province', province]] as const) {
    const [nodePath] = (await queryRows<{ path: string }>(urls.RESIDENCE_DATABASE_URL, 'SELECT path FROM organization_unit WHERE id = $1', [node])).map((r) => r.path);
    // The node ids the services bind for this node, resolved as they resolve them.
    const scope = await withClient(urls.RESIDENCE_DATABASE_URL, (client) =>
      resolveScope({ query: async (text, values) => (await client.query(text, values)).rows }, nodePath!));
    const lists: [string, string, { sql: string; parameters: unknown[] }][] = [
      [`residence-committee: absent from the last two semi-annual meetings (${level})`, urls.RESIDENCE_DATABASE_URL, absentFromLastTwoMeetingsQuery(scope, day)],
      [`evaluation: overdue comment requests (${level})`, urls.EVALUATION_DATABASE_URL, overdueRequestsQuery(scope, day, 'EITHER')],
      [`workplace-committee: lost introduction letters (${level})`, urls.WORKPLACE_DATABASE_URL, lostLettersQuery(scope, day, 30, null)],
    ];
    for (const [title, url, list] of lists) {
      // A first page of 50 and the list's total, from the list computed once, as keysetPage reads them.
      const plan = await queryRows<{ 'QUERY PLAN': string }>(url,
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) WITH list AS MATERIALIZED (${list.sql}) SELECT q.*, (SELECT count(*) FROM list) AS total FROM list q ORDER BY q.sort_key, q.id LIMIT 51`, list.parameters);
      explain += `\n## ${title}\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n').replace(/\{[0-9a-f,-]{200,}\}/g, '{…}')}\n\`\`\`\n`;
    }
  }
  // The dashboard's statement, for the province, its children and its months, in each subgraph: bound as the loader binds it.
  for (const { name, databaseVariable } of SUBGRAPHS) {
    const url = urls[databaseVariable];
    const plan = await withClient(url, async (client) => {
      const nodes = (await client.query<{ id: string }>('SELECT id FROM organization_unit WHERE id = $1 OR parent_id = $1 ORDER BY parent_id NULLS FIRST, id', [province])).rows;
      const months = Array.from({ length: 12 }, (_, i) => parsePeriod(`${year}-${String(i + 1).padStart(2, '0')}`));
      const parameters = statisticsFiguresParameters([...nodes.map(() => parsePeriod(year)), ...months], [...nodes.map((n) => n.id), ...months.map(() => province)]);
      return (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${STATISTICS_FIGURES_SQL}`, parameters)).rows;
    });
    explain += `\n## ${name}: dashboard figures (province ${province}, its children and its 12 months of ${year})\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n').replace(/\{[0-9a-f,-]{200,}\}/g, '{…}')}\n\`\`\`\n`;
  }
  writeFileSync(file, explain);
}
