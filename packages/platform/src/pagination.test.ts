import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE, encodeCursor, readPage, toConnection } from './pagination.js';

const isPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
}

describe('pagination', () => {
  it('round-trips a cursor to its sort key', () => {
    const page = readPage({ first: 10, after: encodeCursor(['2026-01-01', 'abc']) }, isPair);
    expect(page).toEqual({ limit: 10, after: ['2026-01-01', 'abc'] });
  });

  it('refuses page sizes outside 1..100 with a code', () => {
    expect(codeOf(() => readPage({ first: 0 }, isPair))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(codeOf(() => readPage({ first: MAX_PAGE_SIZE + 1 }, isPair))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(readPage({ first: MAX_PAGE_SIZE }, isPair).limit).toBe(MAX_PAGE_SIZE);
  });

  it('refuses cursors that are not ours', () => {
    expect(codeOf(() => readPage({ after: 'not-base64-json' }, isPair))).toBe('INVALID_CURSOR');
    expect(codeOf(() => readPage({ after: encodeCursor({ id: 1 }) }, isPair))).toBe('INVALID_CURSOR');
  });

  it('tells a next page from the extra row', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const connection = toConnection(rows, 2, 7, (r) => [r.k, r.k]);
    expect(connection.edges.map((e) => e.node.k)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.totalCount).toBe(7);
    expect(readPage({ after: connection.pageInfo.endCursor }, isPair).after).toEqual(['b', 'b']);
    expect(toConnection(rows.slice(0, 2), 2, 2, (r) => [r.k, r.k]).pageInfo.hasNextPage).toBe(false);
  });
});
