import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { queryRows } from '@twoway/persistence';
import { createTestDatabase, dropTestDatabase } from '../support/databases.js';

/**
 * Two writes in one province reach the same rows of its rollups (the
 * province's), over several statements, in whatever order their work takes
 * them. Here two transactions add facts of two measures to two cells of one
 * province in opposite orders: without the rollups' writers taking their turn
 * (RollupWritersInTurn1764400000960) they deadlock, and PostgreSQL cancels one.
 * In turn, both commit, and the province's rows count both.
 */
describe("the rollups' writers take their turn", () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase('residenceCommittee');
  });
  afterAll(async () => {
    if (url) await dropTestDatabase(url);
  });

  it('two writers adding to one province in opposite orders both commit', async () => {
    const [a, b] = await queryRows<{ id: string; province: string }>(url,
      `SELECT c.id, split_part(c.path, '/', 2) AS province FROM organization_unit c
       WHERE c.kind = 'RESIDENTIAL_CELL' AND split_part(c.path, '/', 2) = (SELECT split_part(path, '/', 2) FROM organization_unit WHERE kind = 'RESIDENTIAL_CELL' ORDER BY path LIMIT 1)
       ORDER BY c.path LIMIT 2`);
    const fact = (node: string, measure: string) => ({
      text: `INSERT INTO statistics_fact (source_id, node_id, measure, stock, starts_on) VALUES ($1, $2, $3, false, '2031-01-15')`,
      values: [randomUUID(), node, measure],
    });
    const counted = async () => (await queryRows<{ measure: string; n: number }>(url,
      `SELECT measure, sum(n)::int AS n FROM statistics_subtree_rollup WHERE node_id = $1 AND measure IN ('trial_one', 'trial_two') AND starts_month = '2031-01-01' GROUP BY measure ORDER BY measure`, [a!.province]));
    const first = new pg.Client({ connectionString: url });
    const second = new pg.Client({ connectionString: url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await second.query('BEGIN');
      await first.query(fact(a!.id, 'trial_one'));
      // The second writer's first fact waits for the first writer (in turn), or (without) takes the province's row of trial_two.
      const secondWork = (async () => {
        await second.query(fact(b!.id, 'trial_two'));
        await second.query(fact(b!.id, 'trial_one'));
        await second.query('COMMIT');
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query(fact(a!.id, 'trial_two'));
      await first.query('COMMIT');
      await secondWork;
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await counted()).toEqual([{ measure: 'trial_one', n: 2 }, { measure: 'trial_two', n: 2 }]);
  });
});
