import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { coversOutsideSubtreeSql, coversTakenOverSql, outsideSubtreesSql, scopeIdsSql, type OrganizationLoaders } from '@twoway/org-tree';
import { prepared } from '@twoway/persistence';
import { parsePeriod, type Period } from '@twoway/platform';
import { isListMeasure } from './rollup.migration.js';

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
 * Whether a stock fact stands at the period's last day, or a flow fact falls in
 * the period, for rollup rows `r` and keys `k`; the lists' counts (by day, see
 * list-counts.ts) are not figures.
 */
const IN_PERIOD = `NOT ${isListMeasure('r.measure')} AND CASE WHEN r.stock THEN r.starts_month <= k.to_day AND (r.ends_month IS NULL OR r.ends_month > k.to_day)
             ELSE r.starts_month BETWEEN k.from_day AND k.to_day END`;

/**
 * Every key's figures in one statement, one row per key and measure. Bound with
 *   $1 idx int[], $2 from date[], $3 to date[], $4 node uuid[]   the keys (nodes this subgraph holds).
 *
 * A key whose scope is its subtree (nearly all: see coversOutsideSubtreeSql)
 * reads the counts kept at its node for the whole subtree
 * (statistics_subtree_rollup: a province's rows, not its 5,000 cells'). A
 * node asked for by several keys (a dashboard's 12 months) has its rows read
 * once: its stock facts as their changes by month (+n from the month a group
 * starts, -n from the month it ends), a day's count being the sum of the
 * changes up to it, and its flow facts as they are. A province's workplace
 * rows are some 22,800 groups of start and end months (each member counted at
 * the workplace until introduced at home): tested against each of 12 months,
 * 117 ms at a million members; as some 530 months of changes, 47 ms. A node
 * asked for once (a dashboard's children) tests its rows against its key, as
 * cheap as it gets for one key. A key whose subtree covers a successor outside
 * it (a district abolished in 2025, as of a day before) adds up the subtree
 * counts of its node and of those successors when its scope is exactly their
 * subtrees (outsideSubtreesSql: 30 abolished districts of Hà Nội, each over
 * some 90 nodes, read per node took 1.4 s), otherwise (a successor below which
 * a node took over from elsewhere) the per-node rollup over its scope
 * (scopeIdsSql), leaving out facts whose shadow the same scope covers.
 * Whether a key's subtree covers a successor outside it is worked out once
 * per node (`nodes`), not per key: a lookup per ended node of the subtree,
 * 409 for Hà Nội, which its 13 keys (a year and 12 months) paid 13 times
 * (8 of a province dashboard's 12 ms in the residence's statement).
 */
export const STATISTICS_FIGURES_SQL = prepared(`
  WITH nodes AS MATERIALIZED (
    SELECT o.id, o.path, ${coversOutsideSubtreeSql('o.path')} AS covers_outside FROM organization_unit o WHERE o.id = ANY($4::uuid[])),
  keys AS (
    SELECT k.*, n.path, n.covers_outside
    FROM unnest($1::int[], $2::date[], $3::date[], $4::uuid[]) AS k(idx, from_day, to_day, node_id)
    JOIN nodes n ON n.id = k.node_id),
  whole AS (SELECT k.idx FROM keys k WHERE k.covers_outside AND NOT ${coversTakenOverSql('k.path')}),
  tops AS (
    SELECT w.idx, k.node_id AS top FROM whole w JOIN keys k ON k.idx = w.idx
    UNION ALL
    SELECT w.idx, s.id FROM whole w JOIN keys k ON k.idx = w.idx CROSS JOIN LATERAL (${outsideSubtreesSql('k.path')}) s),
  km AS (SELECT k.idx, s.id AS org_id FROM keys k CROSS JOIN LATERAL (${scopeIdsSql('k.path')}) s
         WHERE k.covers_outside AND k.idx NOT IN (SELECT idx FROM whole)),
  repeated AS (SELECT node_id FROM keys WHERE NOT covers_outside GROUP BY node_id HAVING count(*) > 1),
  repeated_rows AS MATERIALIZED (
    SELECT r.node_id, r.measure, r.stock, r.starts_month, r.ends_month, r.n FROM statistics_subtree_rollup r
    WHERE r.node_id IN (SELECT node_id FROM repeated) AND NOT ${isListMeasure('r.measure')}),
  changes AS (
    SELECT node_id, measure, month, sum(n) AS n FROM (
      SELECT node_id, measure, starts_month AS month, n FROM repeated_rows WHERE stock
      UNION ALL
      SELECT node_id, measure, ends_month, -n FROM repeated_rows WHERE stock AND ends_month IS NOT NULL) c
    GROUP BY 1, 2, 3)
  SELECT k.idx, r.measure, sum(r.n)::int AS n
  FROM keys k JOIN statistics_subtree_rollup r ON r.node_id = k.node_id
  WHERE NOT k.covers_outside AND k.node_id NOT IN (SELECT node_id FROM repeated) AND ${IN_PERIOD}
  GROUP BY k.idx, r.measure
  UNION ALL
  SELECT k.idx, c.measure, sum(c.n)::int AS n
  FROM keys k JOIN changes c ON c.node_id = k.node_id AND c.month <= k.to_day
  GROUP BY k.idx, c.measure HAVING sum(c.n) <> 0
  UNION ALL
  SELECT k.idx, r.measure, sum(r.n)::int AS n
  FROM keys k JOIN repeated_rows r ON r.node_id = k.node_id AND NOT r.stock AND r.starts_month BETWEEN k.from_day AND k.to_day
  GROUP BY k.idx, r.measure
  UNION ALL
  SELECT k.idx, r.measure, sum(r.n)::int AS n
  FROM tops t JOIN keys k ON k.idx = t.idx JOIN statistics_subtree_rollup r ON r.node_id = t.top
  WHERE ${IN_PERIOD}
  GROUP BY k.idx, r.measure
  UNION ALL
  SELECT km.idx, r.measure, sum(r.n)::int AS n
  FROM (SELECT DISTINCT idx, org_id FROM km) km JOIN keys k ON k.idx = km.idx JOIN statistics_rollup r ON r.node_id = km.org_id
  WHERE ${IN_PERIOD}
    AND (r.shadow_node_id IS NULL OR (km.idx, r.shadow_node_id) NOT IN (SELECT idx, org_id FROM km))
  GROUP BY km.idx, r.measure`);

/** The parameters of STATISTICS_FIGURES_SQL for keys given by their periods and nodes (null: a node this subgraph does not hold, which covers nothing). */
export function statisticsFiguresParameters(periods: readonly Period[], nodes: readonly (string | null)[]): unknown[] {
  const keys = periods.map((period, i) => ({ idx: i + 1, period, node: nodes[i] })).filter((key) => key.node);
  return [keys.map((k) => k.idx), keys.map((k) => k.period.from), keys.map((k) => k.period.to), keys.map((k) => k.node)];
}

/**
 * Per-request loader of one subgraph's figures for many (organisation, period)
 * keys (a node and its children, or a time series): one statement for all of
 * them over the subgraph's pre-aggregated figures, whatever the size of the
 * subtrees. A figure is a measure of
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
      const rows = (await dataSource.query(STATISTICS_FIGURES_SQL, statisticsFiguresParameters(periods, known.map((unit) => unit?.id ?? null)))) as { idx: number; measure: string; n: number }[];
      const figures = keys.map((): StatisticsRow => ({}));
      for (const row of rows) figures[row.idx - 1]![row.measure] = row.n;
      return keys.map((_, i) => (known[i] ? { figures: figures[i]!, range: periods[i]! } : null));
    },
    { cacheKeyFn: (key) => `${key.organizationId}|${key.period}` },
  );
}
