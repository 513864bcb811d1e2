import { writeFileSync } from 'node:fs';
import { countedKeysetPageSql, keysetPageSql, queryRows, withClient, type CountedListQuery, type ListQuery } from '@twoway/persistence';
import { resolveScope } from '@twoway/org-tree';
import { parsePeriod } from '@twoway/platform';
import { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { SUBGRAPHS } from '../../topology.js';
import type { DatabaseUrls } from '../lib/databases.js';
import { GENERATED_NOTICE } from './report.js';

/**
 * Writes the EXPLAIN (ANALYZE) plans of the hot queries to `file`: the oversight lists' first page of 50
 * with their totals for `ward` and for `province` (the benchmark's three, and those kept as projections), the statements the services run (a large scope's counted
 * lists read from their indexes and counts, a small one's read whole), and the dashboard's statement in each
 * subgraph for the province, its children and its 12 months.
 */
export async function writeExplainPlans(file: string, urls: DatabaseUrls, at: { day: string; year: string; members: number; ward: string; province: string }): Promise<void> {
  const { day, year, members, ward, province } = at;
  const residence = await import('../../subgraphs/residence-committee/src/repositories/oversight.repository.js');
  const evaluation = await import('../../subgraphs/evaluation/src/repositories/oversight.repository.js');
  const { lostLettersQuery, workplaceDisagreementsQuery } = await import('../../subgraphs/workplace-committee/src/repositories/oversight.repository.js');
  let explain = `# EXPLAIN plans of the hot queries\n\n${GENERATED_NOTICE}\n\nRecorded by \`npm run bench\` on ${day} with ${members} generated members, for one ward (${ward}) and its province (${province}).\n`;
  const firstPage = { limit: 50, after: null };
  for (const [level, id] of [['ward', ward], ['province', province]] as const) {
    const [node] = await queryRows<{ id: string; path: string }>(urls.RESIDENCE_DATABASE_URL, 'SELECT id, path FROM organization_unit WHERE id = $1', [id]);
    // The scope the services hold for this node, resolved as they resolve it: a ward's ids, a province's path.
    const scope = await withClient(urls.RESIDENCE_DATABASE_URL, (client) =>
      resolveScope({ query: async (text, values) => (await client.query(text, values)).rows }, node!.path));
    // A list kept as counts is read counted for a large scope (countedSubtreeList), whole for a small one.
    const statement = (counted: CountedListQuery, fromRecords: ListQuery) =>
      (scope.ids === null ? countedKeysetPageSql(counted, firstPage) : keysetPageSql(fromRecords, firstPage));
    const how = scope.ids === null ? 'counted' : 'read whole';
    const lists: [string, string, { text: string; values: unknown[] }][] = [
      [`residence-committee: absent from the last two semi-annual meetings (${level}, ${how})`, urls.RESIDENCE_DATABASE_URL,
        statement(residence.absentFromLastTwoMeetingsCounted(node!, day), residence.absentFromLastTwoMeetingsQuery(scope, day))],
      [`evaluation: overdue comment requests (${level}, ${how})`, urls.EVALUATION_DATABASE_URL,
        statement(evaluation.overdueRequestsCounted(node!, day, 'EITHER'), evaluation.overdueRequestsQuery(scope, day, 'EITHER'))],
      [`workplace-committee: lost introduction letters (${level}, read whole)`, urls.WORKPLACE_DATABASE_URL, keysetPageSql(lostLettersQuery(scope, day, 30, null), firstPage)],
      // The lists read from projections of their own (issue 15), and the cells without a semi-annual meeting.
      [`residence-committee: residence disagreements (${level}, from residence_disagreement)`, urls.RESIDENCE_DATABASE_URL,
        keysetPageSql(residence.residenceDisagreementsQuery(scope, null), firstPage)],
      [`residence-committee: cells without a semi-annual meeting (${level})`, urls.RESIDENCE_DATABASE_URL,
        keysetPageSql(residence.cellsWithoutSemiAnnualMeetingQuery(scope, day, 6), firstPage)],
      [`evaluation: recommended for action (${level}, from action_recommendation)`, urls.EVALUATION_DATABASE_URL,
        keysetPageSql(evaluation.recommendedForActionQuery(scope, null, 'EITHER'), firstPage)],
      [`evaluation: reviews against the residence comment of ${year} (${level}, from review_issue)`, urls.EVALUATION_DATABASE_URL,
        keysetPageSql(evaluation.reviewsAgainstResidenceCommentQuery(scope, Number(year), null, 'EITHER'), firstPage)],
      [`workplace-committee: workplace disagreements (${level}, from workplace_disagreement)`, urls.WORKPLACE_DATABASE_URL,
        keysetPageSql(workplaceDisagreementsQuery(scope, null), firstPage)],
    ];
    for (const [title, url, { text, values }] of lists) {
      const plan = await queryRows<{ 'QUERY PLAN': string }>(url, `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${text}`, values);
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
