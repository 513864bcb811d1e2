import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows, withClient } from '@twoway/persistence';
import { coversOutsideSubtreeSql, scopeIdsSql } from '@twoway/org-tree';
import { parsePeriod } from '@twoway/platform';
import { isListMeasure, STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from '../support/databases.js';
import { CHANGES, TREE_CHANGES } from '../support/record-changes.js';

/**
 * Projections (statistics_fact and its statistics_rollup, member_reach, the
 * residence's registration_attendance) are kept by triggers. Whatever the statement,
 * each projection must equal its definition (the `<table>_source` view)
 * computed afresh, and the rollups the facts grouped afresh (by month, the
 * lists' counts by day: statistics_rollup_start; those in the subtree rollup
 * only).
 */
const DIFFERENCES = `
  WITH expected AS (
    SELECT node_id, shadow_node_id, measure::text, stock, statistics_rollup_start(measure, starts_on) AS starts_month, statistics_rollup_start(measure, ends_on) AS ends_month, count(*)::int AS n
    FROM statistics_fact_source WHERE NOT ${isListMeasure('measure')} GROUP BY 1, 2, 3, 4, 5, 6),
  actual AS (SELECT node_id, shadow_node_id, measure::text, stock, starts_month, ends_month, n FROM statistics_rollup WHERE n <> 0),
  expected_subtree AS (
    SELECT a.id AS node_id, f.measure::text, f.stock, statistics_rollup_start(f.measure, f.starts_on) AS starts_month, statistics_rollup_start(f.measure, f.ends_on) AS ends_month, count(*)::int AS n
    FROM statistics_fact_source f JOIN organization_unit o ON o.id = f.node_id
    JOIN organization_unit a ON o.path LIKE a.path || '%'
    WHERE NOT EXISTS (SELECT 1 FROM organization_unit s WHERE s.id = f.shadow_node_id AND s.path LIKE a.path || '%')
    GROUP BY 1, 2, 3, 4, 5),
  actual_subtree AS (SELECT node_id, measure::text, stock, starts_month, ends_month, n FROM statistics_subtree_rollup WHERE n <> 0)
  SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) a)::int
         + (SELECT count(*) FROM (SELECT * FROM expected_subtree EXCEPT ALL SELECT * FROM actual_subtree) a)::int AS missing,
         (SELECT count(*) FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) b)::int
         + (SELECT count(*) FROM (SELECT * FROM actual_subtree EXCEPT ALL SELECT * FROM expected_subtree) b)::int AS extra,
         (SELECT count(*) FROM expected)::int AS groups,
         (SELECT count(*) FROM expected_subtree)::int AS subtree_groups`;

/**
 * Every node's figures for a period counted afresh from the records (the facts'
 * definition, over the node's scope: its subtree and what its ended nodes
 * handed on outside it, a fact whose shadow the scope covers left out; the lists' counts are
 * not figures, see list-counts.int.test.ts), against what the
 * dashboards read (STATISTICS_FIGURES_SQL over the rollups). Bound with the
 * period's first and last day.
 */
const FRESH_FIGURES = `
  WITH keys AS (SELECT id AS node_id, path FROM organization_unit),
  scope AS (SELECT DISTINCT k.node_id AS key_id, s.id FROM keys k CROSS JOIN LATERAL (${scopeIdsSql('k.path')}) s)
  SELECT sc.key_id AS node_id, f.measure::text AS measure, count(*)::int AS n
  FROM scope sc JOIN statistics_fact_source f ON f.node_id = sc.id
  WHERE NOT EXISTS (SELECT 1 FROM scope s2 WHERE s2.key_id = sc.key_id AND s2.id = f.shadow_node_id)
    AND f.measure NOT LIKE 'list\\_%'
    AND CASE WHEN f.stock THEN f.starts_on <= $2::date AND (f.ends_on IS NULL OR f.ends_on > $2::date) ELSE f.starts_on BETWEEN $1::date AND $2::date END
  GROUP BY 1, 2`;

/** Figures of every node, for each period, that differ between the dashboards' statement and a fresh count; and how many were compared. */
async function figureDifferences(url: string, periods: string[]): Promise<{ differences: string[]; compared: number; coveringOutside: number }> {
  const nodes = (await queryRows<{ id: string; covers_outside: boolean }>(url, `SELECT o.id, ${coversOutsideSubtreeSql('o.path')} AS covers_outside FROM organization_unit o ORDER BY o.id`));
  const differences: string[] = [];
  let compared = 0;
  const parsed = periods.map((text) => parsePeriod(text));
  // Every node asked for once per statement (a dashboard's children), then every node for all the periods in one
  // statement (a dashboard's months: a node asked for by several keys is read another way).
  const together = parsed.flatMap((period) => nodes.map((node) => ({ period, node })));
  const readTogether = new Map<string, number>();
  for (const r of await queryRows<{ idx: number; measure: string; n: number }>(url, STATISTICS_FIGURES_SQL,
    statisticsFiguresParameters(together.map((key) => key.period), together.map((key) => key.node.id)))) {
    const key = together[r.idx - 1]!;
    if (r.n !== 0) readTogether.set(`${key.period.from} ${key.node.id} ${r.measure}`, r.n);
  }
  for (const period of parsed) {
    const fresh = new Map((await queryRows<{ node_id: string; measure: string; n: number }>(url, FRESH_FIGURES, [period.from, period.to])).map((r) => [`${r.node_id} ${r.measure}`, r.n]));
    const parameters = statisticsFiguresParameters(nodes.map(() => period), nodes.map((node) => node.id));
    const read = new Map((await queryRows<{ idx: number; measure: string; n: number }>(url, STATISTICS_FIGURES_SQL, parameters)).filter((r) => r.n !== 0).map((r) => [`${nodes[r.idx - 1]!.id} ${r.measure}`, r.n]));
    for (const key of new Set([...fresh.keys(), ...read.keys()])) {
      compared += 1;
      if (fresh.get(key) !== read.get(key)) differences.push(`${period.from}..${period.to} ${key}: fresh ${fresh.get(key)} read ${read.get(key)}`);
      if (parsed.length > 1 && fresh.get(key) !== readTogether.get(`${period.from} ${key}`)) {
        differences.push(`${period.from}..${period.to} ${key} (read with the other periods): fresh ${fresh.get(key)} read ${readTogether.get(`${period.from} ${key}`)}`);
      }
    }
    for (const key of [...readTogether.keys()].filter((k) => k.startsWith(`${period.from} `) && !fresh.has(k.slice(period.from.length + 1)))) {
      differences.push(`${key} read with the other periods, not counted afresh`);
    }
  }
  return { differences, compared, coveringOutside: nodes.filter((node) => node.covers_outside).length };
}

/** A SELECT of `n`, the rows projection `name` lacks or has too many of, against its view. */
const differenceFromView = (name: string) =>
  `SELECT ((SELECT count(*) FROM (SELECT * FROM ${name}_source EXCEPT ALL SELECT * FROM ${name}) a) + (SELECT count(*) FROM (SELECT * FROM ${name} EXCEPT ALL SELECT * FROM ${name}_source) b))::int AS n`;

/** Rows a projection lacks or has too many of, against its definition. */
async function projectionDifferences(url: string): Promise<Record<string, number>> {
  const names = (await queryRows<{ name: string }>(url, 'SELECT name FROM projection ORDER BY name')).map((r) => r.name);
  const out: Record<string, number> = {};
  for (const name of names) {
    const [{ n }] = (await queryRows<{ n: number }>(url, differenceFromView(name))) as [{ n: number }];
    out[name] = n;
  }
  return out;
}

describe('projections kept by triggers', () => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await createTestDatabases();
  });
  afterAll(async () => {
    if (databases) await dropTestDatabases(databases);
  });

  describe.each(Object.keys(CHANGES) as SubgraphKey[])('%s', (key) => {
    const differences = async () => (await queryRows<{ missing: number; extra: number; groups: number }>(databases[key], DIFFERENCES))[0]!;

    it('equal the facts grouped afresh, after the demo data and after changes of every kind', async () => {
      expect(await differences()).toMatchObject({ missing: 0, extra: 0 });
      expect((await differences()).groups).toBeGreaterThan(10);
      const projections = await projectionDifferences(databases[key]);
      expect(Object.keys(projections).length).toBeGreaterThan(0);
      expect(Object.values(projections).every((n) => n === 0)).toBe(true);
      const years = await figurePeriods(databases[key]);
      expect(await figureDifferences(databases[key], years)).toMatchObject({ differences: [] });
      for (const change of [...CHANGES[key], ...TREE_CHANGES]) {
        const [{ n }] = (await withClient(databases[key], async (client) => [{ n: (await client.query(change)).rowCount }])) as [{ n: number }];
        expect({ change, n: n > 0 }).toEqual({ change, n: true });
        expect({ change, ...(await differences()) }).toMatchObject({ change, missing: 0, extra: 0 });
        expect({ change, ...(await projectionDifferences(databases[key])) }).toEqual({ change, ...Object.fromEntries(Object.keys(projections).map((name) => [name, 0])) });
      }
      // What the dashboards read equals a fresh count for every node, whichever rollup answers it.
      const after = await figureDifferences(databases[key], years);
      expect(after.differences).toEqual([]);
      expect(after.compared).toBeGreaterThan(100);
      expect(after.coveringOutside).toBeGreaterThan(0);
    });

    it('are rebuilt from empty by one rebuild_projections(), upstream first, the rollups counted afresh, the triggers on again', async () => {
      const url = databases[key];
      const names = (await queryRows<{ name: string }>(url, 'SELECT name FROM projection ORDER BY name')).map((r) => r.name);
      const rollups = 'SELECT * FROM statistics_subtree_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5';
      const before = await queryRows(url, rollups);
      // Emptied as a bulk load leaves them (the rollups with the facts, by statistics_fact's TRUNCATE trigger).
      await queryRows(url, `TRUNCATE ${names.join(', ')}`);
      expect((await differences()).missing).toBeGreaterThan(0);
      await queryRows(url, 'SELECT rebuild_projections()');
      expect(await differences()).toMatchObject({ missing: 0, extra: 0 });
      expect(Object.values(await projectionDifferences(url))).toEqual(names.map(() => 0));
      expect(await queryRows(url, rollups)).toEqual(before);
      expect(await figureDifferences(url, await figurePeriods(url))).toMatchObject({ differences: [] });
      const disabled = await queryRows(url, `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'`);
      expect(disabled).toEqual([]);
      // Written in node order, as the triggers' key order left them: a node's rows lie together, for its index scans.
      const order = await queryRows<{ table: string; correlation: number }>(url, `
        SELECT tablename AS table, correlation FROM pg_stats
        WHERE tablename IN ('statistics_rollup', 'statistics_subtree_rollup') AND attname = 'node_id' ORDER BY 1`);
      expect(order.map((o) => [o.table, o.correlation > 0.99])).toEqual([['statistics_rollup', true], ['statistics_subtree_rollup', true]]);
    });

    it('roll back with the transaction that changed the records', async () => {
      const before = await queryRows(databases[key], 'SELECT * FROM statistics_rollup ORDER BY 1, 2, 3, 4, 5, 6');
      await withClient(databases[key], async (client) => {
        await client.query('BEGIN');
        for (const change of CHANGES[key]) await client.query(change);
        await client.query('ROLLBACK');
      });
      expect(await queryRows(databases[key], 'SELECT * FROM statistics_rollup ORDER BY 1, 2, 3, 4, 5, 6')).toEqual(before);
    });
  });

  it('refresh for an UPDATE only the keys of rows whose read columns it changed', async () => {
    const url = databases.evaluation;
    const requests = (await queryRows<{ id: string }>(url, `SELECT id FROM comment_request WHERE status = 'SENT' ORDER BY id LIMIT 5`)).map((r) => r.id);
    expect(requests).toHaveLength(5);
    const [{ read }] = (await queryRows<{ read: string[] }>(url, `SELECT array_agg(DISTINCT c ORDER BY c) AS read FROM projection_source, unnest(read_columns) c WHERE source = 'comment_request'`)) as [{ read: string[] }];
    expect(read).toEqual(expect.arrayContaining(['member_id', 'status', 'due_on']));
    expect(read).not.toContain('reminded_on');
    // The projections' rows this transaction wrote (their xmin is its id).
    const written = `SELECT (SELECT count(*) FROM member_reach WHERE xmin = pg_current_xact_id()::xid)::int AS reach,
                            (SELECT count(*) FROM statistics_fact WHERE xmin = pg_current_xact_id()::xid)::int AS facts`;
    await withClient(url, async (client) => {
      await client.query('BEGIN');
      try {
        // A reminder's date and a version: no projection reads them, nothing is recomputed.
        await client.query(`UPDATE comment_request SET reminded_on = requested_on + 1, version = version + 1 WHERE id = ANY($1)`, [requests]);
        expect((await client.query(written)).rows[0]).toEqual({ reach: 0, facts: 0 });
        // Read columns written with the values they had: nothing a projection reads changed.
        await client.query(`UPDATE comment_request SET status = status, due_on = due_on WHERE id = ANY($1)`, [requests]);
        expect((await client.query(written)).rows[0]).toEqual({ reach: 0, facts: 0 });
        // One request's due date, read by the figures only: its facts recomputed, no reach.
        await client.query(`UPDATE comment_request SET due_on = due_on + 20 WHERE id = $1`, [requests[0]]);
        const dueMoved = (await client.query(written)).rows[0] as { reach: number; facts: number };
        expect(dueMoved).toMatchObject({ reach: 0 });
        expect(dueMoved.facts).toBeGreaterThan(0);
        // Another's status, read by the reach: its member's reach recomputed, and only that member's.
        await client.query(`UPDATE comment_request SET status = 'WAIVED' WHERE id = $1`, [requests[1]]);
        const [{ members }] = (await client.query(`SELECT count(DISTINCT member_id)::int AS members FROM member_reach WHERE xmin = pg_current_xact_id()::xid`)).rows as [{ members: number }];
        expect(members).toBe(1);
        for (const name of ['member_reach', 'statistics_fact']) {
          const [{ n }] = (await client.query(differenceFromView(name))).rows as [{ n: number }];
          expect({ name, n }).toEqual({ name, n: 0 });
        }
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('tell the columns a view reads, through the views it reads, and every column where they cannot be told', async () => {
    const views = ['named', 'through', 'whole', 'system', 'calling'];
    const read = await withClient(databases.evaluation, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(`CREATE TEMP VIEW named AS SELECT id, status FROM comment_request WHERE due_on > requested_on`);
        await client.query(`CREATE TEMP VIEW through AS SELECT id FROM named`);
        await client.query(`CREATE TEMP VIEW whole AS SELECT r FROM comment_request r`);
        await client.query(`CREATE TEMP VIEW system AS SELECT ctid, id FROM comment_request`);
        await client.query(`CREATE FUNCTION pg_temp.open_requests(uuid) RETURNS bigint STABLE LANGUAGE sql AS 'SELECT count(*) FROM comment_request WHERE member_id = $1'`);
        await client.query(`CREATE TEMP VIEW calling AS SELECT id, pg_temp.open_requests(member_id) FROM comment_request`);
        const { rows } = await client.query<{ view: string; columns: string[] | null }>(
          `SELECT v AS view, projection_read_columns(ARRAY[v::regclass], 'comment_request') AS columns FROM unnest($1::text[]) v`, [views]);
        return Object.fromEntries(rows.map((r) => [r.view, r.columns]));
      } finally {
        await client.query('ROLLBACK');
      }
    });
    // In the table's order of columns.
    expect(read.named).toEqual(['id', 'requested_on', 'due_on', 'status']);
    expect(read.through).toEqual(read.named);
    expect(read.whole).toBeNull();
    expect(read.system).toBeNull();
    expect(read.calling).toBeNull();
    expect(Object.keys(read).sort()).toEqual([...views].sort());
  });

  it('stay exact when two transactions change the same member at once', async () => {
    const url = databases.workplaceCommittee;
    const [member] = await queryRows<{ member_id: string }>(url, `SELECT l.member_id FROM introduction_letter l JOIN member m ON m.id = l.member_id
       WHERE m.status = 'ACTIVE' AND l.status IN ('ISSUED','PRESENTED','RECEIVED','ASSIGNED') ORDER BY l.member_id LIMIT 1`);
    // One transaction ends the member's letter while another changes the member; neither sees the other's change when it starts.
    await withClient(url, async (first) => withClient(url, async (second) => {
      await first.query('BEGIN');
      await second.query('BEGIN');
      await first.query(`UPDATE introduction_letter SET status = 'ENDED' WHERE member_id = $1`, [member!.member_id]);
      const [{ pid }] = (await second.query('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
      const blocked = second.query(`UPDATE member SET admission_date = admission_date - 1 WHERE id = $1`, [member!.member_id]);
      // The second transaction's figures wait for the first's.
      for (let i = 0; i < 100 && !(await waiting(url, pid)); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await waiting(url, pid)).toBe(true);
      await first.query('COMMIT');
      await blocked;
      await second.query('COMMIT');
    }));
    expect(await differences(url)).toMatchObject({ missing: 0, extra: 0 });
  });

  it('lock many keys one by one in a transaction that already holds a few, so two such transactions do not deadlock', async () => {
    const url = databases.residenceCommittee;
    const keys = (n: number) => Array.from({ length: n }, () => randomUUID());
    const [few1, few2, many1, many2] = [keys(1), keys(1), keys(65), keys(65)];
    await withClient(url, async (first) => withClient(url, async (second) => {
      await first.query('BEGIN');
      await second.query('BEGIN');
      await first.query(`SELECT projection_lock('registration_attendance', $1)`, [few1]);
      await second.query(`SELECT projection_lock('registration_attendance', $1)`, [few2]);
      // Asking for the whole projection here would wait for the other's shared lock, each for the other's.
      await Promise.all([
        first.query(`SELECT projection_lock('registration_attendance', $1)`, [many1]),
        second.query(`SELECT projection_lock('registration_attendance', $1)`, [many2]),
      ]);
      await first.query('COMMIT');
      await second.query('COMMIT');
    }));
  });

  it('lock the whole projection for a statement of many keys, and make the others wait', async () => {
    const url = databases.residenceCommittee;
    await withClient(url, async (first) => withClient(url, async (second) => {
      await first.query('BEGIN');
      await first.query(`SELECT projection_lock('registration_attendance', $1)`, [Array.from({ length: 65 }, () => randomUUID())]);
      await second.query('BEGIN');
      const [{ pid }] = (await second.query('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
      const blocked = second.query(`SELECT projection_lock('registration_attendance', $1)`, [[randomUUID()]]);
      for (let i = 0; i < 100 && !(await waiting(url, pid)); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await waiting(url, pid)).toBe(true);
      await first.query('COMMIT');
      await blocked;
      await second.query('COMMIT');
    }));
  });
});

/** The periods the figures are compared over: the data's last three years and its last month (the demo data is relative to the day it was loaded). */
async function figurePeriods(url: string): Promise<string[]> {
  const [{ last }] = (await queryRows<{ last: string }>(url, `SELECT to_char(max(starts_on), 'YYYY-MM') AS last FROM statistics_fact_source`)) as [{ last: string }];
  const year = Number(last.slice(0, 4));
  return [String(year), String(year - 1), String(year - 2), last];
}

async function differences(url: string) {
  return (await queryRows<{ missing: number; extra: number }>(url, DIFFERENCES))[0]!;
}

async function waiting(url: string, pid: number): Promise<boolean> {
  return (await queryRows<{ n: number }>(url, 'SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND NOT granted', [pid]))[0]!.n > 0;
}
