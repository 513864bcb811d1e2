import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { coversOutsideSubtreeSql, resolveScopes, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { countedKeysetPage, keysetPage, queryRows, withClient, type CountedListQuery, type KeysetPageRequest, type ListQuery, type SqlRunner } from '@twoway/persistence';
import * as residenceLists from '../../../subgraphs/residence-committee/src/repositories/oversight.repository.js';
import * as evaluationLists from '../../../subgraphs/evaluation/src/repositories/oversight.repository.js';
import { createTestDatabases, dropTestDatabases, type TestDatabases } from '../support/databases.js';
import { CHANGES, LIST_CHANGES, TREE_CHANGES } from '../support/record-changes.js';
import { TEST_DAY } from '../support/test-day.js';

type Node = Pick<OrganizationUnit, 'id' | 'path'>;

/** A list kept as counts, both ways: counted (a province's way) and read whole from its records (a ward's). */
interface CountedList {
  name: string;
  counted: (node: Node, day: string) => CountedListQuery;
  fromRecords: (scope: Scope, day: string) => ListQuery;
}

const LISTS = {
  residenceCommittee: [
    { name: 'absentees', counted: residenceLists.absentFromLastTwoMeetingsCounted, fromRecords: residenceLists.absentFromLastTwoMeetingsQuery },
  ],
  evaluation: (['EITHER', 'RESIDENCE', 'WORKPLACE'] as const).map((side) => ({
    name: `overdue requests (${side})`,
    counted: (node: Node, day: string) => evaluationLists.overdueRequestsCounted(node, day, side),
    fromRecords: (scope: Scope, day: string) => evaluationLists.overdueRequestsQuery(scope, day, side),
  })),
} satisfies Partial<Record<keyof TestDatabases, CountedList[]>>;

type Key = keyof typeof LISTS;

/** The days compared: the test day, days before it (where records after the day are judged from the records), and one after. */
const DAYS = [TEST_DAY, '2026-11-22', '2025-06-30', '2026-12-25'];

/** A page's rows as compared: id and sort key (the cursor's parts). */
const keys = (rows: { id: string; sortKey: string }[]) => rows.map((row) => `${row.sortKey} ${row.id}`);

/** A list read page by page to its end, in `order`, and the total each page gave. */
async function pages(read: (page: KeysetPageRequest) => Promise<{ rows: { id: string; sortKey: string }[]; totalCount: number } | null>, order: 'ASC' | 'DESC', limit: number) {
  const rows: string[] = [];
  const totals = new Set<number>();
  let after: [string, string] | null = null;
  for (;;) {
    const page = await read({ limit, after, order });
    if (!page) return null;
    totals.add(page.totalCount);
    rows.push(...keys(page.rows.slice(0, limit)));
    if (page.rows.length <= limit) return { rows, totals: [...totals] };
    const last = page.rows[limit - 1]!;
    after = [last.sortKey, last.id];
  }
}

/**
 * Every node's list on every day, counted and read from the records: the
 * same total, the same rows in the same order, whole and page by page (the
 * cursors of one read the other's way). Where the counts cannot answer (a
 * scope covering a node outside its subtree), the counted read says so, and
 * only there. Answers what differs, and how many lists held rows. `walkPages`:
 * also page by page (slow: a statement per two rows).
 */
async function listDifferences(url: string, lists: CountedList[], { walkPages }: { walkPages: boolean }): Promise<{ differences: string[]; listsWithRows: number; notCounted: number }> {
  const nodes = await queryRows<Node & { covers_outside: boolean }>(url, `SELECT o.id, o.path, ${coversOutsideSubtreeSql('o.path')} AS covers_outside FROM organization_unit o ORDER BY o.path`);
  const differences: string[] = [];
  let listsWithRows = 0;
  let notCounted = 0;
  await withClient(url, async (client) => {
    const runner: SqlRunner = { query: async (text, values) => (await client.query(text, values)).rows };
    const scopes = await resolveScopes(runner, nodes.map((node) => node.path));
    for (const [i, node] of nodes.entries()) {
      for (const list of lists) {
        for (const day of DAYS) {
          const where = `${list.name} at ${node.path} on ${day}`;
          const whole = await keysetPage(runner, list.fromRecords(scopes[i]!, day), { limit: 10_000, after: null });
          const counted = await countedKeysetPage(runner, list.counted(node, day), { limit: 10_000, after: null });
          if (!counted) {
            notCounted += 1;
            if (!node.covers_outside) differences.push(`${where}: not counted`);
            continue;
          }
          if (node.covers_outside) differences.push(`${where}: counted, though its scope covers a node outside its subtree`);
          if (counted.totalCount !== whole.totalCount) differences.push(`${where}: total ${counted.totalCount}, from the records ${whole.totalCount}`);
          if (keys(counted.rows).join() !== keys(whole.rows).join()) differences.push(`${where}: rows differ`);
          if (whole.totalCount > 0) listsWithRows += 1;
          // Page by page, both orders, on the lists of a few rows and more (the cursors do not depend on the change).
          if (walkPages && whole.totalCount > 2 && day === TEST_DAY) {
            for (const order of ['ASC', 'DESC'] as const) {
              const fromRecords = await pages((page) => keysetPage(runner, list.fromRecords(scopes[i]!, day), page), order, 2);
              const byCounts = await pages((page) => countedKeysetPage(runner, list.counted(node, day), page), order, 2);
              if (JSON.stringify(byCounts) !== JSON.stringify(fromRecords)) differences.push(`${where}: pages ${order} differ`);
            }
          }
        }
      }
    }
  });
  return { differences, listsWithRows, notCounted };
}

describe('oversight lists kept as counts (issue 15)', () => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await createTestDatabases();
  });
  afterAll(async () => {
    if (databases) await dropTestDatabases(databases);
  });

  it.each(Object.keys(LISTS) as Key[])('%s: the counted lists equal the lists read from the records, after the demo data, changes of every kind and a rebuild', async (key) => {
    const url = databases[key];
    const lists: CountedList[] = LISTS[key];
    const before = await listDifferences(url, lists, { walkPages: true });
    expect(before.differences).toEqual([]);
    expect(before.listsWithRows).toBeGreaterThan(10);
    for (const change of [...CHANGES[key], ...(LIST_CHANGES[key] ?? [])]) {
      const [{ n }] = (await withClient(url, async (client) => [{ n: (await client.query(change)).rowCount }])) as [{ n: number }];
      expect({ change, changed: n > 0 }).toEqual({ change, changed: true });
      expect({ change, ...(await listDifferences(url, lists, { walkPages: false })) }).toMatchObject({ change, differences: [] });
    }
    for (const change of TREE_CHANGES) await queryRows(url, change);
    const afterTree = await listDifferences(url, lists, { walkPages: true });
    expect(afterTree.differences).toEqual([]);
    // A node whose scope reaches outside its subtree is read from the records.
    expect(afterTree.notCounted).toBeGreaterThan(0);
    // A bulk load rebuilds the projections, and the counts with them.
    await queryRows(url, 'SELECT rebuild_projections()');
    expect((await listDifferences(url, lists, { walkPages: true })).differences).toEqual([]);
  }, 300_000);
});
