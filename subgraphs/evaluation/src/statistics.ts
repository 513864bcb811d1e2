import { inScope, type OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share, type KeyPlaceholders } from '@twoway/subgraph-runtime';
import { requestInScope } from './repositories/oversight.repository.js';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/**
 * One key's figures. A request belongs to a node by the asking workplace cell,
 * or by the residential cell or ward asked; a review by its workplace cell or
 * by its comment's cell.
 */
const figuresFor = ({ scope, from, to }: KeyPlaceholders) => `
  WITH reviews AS MATERIALIZED (
    SELECT v.rating FROM annual_review v WHERE v.decided_on BETWEEN ${from} AND ${to}
      AND v.id IN (SELECT id FROM annual_review WHERE ${inScope('workplace_cell_id', scope)}
                   UNION SELECT v2.id FROM annual_review v2 JOIN comment_form f2 ON f2.id = v2.comment_form_id WHERE ${inScope('f2.cell_id', scope)})),
  requests AS MATERIALIZED (
    SELECT r.due_on, r.status, f.returned_on, f.signed_on, f.recommendation
    FROM comment_request r LEFT JOIN comment_form f ON f.request_id = r.id
    WHERE ${requestInScope('r', 'EITHER', scope)})
  SELECT
    count(*) FILTER (WHERE due_on BETWEEN ${from} AND ${to} AND status NOT IN ('WAIVED', 'CANCELLED')) AS due,
    count(*) FILTER (WHERE due_on BETWEEN ${from} AND ${to} AND status NOT IN ('WAIVED', 'CANCELLED') AND returned_on <= due_on) AS on_time,
    count(*) FILTER (WHERE signed_on BETWEEN ${from} AND ${to} AND recommendation = 'COMMEND') AS commend,
    count(*) FILTER (WHERE signed_on BETWEEN ${from} AND ${to} AND recommendation = 'NONE') AS no_recommendation,
    count(*) FILTER (WHERE signed_on BETWEEN ${from} AND ${to} AND recommendation = 'CONSIDER_ACTION') AS consider_action,
    (SELECT count(*) FROM reviews WHERE rating = 'EXCELLENT') AS excellent,
    (SELECT count(*) FROM reviews WHERE rating = 'GOOD') AS good,
    (SELECT count(*) FROM reviews WHERE rating = 'COMPLETED') AS completed,
    (SELECT count(*) FROM reviews WHERE rating = 'NOT_COMPLETED') AS not_completed
  FROM requests`;

export function createEvaluationStatisticsLoader(dataSource: DataSource, organizations: OrganizationLoaders) {
  return createStatisticsLoader(dataSource, organizations, figuresFor);
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
