import { writeFileSync } from 'node:fs';
import { queryRows, withClient } from '@twoway/persistence';
import { resolveScope } from '@twoway/org-tree';
import { parsePeriod } from '@twoway/platform';
import { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { SUBGRAPHS } from '../../topology.js';
import type { DatabaseUrls } from '../lib/databases.js';
import { GENERATED_NOTICE } from './report.js';

/**
 * Writes the EXPLAIN (ANALYZE) plans of the hot queries to `file`: the three oversight lists for `ward`, bound
 * as the services bind them, and the dashboard's statement in each subgraph for `district` and its children.
 */
export async function writeExplainPlans(file: string, urls: DatabaseUrls, at: { day: string; year: string; members: number; ward: string; district: string }): Promise<void> {
  const { day, year, members, ward, district } = at;
  const [wardPath] = (await queryRows<{ path: string }>(urls.RESIDENCE_DATABASE_URL, 'SELECT path FROM organization_unit WHERE id = $1', [ward])).map((r) => r.path);
  // The node ids the services bind for this ward, resolved as they resolve them.
  const wardScope = await withClient(urls.RESIDENCE_DATABASE_URL, (client) =>
    resolveScope({ query: async (text, values) => (await client.query(text, values)).rows }, wardPath!));
  const { absentFromLastTwoMeetingsQuery } = await import('../../subgraphs/residence-committee/src/repositories/oversight.repository.js');
  const { overdueRequestsQuery } = await import('../../subgraphs/evaluation/src/repositories/oversight.repository.js');
  const { lostLettersQuery } = await import('../../subgraphs/workplace-committee/src/repositories/oversight.repository.js');
  const lists: [string, string, { sql: string; parameters: unknown[] }][] = [
    ['residence-committee: absent from the last two semi-annual meetings (ward)', urls.RESIDENCE_DATABASE_URL, absentFromLastTwoMeetingsQuery(wardScope, day)],
    ['evaluation: overdue comment requests (ward)', urls.EVALUATION_DATABASE_URL, overdueRequestsQuery(wardScope, day, 'EITHER')],
    ['workplace-committee: lost introduction letters (ward)', urls.WORKPLACE_DATABASE_URL, lostLettersQuery(wardScope, day, 30, null)],
  ];
  let explain = `# EXPLAIN plans of the hot queries\n\n${GENERATED_NOTICE}\n\nRecorded by \`npm run bench\` on ${day} with ${members} generated members, for one ward (${ward}).\n`;
  for (const [title, url, list] of lists) {
    const plan = await queryRows<{ 'QUERY PLAN': string }>(url, `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT q.* FROM (${list.sql}) q ORDER BY q.sort_key, q.id LIMIT 51`, list.parameters);
    explain += `\n## ${title}\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`;
  }
  // The dashboard's statement, for a district and its children, in each subgraph: bound as the loader binds it.
  for (const { name, databaseVariable } of SUBGRAPHS) {
    const url = urls[databaseVariable];
    const plan = await withClient(url, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      const nodes = (await client.query<{ path: string }>('SELECT path FROM organization_unit WHERE id = $1 OR parent_id = $1 ORDER BY parent_id NULLS FIRST, id', [district])).rows;
      const scopes = await Promise.all(nodes.map((n) => resolveScope(runner, n.path)));
      const parameters = statisticsFiguresParameters(nodes.map(() => parsePeriod(year)), scopes);
      return (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${STATISTICS_FIGURES_SQL}`, parameters)).rows;
    });
    explain += `\n## ${name}: dashboard figures (district ${district} and its children, ${year})\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n').replace(/\{[0-9a-f,-]{200,}\}/g, '{…}')}\n\`\`\`\n`;
  }
  writeFileSync(file, explain);
}
