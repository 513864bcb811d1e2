import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { coversOutsideSubtreeSql, createOrganizationLoaders, resolveScopes, scopeIdsSql } from '@twoway/org-tree';
import { fixedClock } from '@twoway/platform';
import { createAccess } from '@twoway/subgraph-runtime';
import { PreparingClient, queryRows, withClient } from '@twoway/persistence';
import { createTestDatabase, dropTestDatabase } from '../support/databases.js';
import { nodesCovered } from '../support/demo-dataset.js';
import { membersReached } from '../support/personal-data.js';
import { TEST_INSTANT } from '../support/test-day.js';

/**
 * What an ended node covers beyond its subtree, on a reform of the shape the 2025 one had at its finest: two
 * districts abolished, an old ward of each merged into one new ward, and of that ward's cells one taking over an
 * old cell of the first district, one taking over an old cell of the second, one new (nobody's successor), and one
 * reorganised inside the new ward since (ended, naming its sibling). Each district covers the new ward and its
 * cells, except the cell that took over the other district's old cell; the lists' scope (ids and path forms alike)
 * and the access of an official of the district agree.
 */
describe('the scope of a node ended with a successor', () => {
  let url: string;
  const id: Record<string, string> = {};
  const paths: Record<string, string> = {};
  const depths: Record<string, number> = {};

  beforeAll(async () => {
    url = await createTestDatabase('residenceCommittee');
    const [province] = await queryRows<{ id: string; path: string; depth: number }>(url,
      `SELECT id, path, depth FROM organization_unit WHERE kind = 'PROVINCE' ORDER BY path LIMIT 1`);
    // name: [kind, parent, valid from, valid to, successor]
    const nodes: Record<string, [string, string | null, string, string | null, string | null]> = {
      d1: ['DISTRICT', null, '2000-01-01', '2025-06-30', 'w'],
      a: ['WARD', 'd1', '2000-01-01', '2025-06-30', 'w'],
      a1: ['RESIDENTIAL_CELL', 'a', '2000-01-01', '2025-06-30', 'c1'],
      d2: ['DISTRICT', null, '2000-01-01', '2025-06-30', 'w'],
      b: ['WARD', 'd2', '2000-01-01', '2025-06-30', 'w'],
      b1: ['RESIDENTIAL_CELL', 'b', '2000-01-01', '2025-06-30', 'c3'],
      w: ['WARD', null, '2025-07-01', null, null],
      c1: ['RESIDENTIAL_CELL', 'w', '2025-07-01', null, null],
      c2: ['RESIDENTIAL_CELL', 'w', '2025-07-01', null, null],
      c3: ['RESIDENTIAL_CELL', 'w', '2025-07-01', null, null],
      c4: ['RESIDENTIAL_CELL', 'w', '2025-07-01', '2026-03-31', 'c5'],
      c5: ['RESIDENTIAL_CELL', 'w', '2026-04-01', null, null],
    };
    for (const name of Object.keys(nodes)) id[name] = randomUUID();
    await withClient(url, async (client) => {
      await client.query('BEGIN');
      for (const [name, [kind, parent, from, to, successor]] of Object.entries(nodes)) {
        paths[name] = `${parent ? paths[parent]! : province!.path}${id[name]}/`;
        depths[name] = (parent ? depths[parent]! : province!.depth) + 1;
        await client.query(
          `INSERT INTO organization_unit (id, parent_id, kind, name, path, depth, valid_from, valid_to, successor_id, owner, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'residence-committee', 1)`,
          [id[name], parent ? id[parent] : province!.id, kind, `Thử ${name}`, paths[name], depths[name], from, to, successor ? id[successor] : null]);
      }
      await client.query('COMMIT');
    });
  });

  afterAll(async () => {
    if (url) await dropTestDatabase(url);
  });

  const names = (ids: Iterable<string>) => [...new Set(ids)].map((nodeId) => Object.keys(id).find((name) => id[name] === nodeId) ?? 'other').sort();
  const EXPECTED: Record<string, string[]> = {
    d1: ['a', 'a1', 'c1', 'c2', 'c4', 'c5', 'd1', 'w'],
    d2: ['b', 'b1', 'c2', 'c3', 'c4', 'c5', 'd2', 'w'],
    a: ['a', 'a1', 'c1', 'c2', 'c4', 'c5', 'w'],
    a1: ['a1', 'c1'],
    w: ['c1', 'c2', 'c3', 'c4', 'c5', 'w'],
    c4: ['c4', 'c5'],
  };

  it('covers the successors\' subtrees, less what another node handed on, as ids and from the path alike', async () => {
    await withClient(url, async (client) => {
      const runner = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows };
      const asked = Object.keys(EXPECTED);
      const scopes = await resolveScopes(runner, asked.map((name) => paths[name]!));
      const byPath = async (name: string) =>
        (await client.query<{ id: string }>(`SELECT id FROM organization_unit WHERE id IN (${scopeIdsSql('$1::text')})`, [paths[name]])).rows.map((row) => row.id);
      const covers = async (name: string) =>
        (await client.query<{ covers: boolean }>(`SELECT ${coversOutsideSubtreeSql('$1::text')} AS covers`, [paths[name]])).rows[0]!.covers;
      const tree = await runner.query(`SELECT id, path, successor_id AS "successorId" FROM organization_unit`) as { id: string; path: string; successorId: string | null }[];
      for (const [i, name] of asked.entries()) {
        // The tests' own reading of the rule (the e2e tests' expectations) says the same.
        expect({ name, ids: names(nodesCovered(tree, tree.find((n) => n.id === id[name])!)) }).toEqual({ name, ids: EXPECTED[name] });
        expect({ name, ids: names(scopes[i]!.ids!), outside: scopes[i]!.outside }).toEqual({ name, ids: EXPECTED[name], outside: name !== 'w' });
        expect({ name, ids: names(await byPath(name)) }).toEqual({ name, ids: EXPECTED[name] });
        expect({ name, covers: await covers(name) }).toEqual({ name, covers: name !== 'w' });
      }
      // The province's reform stayed inside it: its scope is its subtree, nothing more.
      const [province] = await runner.query(`SELECT path FROM organization_unit WHERE id = (SELECT parent_id FROM organization_unit WHERE id = $1)`, [id.w]);
      expect(await runner.query(`SELECT ${coversOutsideSubtreeSql('$1::text')} AS covers`, [province.path])).toEqual([{ covers: false }]);
    });
  });

  it('resolves scopes and checks reach on plans kept for the session, as the services prepare them', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1, Client: PreparingClient });
    try {
      const dataSource = { query: async (text: string, values?: unknown[]) => (await pool.query(text, values)).rows } as unknown as DataSource;
      for (let request = 0; request < 8; request += 1) {
        expect((await resolveScopes(dataSource, [paths.w!]))[0]!.outside).toBe(false);
        const access = createAccess({
          principal: { subject: 'test', role: 'OVERSIGHT', organizationId: id.w!, memberId: null, name: null, grants: [] },
          dataSource, organizations: createOrganizationLoaders(dataSource), clock: fixedClock(TEST_INSTANT), requestId: randomUUID(),
        });
        expect(await access.readable.loadMany([randomUUID()])).toEqual([false]);
      }
      // Both bind arrays (boundArray): bound bare, PostgreSQL planned them afresh at every execution.
      const plans = (await pool.query<{ statement: string; generic: number; custom: number }>(
        `SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements`)).rows;
      const of = (fragment: string) => plans.filter((plan) => plan.statement.includes(fragment)).map(({ generic, custom }) => ({ generic, custom }));
      expect(of('AS p(path, idx)')).toEqual([{ generic: 3, custom: 5 }]);
      expect(of('ARRAY(SELECT reached.id')).toEqual([{ generic: 3, custom: 5 }]);
    } finally {
      await pool.end();
    }
  });

  it('lets an official of the abolished district read the nodes and members it covers, and no others', async () => {
    const [one, two, three, four] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await queryRows(url, `INSERT INTO member_reach (member_id, node_id) VALUES ($1, $4), ($2, $5), ($3, $6), ($7, $8)`, [one, two, three, id.c2, id.c3, id.c5, four, id.a1]);
    await withClient(url, async (client) => {
      const dataSource = { query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows } as unknown as DataSource;
      const access = createAccess({
        principal: { subject: 'test', role: 'OVERSIGHT', organizationId: id.d1!, memberId: null, name: null, grants: [] },
        dataSource, organizations: createOrganizationLoaders(dataSource), clock: fixedClock(TEST_INSTANT), requestId: randomUUID(),
      });
      expect(await access.readable.loadMany([one, two, three])).toEqual([true, false, true]);
      const readable = async (names: string[]) => Promise.all(names.map((name) => access.mayReadNode(id[name]!)));
      expect(await readable(['d1', 'a1', 'w', 'c1', 'c2', 'c5', 'c3', 'b', 'd2'])).toEqual([true, true, true, true, true, true, false, false, false]);
      expect(names(await access.outside())).toEqual(['c1', 'c2', 'c4', 'c5', 'w']);
      // A later batch of the request, once the scope is known, is checked against it (in the subtree: four;
      // outside it: one and three) and answers the same.
      access.readable.clearAll();
      expect(await access.readable.loadMany([one, two, three, four])).toEqual([true, false, true, true]);
    });
    // A check that its subtree answers reads nothing outside it: one statement, which never looks for the successors outside it.
    await withClient(url, async (client) => {
      const sent: string[] = [];
      const dataSource = { query: async (text: string, values?: unknown[]) => { sent.push(text); return (await client.query(text, values)).rows; } } as unknown as DataSource;
      const access = createAccess({
        principal: { subject: 'test', role: 'OVERSIGHT', organizationId: id.d1!, memberId: null, name: null, grants: [] },
        dataSource, organizations: createOrganizationLoaders(dataSource), clock: fixedClock(TEST_INSTANT), requestId: randomUUID(),
      });
      expect(await access.readable.loadMany([four])).toEqual([true]);
      expect(await access.mayReadNode(id.a1!)).toBe(true);
      expect(sent.filter((text) => text.includes('e.successor_id IS NOT NULL'))).toEqual([]);
      // One outside it (three, at c5) needs them, once for the request.
      expect(await access.readable.loadMany([three, two])).toEqual([true, false]);
      expect(await access.mayReadNode(id.c2!)).toBe(true);
      expect(sent.filter((text) => text.includes('e.successor_id IS NOT NULL'))).toHaveLength(1);
      // A node decided once is answered at once for the rest of the request, even without its path.
      expect(await access.mayReadNode(id.c3!)).toBe(false);
      expect([access.nodeAllowedNow({ id: id.c2! }), access.nodeAllowedNow({ id: id.c3! }), access.nodeAllowedNow({ id: id.b! })]).toEqual([true, false, undefined]);
    });
    // The personal-data tests' reading of the reach agrees, for officials of every node asked.
    for (const name of Object.keys(EXPECTED)) {
      const reached = await membersReached(url, id[name]!);
      expect({ name, reached: [one, two, three].map((member) => reached.has(member)) })
        .toEqual({ name, reached: [EXPECTED[name]!.includes('c2'), EXPECTED[name]!.includes('c3'), EXPECTED[name]!.includes('c5')] });
    }
  });
});
