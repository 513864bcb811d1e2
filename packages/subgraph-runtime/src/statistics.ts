import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { parsePeriod, type Period } from '@twoway/platform';

/** The key of the OrganizationStatistics entity every subgraph adds its figures to. */
export interface StatisticsKey {
  organizationId: string;
  period: string;
}

export type StatisticsRow = Record<string, number | null>;

/**
 * Per-request loader of one subgraph's figures for many (organisation, period)
 * keys: one SQL statement for all of them, whatever the number of children or
 * periods asked. `sql` receives the keys as `k(scope, from_day, to_day, idx)`
 * from `unnest($1, $2, $3) WITH ORDINALITY` (use KEY_SCOPE for the node ids a
 * key covers) and returns one row per `idx`.
 */
export function createStatisticsLoader(
  dataSource: DataSource,
  organizations: OrganizationLoaders,
  sql: string,
): DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string> {
  return new DataLoader(
    async (keys) => {
      const units = await organizations.byId.loadMany(keys.map((k) => k.organizationId));
      const periods = keys.map((k) => parsePeriod(k.period));
      const known = keys.map((_, i) => units[i] && !(units[i] instanceof Error) ? units[i] : null);
      const scopes = await organizations.scopeByPath.loadMany(known.map((unit) => unit?.path ?? '/-/'));
      const joined = scopes.map((ids) => (Array.isArray(ids) ? ids.join(',') : ''));
      const rows = (await dataSource.query(
        `SELECT * FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS k(scope, from_day, to_day, idx), LATERAL (${sql}) figures ORDER BY k.idx`,
        [joined, periods.map((p) => p.from), periods.map((p) => p.to)],
      )) as (StatisticsRow & { idx: string })[];
      const byIndex = new Map(rows.map((row) => [Number(row.idx), row]));
      return keys.map((_, i) => (known[i] ? { figures: numbers(byIndex.get(i + 1) ?? {}), range: periods[i]! } : null));
    },
    { cacheKeyFn: (key) => `${key.organizationId}|${key.period}` },
  );
}

function numbers(row: Record<string, unknown>): StatisticsRow {
  const out: StatisticsRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (['scope', 'from_day', 'to_day', 'idx'].includes(key)) continue;
    out[key] = value === null ? null : Number(value);
  }
  return out;
}

/** In a statistics query: the ids of the nodes the current key covers. */
export const KEY_SCOPE = `string_to_array(k.scope, ',')::uuid[]`;

/** A share, or null when there is nothing to divide by. */
export const share = (part: number | null | undefined, whole: number | null | undefined): number | null =>
  whole ? (part ?? 0) / whole : null;
