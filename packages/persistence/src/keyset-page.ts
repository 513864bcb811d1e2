import type { DataSource, EntityManager } from 'typeorm';

type Runner = Pick<DataSource | EntityManager, 'query'>;

export type SortOrder = 'ASC' | 'DESC';

/** A list as SQL: a SELECT yielding `id` and a text `sort_key`, with its positional parameters. */
export interface ListQuery {
  sql: string;
  parameters: unknown[];
}

/**
 * One page of a list and its total in one statement, whatever the page size:
 * the list is computed once (a materialised CTE) for both. Keyset pagination on
 * (sort_key, id), so a page never skips or repeats rows while the list changes.
 * Returns the rows in order with their sort keys (for the cursors); load full
 * records for the ids with a DataLoader.
 */
export async function keysetPage<Extra extends Record<string, unknown> = Record<string, never>>(
  runner: Runner,
  list: ListQuery,
  page: { limit: number; after: [string, string] | null },
  order: SortOrder = 'ASC',
): Promise<{ rows: ({ id: string; sortKey: string } & Extra)[]; totalCount: number }> {
  const n = list.parameters.length;
  const comparison = order === 'ASC' ? '>' : '<';
  const after = page.after ? `AND (q.sort_key, q.id::text) ${comparison} ($${n + 1}, $${n + 2})` : '';
  const parameters = page.after ? [...list.parameters, page.after[0], page.after[1]] : list.parameters;
  // The total comes back with the first row; an empty page still needs it, hence the outer join.
  const rows = (await runner.query(
    `WITH list AS MATERIALIZED (${list.sql}), total AS (SELECT count(*)::int AS total_count FROM list)
     SELECT page.*, total.total_count FROM total LEFT JOIN LATERAL (
       SELECT q.*, q.id::text AS id FROM list q WHERE true ${after} ORDER BY q.sort_key ${order}, q.id::text ${order} LIMIT ${page.limit + 1}
     ) page ON true`,
    parameters,
  )) as ({ id: string | null; sort_key: string; total_count: number } & Record<string, unknown>)[];
  const totalCount = rows[0]?.total_count ?? 0;
  return {
    rows: rows
      .filter((row) => row.id !== null)
      .map(({ sort_key: sortKey, total_count: _total, ...rest }) => ({ ...rest, sortKey }) as { id: string; sortKey: string } & Extra),
    totalCount,
  };
}
