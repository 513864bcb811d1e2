import { groupedBy } from './batching.js';

/** Whatever runs a statement and answers its rows: a TypeORM data source or entity manager, a wrapped pg client. */
export interface SqlRunner {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

export type SortOrder = 'ASC' | 'DESC';

/**
 * A list as SQL: a SELECT yielding `id` and a text `sort_key`, with its
 * positional parameters, read in `order` unless the caller chooses (ascending
 * when the list does not say).
 */
export interface ListQuery {
  sql: string;
  parameters: unknown[];
  order?: SortOrder;
}

/**
 * Which page of a list to read: `limit` rows after the cursor's (sort key, id),
 * in `order` (the list's own when absent).
 */
export interface KeysetPageRequest {
  limit: number;
  after: [string, string] | null;
  order?: SortOrder | null;
}

/** A row of a page: its id and sort key (for its cursor), and whatever else the list selected. */
export type KeysetRow<Extra extends Record<string, unknown> = Record<never, never>> = { id: string; sortKey: string } & Extra;

/** One page of a list: up to `limit + 1` rows in order (the extra one only tells that more follow), and the list's total. */
export interface KeysetRows<Row> {
  rows: Row[];
  totalCount: number;
}

/**
 * The statement of a page and its total, the list computed once (a
 * materialised CTE) for both. Keyset pagination on (sort_key, id), so a page
 * never skips or repeats rows while the list changes. `grouped`: the list is
 * many lists told apart by a `list_key` column, whose keys are the array in $1;
 * one page and one total for each (a lateral page per key).
 */
export function keysetPageSql(list: ListQuery, page: KeysetPageRequest, grouped = false): { text: string; values: unknown[] } {
  const n = list.parameters.length;
  const order = page.order ?? list.order ?? 'ASC';
  const comparison = order === 'ASC' ? '>' : '<';
  const after = page.after ? `AND (q.sort_key, q.id::text) ${comparison} ($${n + 1}, $${n + 2})` : '';
  const values = page.after ? [...list.parameters, page.after[0], page.after[1]] : list.parameters;
  const total = grouped
    ? `SELECT k.list_key, count(q.id)::int AS total_count FROM unnest($1::text[]) AS k(list_key) LEFT JOIN list q ON q.list_key::text = k.list_key GROUP BY k.list_key`
    : 'SELECT count(*)::int AS total_count FROM list';
  // The total comes back with the first row; an empty page still needs it, hence the outer join.
  return {
    text: `WITH list AS MATERIALIZED (${list.sql}), total AS (${total})
     SELECT page.*, ${grouped ? 'total.list_key, ' : ''}total.total_count FROM total LEFT JOIN LATERAL (
       SELECT q.*, q.id::text AS id FROM list q WHERE ${grouped ? 'q.list_key::text = total.list_key' : 'true'} ${after} ORDER BY q.sort_key ${order}, q.id::text ${order} LIMIT ${page.limit + 1}
     ) page ON true`,
    values,
  };
}

type PageRow = { id: string | null; sort_key: string; total_count: number; list_key?: string } & Record<string, unknown>;

/** The rows of a page as the caller sees them: sort key renamed, the bookkeeping columns left out. */
function rowsOfPage<Row>(rows: PageRow[]): Row[] {
  return rows
    .filter((row) => row.id !== null)
    .map(({ sort_key: sortKey, total_count: _total, list_key: _list, ...rest }) => ({ ...rest, sortKey }) as Row);
}

/**
 * One page of a list and its total in one statement, whatever the page size.
 * Returns the rows in order with their sort keys (for the cursors); load full
 * records for the ids with a DataLoader.
 */
export async function keysetPage<Extra extends Record<string, unknown> = Record<never, never>>(
  runner: SqlRunner,
  list: ListQuery,
  page: KeysetPageRequest,
): Promise<KeysetRows<KeysetRow<Extra>>> {
  const { text, values } = keysetPageSql(list, page, false);
  const rows = (await runner.query(text, values)) as PageRow[];
  return { rows: rowsOfPage(rows), totalCount: rows[0]?.total_count ?? 0 };
}

/**
 * A list too long to compute whole for each page (a province's tens of
 * thousands of absentees), whose total is kept counted elsewhere (issue 15):
 * the page is read in order straight from the parts' indexes, and the total
 * from the counts, so a province costs what a ward does.
 */
export interface CountedListQuery {
  /**
   * The list as the parts whose union it is: each a SELECT of `id` (uuid) and
   * `sort_value` (of type `sortType`), in their own types so that the order
   * and the cursor's comparison can walk an index on them. Each part is read
   * on its own, ordered and limited, then the parts' first rows merged.
   */
  parts: string[];
  /** Common table expressions the parts and the total may read (`name AS MATERIALIZED (…)`, comma-separated): what both need, computed once. */
  with?: string;
  /** The type of `sort_value`; its text is the row's sort key, as a materialised list's `sort_key` (`date`: YYYY-MM-DD). */
  sortType: 'date';
  /**
   * A SELECT of one row, `total_count` int, on the same parameters: the list's
   * total, or NULL where the counts cannot answer (the caller then reads the
   * list whole).
   */
  total: string;
  parameters: unknown[];
  order?: SortOrder;
}

/**
 * One page of a counted list and its total, in one statement; null when its
 * total says the counts cannot answer. The same rows, sort keys and cursors as
 * the list read whole: its parts' `sort_value::text` and `id::text` order as
 * the values do (ISO dates, lower-case uuids).
 */
export async function countedKeysetPage<Extra extends Record<string, unknown> = Record<never, never>>(
  runner: SqlRunner,
  list: CountedListQuery,
  page: KeysetPageRequest,
): Promise<KeysetRows<KeysetRow<Extra>> | null> {
  const { text, values } = countedKeysetPageSql(list, page);
  const rows = (await runner.query(text, values)) as (PageRow & { sort_value?: unknown })[];
  if (rows[0]?.total_count == null) return null;
  return { rows: rowsOfPage<KeysetRow<Extra>>(rows.map(({ sort_value: _value, ...row }) => row)), totalCount: rows[0].total_count };
}

/** The statement of countedKeysetPage: each part's first rows from its index, merged; the total from the counts. */
export function countedKeysetPageSql(list: CountedListQuery, page: KeysetPageRequest): { text: string; values: unknown[] } {
  const n = list.parameters.length;
  const order = page.order ?? list.order ?? 'ASC';
  const after = page.after ? `WHERE (p.sort_value, p.id) ${order === 'ASC' ? '>' : '<'} ($${n + 1}::${list.sortType}, $${n + 2}::uuid)` : '';
  const values = page.after ? [...list.parameters, page.after[0], page.after[1]] : list.parameters;
  const limit = page.limit + 1;
  const parts = list.parts.map((part) => `(SELECT p.* FROM (${part}) p ${after} ORDER BY p.sort_value ${order}, p.id ${order} LIMIT ${limit})`);
  return {
    text: `WITH ${list.with ? `${list.with}, ` : ''}total AS (${list.total})
     SELECT page.*, total.total_count FROM total LEFT JOIN LATERAL (
       SELECT q.*, q.id::text AS id, q.sort_value::text AS sort_key FROM (${parts.join(' UNION ALL ')}) q
       ORDER BY q.sort_value ${order}, q.id ${order} LIMIT ${limit}
     ) page ON total.total_count IS NOT NULL`,
    values,
  };
}

/**
 * The same page (size, cursor, order) of each of many lists of one kind (each
 * member's letters, each document's history) and their totals, in one
 * statement. `list` yields, besides `id` and `sort_key`, `list_key`: the list
 * a row belongs to; its first parameter is the array of list keys asked for.
 * Answers in the order of `listKeys`.
 */
export async function keysetPages<Extra extends Record<string, unknown> = Record<never, never>>(
  runner: SqlRunner,
  list: ListQuery,
  listKeys: readonly string[],
  page: KeysetPageRequest,
): Promise<KeysetRows<KeysetRow<Extra>>[]> {
  const { text, values } = keysetPageSql(list, page, true);
  const rows = (await runner.query(text, values)) as PageRow[];
  const byList = groupedBy(rows, (row) => row.list_key!);
  return listKeys.map((key) => {
    const found = byList.get(key) ?? [];
    return { rows: rowsOfPage(found), totalCount: found[0]?.total_count ?? 0 };
  });
}
