import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows, withClient } from '@twoway/persistence';
import { createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from '../support/databases.js';

/**
 * Projections (statistics_fact and its statistics_rollup, member_reach, the
 * residence's registration_attendance) are kept by triggers. Whatever the statement,
 * each projection must equal its definition (the `<table>_source` view)
 * computed afresh, and the rollup the facts grouped afresh.
 */
const DIFFERENCES = `
  WITH expected AS (
    SELECT node_id, shadow_node_id, measure::text, stock, date_trunc('month', starts_on)::date AS starts_month, date_trunc('month', ends_on)::date AS ends_month, count(*)::int AS n
    FROM statistics_fact_source GROUP BY 1, 2, 3, 4, 5, 6),
  actual AS (SELECT node_id, shadow_node_id, measure::text, stock, starts_month, ends_month, n FROM statistics_rollup WHERE n <> 0)
  SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) a)::int AS missing,
         (SELECT count(*) FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) b)::int AS extra,
         (SELECT count(*) FROM expected)::int AS groups`;

/** Changes of every kind (insert, update, delete) to each source table of a subgraph's figures. */
const CHANGES: Record<SubgraphKey, string[]> = {
  workplaceCommittee: [
    `UPDATE introduction_letter SET status = 'ENDED' WHERE id IN (SELECT id FROM introduction_letter WHERE status = 'ASSIGNED' ORDER BY id LIMIT 5)`,
    `UPDATE introduction_letter SET status = 'ASSIGNED', assigned_on = received_on WHERE id IN (SELECT id FROM introduction_letter WHERE status = 'RECEIVED' ORDER BY id LIMIT 3)`,
    `UPDATE member SET status = 'TRANSFERRED' WHERE id IN (SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 4)`,
    `UPDATE member SET workplace_cell_id = (SELECT workplace_cell_id FROM member ORDER BY id DESC LIMIT 1) WHERE id IN (SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 2)`,
    `INSERT INTO introduction_letter (id, number, member_id, workplace_organization_id, issued_on, signer_name, to_ward_id, to_cell_id, residence_address, exempt, status, due_on)
     SELECT gen_random_uuid(), l.number || '-B' || floor(random() * 1e6)::int, l.member_id, l.workplace_organization_id, l.issued_on + 30, l.signer_name, l.to_ward_id, NULL, l.residence_address, l.exempt, 'ISSUED', l.due_on + 30
     FROM introduction_letter l WHERE l.status = 'ASSIGNED' ORDER BY l.id DESC LIMIT 2`,
    `DELETE FROM introduction_letter WHERE id IN (SELECT id FROM introduction_letter WHERE number LIKE '%-B%' ORDER BY id LIMIT 1)`,
  ],
  residenceCommittee: [
    `UPDATE residence_registration SET status = 'ENDED', ended_on = assigned_on + 40, end_reason = 'MOVED' WHERE id IN (SELECT id FROM residence_registration WHERE status = 'ACTIVE' ORDER BY id LIMIT 5)`,
    `UPDATE meeting_attendance SET status = 'ABSENT' WHERE (meeting_id, member_id) IN (SELECT meeting_id, member_id FROM meeting_attendance WHERE status = 'PRESENT' ORDER BY 1, 2 LIMIT 7)`,
    `DELETE FROM meeting_attendance WHERE (meeting_id, member_id) IN (SELECT meeting_id, member_id FROM meeting_attendance ORDER BY 2, 1 LIMIT 3)`,
    `UPDATE meeting SET held_on = held_on + 45 WHERE id IN (SELECT id FROM meeting WHERE kind = 'SEMI_ANNUAL_TWO_WAY' ORDER BY id LIMIT 2)`,
    `INSERT INTO meeting (id, organization_id, kind, held_on) SELECT gen_random_uuid(), organization_id, 'SEMI_ANNUAL_TWO_WAY', DATE '2026-06-15' FROM meeting ORDER BY id LIMIT 1`,
    // The workplace's word on members (issue 13): exemption moves the figures, a workplace cell moves the reach.
    `UPDATE member_standing SET residence_duty = 'EXEMPT' WHERE member_id IN (SELECT member_id FROM meeting_attendance WHERE status IN ('ABSENT', 'EXCUSED') ORDER BY 1 LIMIT 6)`,
    `UPDATE member_standing SET workplace_cell_id = (SELECT workplace_cell_id FROM member_standing ORDER BY member_id DESC LIMIT 1) WHERE member_id IN (SELECT member_id FROM member_standing ORDER BY member_id LIMIT 3)`,
    `UPDATE residence_registration SET activity = 'OFFICIAL' WHERE id IN (SELECT id FROM residence_registration WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 2)`,
    `DELETE FROM member_standing WHERE member_id IN (SELECT member_id FROM member_standing WHERE residence_duty = 'EXEMPT' ORDER BY 1 LIMIT 1)`,
  ],
  evaluation: [
    `UPDATE comment_request SET status = 'WAIVED' WHERE id IN (SELECT id FROM comment_request WHERE status = 'SENT' ORDER BY id LIMIT 4)`,
    `UPDATE comment_request SET due_on = due_on + 20 WHERE id IN (SELECT request_id FROM comment_form ORDER BY id LIMIT 3)`,
    `UPDATE annual_review SET rating = 'NOT_COMPLETED' WHERE id IN (SELECT id FROM annual_review WHERE rating = 'GOOD' ORDER BY id LIMIT 3)`,
    `DELETE FROM annual_review WHERE id IN (SELECT id FROM annual_review ORDER BY id DESC LIMIT 2)`,
  ],
};

/** Rows a projection lacks or has too many of, against its definition. */
async function projectionDifferences(url: string): Promise<Record<string, number>> {
  const names = (await queryRows<{ name: string }>(url, 'SELECT name FROM projection ORDER BY name')).map((r) => r.name);
  const out: Record<string, number> = {};
  for (const name of names) {
    const [{ n }] = (await queryRows<{ n: number }>(url, `SELECT ((SELECT count(*) FROM (SELECT * FROM ${name}_source EXCEPT ALL SELECT * FROM ${name}) a) + (SELECT count(*) FROM (SELECT * FROM ${name} EXCEPT ALL SELECT * FROM ${name}_source) b))::int AS n`)) as [{ n: number }];
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
      for (const change of CHANGES[key]) {
        const [{ n }] = (await withClient(databases[key], async (client) => [{ n: (await client.query(change)).rowCount }])) as [{ n: number }];
        expect({ change, n: n > 0 }).toEqual({ change, n: true });
        expect({ change, ...(await differences()) }).toMatchObject({ change, missing: 0, extra: 0 });
        expect({ change, ...(await projectionDifferences(databases[key])) }).toEqual({ change, ...Object.fromEntries(Object.keys(projections).map((name) => [name, 0])) });
      }
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

async function differences(url: string) {
  return (await queryRows<{ missing: number; extra: number }>(url, DIFFERENCES))[0]!;
}

async function waiting(url: string, pid: number): Promise<boolean> {
  return (await queryRows<{ n: number }>(url, 'SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND NOT granted', [pid]))[0]!.n > 0;
}
