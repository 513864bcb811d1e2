import type { DataSource, EntityManager } from 'typeorm';

type Runner = Pick<DataSource | EntityManager, 'query'>;

export type SortOrder = 'ASC' | 'DESC';

/** A list as SQL: a SELECT yielding `id` and a text `sort_key`, with its positional parameters. */
export interface ListQuery {
  sql: string;
  parameters: unknown[];
}

/**
 * One page of a list and its total, in two statements whatever the page size:
 * keyset pagination on (sort_key, id), so a page never skips or repeats rows
 * while the list changes. Returns the rows in order with their sort keys (for
 * the cursors); load full records for the ids with a DataLoader.
 */
export async function keysetPage<Extra extends Record<string, unknown> = Record<string, never>>(
  runner: Runner,
  list: ListQuery,
  page: { limit: number; after: [string, string] | null },
  order: SortOrder = 'ASC',
): Promise<{ rows: ({ id: string; sortKey: string } & Extra)[]; totalCount: number }> {
  const n = list.parameters.length;
  const comparison = order === 'ASC' ? '>' : '<';
  const after = page.after ? `WHERE (q.sort_key, q.id::text) ${comparison} ($${n + 1}, $${n + 2})` : '';
  const parameters = page.after ? [...list.parameters, page.after[0], page.after[1]] : list.parameters;
  const [rows, [count]] = await Promise.all([
    runner.query(
      `SELECT q.*, q.id::text AS id FROM (${list.sql}) q ${after} ORDER BY q.sort_key ${order}, q.id::text ${order} LIMIT ${page.limit + 1}`,
      parameters,
    ) as Promise<({ id: string; sort_key: string } & Record<string, unknown>)[]>,
    runner.query(`SELECT count(*)::int AS total FROM (${list.sql}) q`, list.parameters) as Promise<{ total: number }[]>,
  ]);
  return {
    rows: rows.map(({ sort_key: sortKey, ...rest }) => ({ ...rest, sortKey }) as { id: string; sortKey: string } & Extra),
    totalCount: count?.total ?? 0,
  };
}
