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

function numbers(row: Record<string, unknown>): StatisticsRow {
  const out: StatisticsRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'idx' || key.startsWith('_')) continue;
    out[key] = value === null ? null : Number(value);
  }
  return out;
}

/** A share, or null when there is nothing to divide by. */
export const share = (part: number | null | undefined, whole: number | null | undefined): number | null =>
  whole ? (part ?? 0) / whole : null;

/**
 * Per-request loader of one subgraph's figures for many (organisation, period)
 * keys (a node and its children, or a time series): one SQL statement for all
 * of them, one pass over the records of every node any key covers, matched to
 * the keys by equi-joins on the node. `sql` is bound with
 *   $1 idx int[], $2 from date[], $3 to date[]   the keys,
 *   $4 idx int[], $5 node uuid[]                 one pair per key and node it covers,
 *   $6 uuid[]                                    every node any key covers,
 * and returns one row per `idx` (1-based).
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
      const known = keys.map((_, i) => (units[i] && !(units[i] instanceof Error) ? units[i] : null));
      const scopes = await organizations.scopeByPath.loadMany(known.map((unit) => unit?.path ?? '/-/'));
      const pairs: [number, string][] = scopes.flatMap((ids, i) => (Array.isArray(ids) && known[i] ? ids.map((id): [number, string] => [i + 1, id]) : []));
      const rows = (await dataSource.query(sql, [
        keys.map((_, i) => i + 1),
        periods.map((p) => p.from),
        periods.map((p) => p.to),
        pairs.map(([idx]) => idx),
        pairs.map(([, id]) => id),
        [...new Set(pairs.map(([, id]) => id))],
      ])) as (StatisticsRow & { idx: string })[];
      const byIndex = new Map(rows.map((row) => [Number(row.idx), row]));
      return keys.map((_, i) => (known[i] ? { figures: numbers(byIndex.get(i + 1) ?? {}), range: periods[i]! } : null));
    },
    { cacheKeyFn: (key) => `${key.organizationId}|${key.period}` },
  );
}
