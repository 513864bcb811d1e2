import type { OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share } from '@twoway/subgraph-runtime';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/**
 * Each figure: the records of the nodes a key covers (km), grouped by key. A
 * request belongs to a node by the asking workplace cell, or by the residential
 * cell or ward asked; a review by its workplace cell or by its comment's cell.
 */
const FIGURES = `,
  requests AS (
    SELECT DISTINCT km.idx, km.from_day, km.to_day, r.id, r.due_on FROM km JOIN comment_request r ON r.workplace_cell_id = km.org_id
    UNION SELECT km.idx, km.from_day, km.to_day, r.id, r.due_on FROM km JOIN comment_request r ON r.cell_id = km.org_id
    UNION SELECT km.idx, km.from_day, km.to_day, r.id, r.due_on FROM km JOIN comment_request r ON r.ward_id = km.org_id),
  due AS (SELECT q.idx, count(*) AS due, count(*) FILTER (WHERE f.returned_on IS NOT NULL AND f.returned_on <= q.due_on) AS on_time
          FROM requests q JOIN comment_request r ON r.id = q.id LEFT JOIN comment_form f ON f.request_id = q.id
          WHERE q.due_on BETWEEN q.from_day AND q.to_day AND r.status NOT IN ('WAIVED', 'CANCELLED') GROUP BY q.idx),
  rec AS (SELECT q.idx, count(*) FILTER (WHERE f.recommendation = 'COMMEND') AS commend,
                 count(*) FILTER (WHERE f.recommendation = 'NONE') AS no_recommendation,
                 count(*) FILTER (WHERE f.recommendation = 'CONSIDER_ACTION') AS consider_action
          FROM requests q JOIN comment_form f ON f.request_id = q.id WHERE f.signed_on BETWEEN q.from_day AND q.to_day GROUP BY q.idx),
  reviews AS (
    SELECT km.idx, v.id, v.rating FROM km JOIN annual_review v ON v.workplace_cell_id = km.org_id WHERE v.decided_on BETWEEN km.from_day AND km.to_day
    UNION SELECT km.idx, v.id, v.rating FROM km JOIN comment_form f ON f.cell_id = km.org_id JOIN annual_review v ON v.comment_form_id = f.id
          WHERE v.decided_on BETWEEN km.from_day AND km.to_day),
  rat AS (SELECT idx, count(*) FILTER (WHERE rating = 'EXCELLENT') AS excellent, count(*) FILTER (WHERE rating = 'GOOD') AS good,
                 count(*) FILTER (WHERE rating = 'COMPLETED') AS completed, count(*) FILTER (WHERE rating = 'NOT_COMPLETED') AS not_completed
          FROM reviews GROUP BY idx)
  SELECT k.idx, due.due, due.on_time, rec.commend, rec.no_recommendation, rec.consider_action, rat.excellent, rat.good, rat.completed, rat.not_completed
  FROM k LEFT JOIN due ON due.idx = k.idx LEFT JOIN rec ON rec.idx = k.idx LEFT JOIN rat ON rat.idx = k.idx`;

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
