import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { encodeCursor } from '@twoway/platform';
import type { KeysetPageRequest } from '@twoway/persistence';
import { listConnection, listOf, listPagesLoader, type ListSource } from './lists.js';

type Row = { id: string; sortKey: string };

/** A list of rows already in order, read as the database would: after the cursor, `limit + 1` rows, and the total. */
function listOfRows(rows: Row[], asked: KeysetPageRequest[] = []): ListSource<Row> {
  return async (page) => {
    asked.push(page);
    const start = page.after ? rows.findIndex((row) => row.sortKey === page.after![0] && row.id === page.after![1]) + 1 : 0;
    return { rows: rows.slice(start, start + page.limit + 1), totalCount: rows.length };
  };
}

const rows: Row[] = ['a', 'b', 'c', 'd', 'e'].map((key, i) => ({ id: `id-${i}`, sortKey: key }));

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
}

describe('listConnection: a page of a list, the one way every list field is served', () => {
  it('pages through a list with cursors of (sort key, id), telling whether more follow', async () => {
    const first = await listConnection({ first: 2 }, listOfRows(rows), (row) => ({ node: row.id }));
    expect(first.edges.map((e) => e.node)).toEqual(['id-0', 'id-1']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b', 'id-1']) });
    expect(first.totalCount).toBe(5);
    const last = await listConnection({ first: 2, after: encodeCursor(['d', 'id-3']) }, listOfRows(rows), (row) => ({ node: row.id }));
    expect(last.edges).toEqual([{ node: 'id-4', cursor: encodeCursor(['e', 'id-4']) }]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['e', 'id-4']) });
  });

  it('asks the list for the page: size, decoded cursor, and the order only when the caller chose one', async () => {
    const asked: KeysetPageRequest[] = [];
    await listConnection({ first: 3, after: encodeCursor(['b', 'id-1']), order: 'DESC' }, listOfRows(rows, asked), (row) => ({ node: row }));
    await listConnection({}, listOfRows(rows, asked), (row) => ({ node: row }));
    expect(asked).toEqual([{ limit: 3, after: ['b', 'id-1'], order: 'DESC' }, { limit: 50, after: null, order: null }]);
  });

  it('keeps what the edge builder adds next to the node', async () => {
    const page = await listConnection({ first: 1 }, listOfRows(rows), async (row) => ({ node: row.id, deadline: row.sortKey }));
    expect(page.edges).toEqual([{ node: 'id-0', deadline: 'a', cursor: encodeCursor(['a', 'id-0']) }]);
  });

  it('refuses a page size out of range or a cursor of another list, before reading anything', async () => {
    const asked: KeysetPageRequest[] = [];
    expect(await codeOf(() => listConnection({ first: 101 }, listOfRows(rows, asked), (row) => ({ node: row })))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(await codeOf(() => listConnection({ after: encodeCursor({ id: 1 }) }, listOfRows(rows, asked), (row) => ({ node: row })))).toBe('INVALID_CURSOR');
    expect(asked).toEqual([]);
  });
});

describe('listPagesLoader: the same page of many lists in one statement', () => {
  /** A runner that answers keysetPages' statement from lists kept in memory, and counts statements. */
  function runnerOf(lists: Record<string, Row[]>) {
    const statements: unknown[][] = [];
    return {
      statements,
      async query(_text: string, values?: unknown[]) {
        statements.push(values ?? []);
        const [keys, ...rest] = values as [string[], ...unknown[]];
        const limit = 2;
        return keys.flatMap((key): Record<string, unknown>[] => {
          const all = lists[key] ?? [];
          const after = rest.length === 2 ? all.findIndex((row) => row.sortKey === rest[0] && row.id === rest[1]) + 1 : 0;
          const page = all.slice(after, after + limit + 1);
          const bookkeeping = { list_key: key, total_count: all.length };
          return page.length === 0 ? [{ id: null, sort_key: null, ...bookkeeping }] : page.map((row) => ({ id: row.id, sort_key: row.sortKey, extra: 'x', ...bookkeeping }));
        });
      },
    };
  }
  const lists = { m1: rows.slice(0, 3), m2: rows.slice(3), m3: [] };

  it('reads the lists asked with the same page together, each answered in its own order', async () => {
    const runner = runnerOf(lists);
    const loader = listPagesLoader<{ extra: string }>(runner, (keys) => ({ sql: 'lists of $1', parameters: [keys] }));
    const page = { limit: 2, after: null };
    const [m1, m2, m3] = await Promise.all(['m1', 'm2', 'm3'].map((key) => listOf(loader, key)(page)));
    expect(runner.statements).toEqual([[['m1', 'm2', 'm3']]]);
    expect(m1).toEqual({ rows: rows.slice(0, 3).map((row) => ({ ...row, extra: 'x' })), totalCount: 3 });
    expect(m2!.totalCount).toBe(2);
    expect(m3).toEqual({ rows: [], totalCount: 0 });
  });

  it('reads one statement per distinct page, and never the lists it withholds', async () => {
    const runner = runnerOf(lists);
    const loader = listPagesLoader(runner, (keys) => ({ sql: 'lists of $1', parameters: [keys] }), async (keys) => keys.map((key) => key !== 'm2'));
    const [m1, m2, later] = await Promise.all([
      loader.load({ listKey: 'm1', page: { limit: 2, after: null } }),
      loader.load({ listKey: 'm2', page: { limit: 2, after: null } }),
      loader.load({ listKey: 'm1', page: { limit: 2, after: ['a', 'id-0'] } }),
    ]);
    expect(runner.statements).toEqual([[['m1']], [['m1'], 'a', 'id-0']]);
    expect(m1!.rows.map((row) => row.id)).toEqual(['id-0', 'id-1', 'id-2']);
    expect(m2).toEqual({ rows: [], totalCount: 0 });
    expect(later!.rows.map((row) => row.id)).toEqual(['id-1', 'id-2']);
  });
});
