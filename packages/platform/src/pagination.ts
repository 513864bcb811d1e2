/**
 * The page arguments and cursors of every list: `first` bounded by
 * MAX_PAGE_SIZE, opaque `after` cursors, the connection's shape. Subgraphs
 * serve a list with `listConnection` (@twoway/subgraph-runtime), which reads
 * the page with these.
 */
import { ErrorCode, codedError } from './errors.js';

/** Largest page any list field returns; callers ask for up to this many. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page<TKey> {
  limit: number;
  after: TKey | null;
}

/** Validates `first` and decodes the opaque `after` cursor into its sort key. */
export function readPage<TKey>(request: PageRequest, isKey: (value: unknown) => value is TKey): Page<TKey> {
  const limit = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw codedError(ErrorCode.PAGE_SIZE_OUT_OF_RANGE, {
      vi: `"first" phải từ 1 đến ${MAX_PAGE_SIZE}`,
      en: `"first" must be between 1 and ${MAX_PAGE_SIZE}`,
    }, {
      argument: 'first',
      maxPageSize: MAX_PAGE_SIZE,
    });
  }
  if (request.after == null) return { limit, after: null };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(request.after, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!isKey(decoded)) throw codedError(ErrorCode.INVALID_CURSOR, { vi: '"after" không phải là con trỏ của danh sách này', en: '"after" is not a cursor from this list' }, { argument: 'after' });
  return { limit, after: decoded };
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Builds a connection from `limit + 1` fetched rows: the extra row only tells
 * whether there is a next page.
 */
export function toConnection<TNode>(
  rows: TNode[],
  limit: number,
  totalCount: number,
  keyOf: (node: TNode) => unknown,
): Connection<TNode> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** A connection with nothing in it (what a principal sees of a list it may not read). */
export function emptyConnection<TNode>(): Connection<TNode> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/** The cursor key of keyset lists: [sort key, id]. */
export function isKeysetKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
}
