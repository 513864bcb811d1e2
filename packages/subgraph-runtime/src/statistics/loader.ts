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

/** A share, or null when there is nothing to divide by. */
export const share = (part: number | null | undefined, whole: number | null | undefined): number | null =>
  whole ? (part ?? 0) / whole : null;

/**
 * Every key's figures in one statement over statistics_rollup (see
 * createStatisticsRollup): the counts of the nodes each key covers, for the
 * months of its period, one row per key and measure. Bound with
 *   $1 idx int[], $2 from date[], $3 to date[]   the keys,
 *   $4 idx int[], $5 node uuid[]                 one pair per key and node it covers,
 *   $6 uuid[]                                    every node any key covers.
 */
export const STATISTICS_FIGURES_SQL = `
  WITH keys AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[]) AS k(idx, from_day, to_day)),
  km AS (SELECT * FROM unnest($4::int[], $5::uuid[]) AS km(idx, org_id))
  SELECT km.idx, r.measure, sum(r.n)::int AS n
  FROM km JOIN keys k ON k.idx = km.idx JOIN statistics_rollup r ON r.node_id = km.org_id
  WHERE r.node_id = ANY($6::uuid[])
    AND CASE WHEN r.stock THEN r.starts_month <= k.to_day AND (r.ends_month IS NULL OR r.ends_month > k.to_day)
             ELSE r.starts_month BETWEEN k.from_day AND k.to_day END
    AND (r.shadow_node_id IS NULL OR (km.idx, r.shadow_node_id) NOT IN (SELECT idx, org_id FROM km))
  GROUP BY km.idx, r.measure`;

/**
 * The parameters of STATISTICS_FIGURES_SQL for keys given by their periods
 * and the node ids each covers (null: a node this subgraph does not know,
 * which covers nothing).
 */
export function statisticsFiguresParameters(periods: readonly Period[], covered: readonly (readonly string[] | null)[]): unknown[] {
  const pairs = covered.flatMap((ids, i) => (ids ?? []).map((id): [number, string] => [i + 1, id]));
  return [
    periods.map((_, i) => i + 1),
    periods.map((p) => p.from),
    periods.map((p) => p.to),
    pairs.map(([idx]) => idx),
    pairs.map(([, id]) => id),
    [...new Set(pairs.map(([, id]) => id))],
  ];
}

/**
 * Per-request loader of one subgraph's figures for many (organisation, period)
 * keys (a node and its children, or a time series): one statement for all of
 * them over the subgraph's pre-aggregated figures. A figure is a measure of
 * the subgraph's statistics_fact_source; one the rollup has no rows of is
 * absent.
 */
export function createStatisticsLoader(
  dataSource: DataSource,
  organizations: OrganizationLoaders,
): DataLoader<StatisticsKey, { figures: StatisticsRow; range: Period } | null, string> {
  return new DataLoader(
    async (keys) => {
      const units = await organizations.byId.loadMany(keys.map((k) => k.organizationId));
      const periods = keys.map((k) => parsePeriod(k.period));
      const known = keys.map((_, i) => (units[i] && !(units[i] instanceof Error) ? units[i] : null));
      const scopes = await organizations.scopeByPath.loadMany(known.map((unit) => unit?.path ?? '/-/'));
      const covered = scopes.map((ids, i) => (Array.isArray(ids) && known[i] ? ids : null));
      const rows = (await dataSource.query(STATISTICS_FIGURES_SQL, statisticsFiguresParameters(periods, covered))) as { idx: number; measure: string; n: number }[];
      const figures = keys.map((): StatisticsRow => ({}));
      for (const row of rows) figures[row.idx - 1]![row.measure] = row.n;
      return keys.map((_, i) => (known[i] ? { figures: figures[i]!, range: periods[i]! } : null));
    },
    { cacheKeyFn: (key) => `${key.organizationId}|${key.period}` },
  );
}
