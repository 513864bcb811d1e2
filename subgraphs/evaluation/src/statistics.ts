import type { OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/**
 * All keys' figures in one pass over the requests, forms and reviews of every
 * node any key covers. A request belongs to a node by the asking workplace cell
 * (wn) or by the residential cell or ward asked (rn); a review by its workplace
 * cell or by its comment's cell.
 */
const FIGURES = `
  WITH keys AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[]) AS k(idx, from_day, to_day)),
  km AS (SELECT * FROM unnest($4::int[], $5::uuid[]) AS km(idx, org_id)),
  requests AS MATERIALIZED (
    SELECT r.id, COALESCE(r.cell_id, r.ward_id) AS rn, r.workplace_cell_id AS wn, r.due_on, r.status, f.returned_on, f.signed_on, f.recommendation
    FROM comment_request r LEFT JOIN comment_form f ON f.request_id = r.id
    WHERE r.cell_id = ANY($6::uuid[]) OR r.ward_id = ANY($6::uuid[]) OR r.workplace_cell_id = ANY($6::uuid[])),
  matched_ids AS (SELECT km.idx, q.id FROM km JOIN requests q ON q.rn = km.org_id
                  UNION SELECT km.idx, q.id FROM km JOIN requests q ON q.wn = km.org_id),
  matched AS (SELECT m.idx, q.* FROM matched_ids m JOIN requests q ON q.id = m.id),
  request_figures AS (
    SELECT m.idx,
      count(*) FILTER (WHERE m.due_on BETWEEN k.from_day AND k.to_day AND m.status NOT IN ('WAIVED', 'CANCELLED')) AS due,
      count(*) FILTER (WHERE m.due_on BETWEEN k.from_day AND k.to_day AND m.status NOT IN ('WAIVED', 'CANCELLED') AND m.returned_on <= m.due_on) AS on_time,
      count(*) FILTER (WHERE m.signed_on BETWEEN k.from_day AND k.to_day AND m.recommendation = 'COMMEND') AS commend,
      count(*) FILTER (WHERE m.signed_on BETWEEN k.from_day AND k.to_day AND m.recommendation = 'NONE') AS no_recommendation,
      count(*) FILTER (WHERE m.signed_on BETWEEN k.from_day AND k.to_day AND m.recommendation = 'CONSIDER_ACTION') AS consider_action
    FROM matched m JOIN keys k ON k.idx = m.idx GROUP BY m.idx),
  reviews AS MATERIALIZED (
    SELECT v.id, v.workplace_cell_id AS wn, f.cell_id AS rn, v.rating, v.decided_on
    FROM annual_review v LEFT JOIN comment_form f ON f.id = v.comment_form_id
    WHERE v.workplace_cell_id = ANY($6::uuid[])
    UNION ALL
    SELECT v.id, v.workplace_cell_id, f.cell_id, v.rating, v.decided_on
    FROM comment_form f JOIN annual_review v ON v.comment_form_id = f.id
    WHERE f.cell_id = ANY($6::uuid[]) AND NOT (v.workplace_cell_id = ANY($6::uuid[]))),
  reviews_matched_ids AS (SELECT km.idx, v.id FROM km JOIN reviews v ON v.rn = km.org_id
                          UNION SELECT km.idx, v.id FROM km JOIN reviews v ON v.wn = km.org_id),
  reviews_matched AS (SELECT m.idx, v.* FROM reviews_matched_ids m JOIN reviews v ON v.id = m.id),
  review_figures AS (
    SELECT m.idx,
      count(*) FILTER (WHERE m.decided_on BETWEEN k.from_day AND k.to_day AND m.rating = 'EXCELLENT') AS excellent,
      count(*) FILTER (WHERE m.decided_on BETWEEN k.from_day AND k.to_day AND m.rating = 'GOOD') AS good,
      count(*) FILTER (WHERE m.decided_on BETWEEN k.from_day AND k.to_day AND m.rating = 'COMPLETED') AS completed,
      count(*) FILTER (WHERE m.decided_on BETWEEN k.from_day AND k.to_day AND m.rating = 'NOT_COMPLETED') AS not_completed
    FROM reviews_matched m JOIN keys k ON k.idx = m.idx GROUP BY m.idx)
  SELECT k.idx, q.due, q.on_time, q.commend, q.no_recommendation, q.consider_action, v.excellent, v.good, v.completed, v.not_completed
  FROM keys k LEFT JOIN request_figures q ON q.idx = k.idx LEFT JOIN review_figures v ON v.idx = k.idx`;

export function createEvaluationStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, FIGURES);
}

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  __resolveReference: (ref) => ({ organizationId: ref.organizationId, period: ref.period }),
  commentsDue: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.due ?? 0,
  commentsReturnedOnTime: async (key, _args, ctx) => (await ctx.loaders.statistics.load(key))?.figures.on_time ?? 0,
  commentsReturnedOnTimeRate: async (key, _args, ctx) => {
    const figures = (await ctx.loaders.statistics.load(key))?.figures;
    return share(figures?.on_time, figures?.due);
  },
  recommendations: async (key, _args, ctx) => {
    const f = (await ctx.loaders.statistics.load(key))?.figures ?? {};
    return { commend: f.commend ?? 0, none: f.no_recommendation ?? 0, considerAction: f.consider_action ?? 0 };
  },
  ratings: async (key, _args, ctx) => {
    const f = (await ctx.loaders.statistics.load(key))?.figures ?? {};
    return { excellent: f.excellent ?? 0, good: f.good ?? 0, completed: f.completed ?? 0, notCompleted: f.not_completed ?? 0 };
  },
};
