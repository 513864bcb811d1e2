import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fixedClock, parsePeriod } from '@twoway/platform';
import { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { queryRows } from '@twoway/persistence';
import { OPEN_REQUEST_STATUSES } from '@twoway/evaluation';
import { SUBGRAPHS } from '../../../topology.js';
import { createTestDatabase, dropTestDatabase, type SubgraphKey } from '../support/databases.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const KEYS: Record<string, SubgraphKey> = { 'workplace-committee': 'workplaceCommittee', 'residence-committee': 'residenceCommittee', evaluation: 'evaluation' };

/**
 * `npm run generate` into three fresh databases (a small data set), and what a running federation finds in it:
 * the marks its scheduled jobs would have made by the data set's day, so the first tick has no backlog (at a
 * million members the deadlines job once had 122,000 requests to mark at start).
 */
describe('a generated data set', () => {
  const urls: Record<string, string> = {};
  let evaluation: TestSubgraph | undefined;

  beforeAll(async () => {
    for (const subgraph of SUBGRAPHS) urls[subgraph.databaseVariable] = await createTestDatabase(KEYS[subgraph.name]!, { empty: true });
    await new Promise<void>((resolve, reject) => {
      execFile(`${root}node_modules/.bin/tsx`, ['scripts/generate.ts', '--members', '400', '--day', TEST_DAY], {
        cwd: root, timeout: 300_000, env: { ...process.env, ...urls, NODE_OPTIONS: '' },
      }, (error, stdout, stderr) => (error ? reject(new Error(`npm run generate failed: ${stderr || stdout}`)) : resolve()));
    });
    evaluation = await startTestSubgraph('evaluation', { databaseUrl: urls.EVALUATION_DATABASE_URL!, clock: fixedClock(TEST_INSTANT) });
  }, 360_000);

  afterAll(async () => {
    await evaluation?.close();
    for (const url of Object.values(urls)) await dropTestDatabase(url);
  });

  it('carries the overdue marks the deadlines job would have made by its day, and the job finds none left to make', async () => {
    const [marks] = await evaluation!.sql<{ marked: number; open: number }>(
      `SELECT count(*) FILTER (WHERE overdue_since IS NOT NULL)::int AS marked,
              count(*) FILTER (WHERE status = ANY($2) AND due_on < $1)::int AS open
       FROM comment_request`, [TEST_DAY, OPEN_REQUEST_STATUSES]);
    // Marked: the requests still open past their due date, and those answered late.
    expect(marks!.open).toBeGreaterThan(0);
    expect(marks!.marked).toBeGreaterThan(marks!.open);
    const [wrong] = await evaluation!.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM comment_request WHERE overdue_since IS NOT NULL AND (overdue_since <> due_on + 1 OR overdue_since > $1)`, [TEST_DAY]);
    expect(wrong!.n).toBe(0);
    const outcome = await evaluation!.subgraph.runScheduledJobs();
    expect((outcome['comment-deadlines'] as { overdue: number }).overdue).toBe(0);
    // Its records all sit on the nodes in force on its day: nothing for the successions job to move either.
    expect(outcome.successions).toEqual({ comment_request: 0 });
  });

  it('answers an abolished district\'s years before the reform from the new wards its old wards merged into', async () => {
    // The generated records all sit at the new wards' cells: a district's figures before 1 July 2025 are its old
    // wards' successors' (their whole subtrees: the generated reform names no cells), added up; before December
    // 2026 they were the successors' own nodes' alone, nearly nothing.
    const periods = ['2024', '2025-Q2'].map((text) => parsePeriod(text));
    let counted = 0;
    for (const url of Object.values(urls)) {
      const districts = await queryRows<{ id: string; wards: string[] }>(url,
        `SELECT d.id, array_agg(DISTINCT e.successor_id::text) AS wards
         FROM organization_unit d JOIN organization_unit e ON e.path LIKE d.path || '%' AND e.successor_id IS NOT NULL
         WHERE d.kind = 'DISTRICT' GROUP BY d.id ORDER BY d.id`);
      expect(districts.length).toBeGreaterThan(0);
      for (const period of periods) {
        const keys = districts.flatMap((district) => [district.id, ...district.wards]);
        const rows = await queryRows<{ idx: number; measure: string; n: number }>(url, STATISTICS_FIGURES_SQL,
          statisticsFiguresParameters(keys.map(() => period), keys));
        const figure = (key: number, measure: string) => rows.find((row) => row.idx === key + 1 && row.measure === measure)?.n ?? 0;
        const measures = [...new Set(rows.map((row) => row.measure))].sort();
        let key = 0;
        for (const district of districts) {
          const own = key;
          const wards = district.wards.map(() => (key += 1));
          key += 1;
          const read = Object.fromEntries(measures.map((measure) => [measure, figure(own, measure)]));
          const added = Object.fromEntries(measures.map((measure) => [measure, wards.reduce((sum, ward) => sum + figure(ward, measure), 0)]));
          expect({ district: district.id, period: period.period, figures: read }).toEqual({ district: district.id, period: period.period, figures: added });
          counted += Object.values(read).reduce((sum, n) => sum + n, 0);
        }
      }
    }
    expect(counted).toBeGreaterThan(0);
  });
});
