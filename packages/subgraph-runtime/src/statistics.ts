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
 * periods asked. `sql` continues a WITH clause that defines
 *   k(scope, from_day, to_day, idx)  the keys, and
 *   km(idx, from_day, to_day, org_id) one row per key and node it covers,
 * so that each figure is an equi-join on the record's organisation id grouped
 * by `idx` (hashable, index-friendly); it returns one row per `idx`.
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
        `WITH k AS (SELECT * FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS k(scope, from_day, to_day, idx)),
              km AS MATERIALIZED (SELECT k.idx, k.from_day, k.to_day, unnest(string_to_array(k.scope, ',')::uuid[]) AS org_id FROM k WHERE k.scope <> '')
              ${sql}`,
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
    if (key === 'idx') continue;
    out[key] = value === null ? null : Number(value);
  }
  return out;
}

/** A share, or null when there is nothing to divide by. */
export const share = (part: number | null | undefined, whole: number | null | undefined): number | null =>
  whole ? (part ?? 0) / whole : null;
