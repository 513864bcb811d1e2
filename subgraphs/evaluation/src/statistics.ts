import { inScope, type OrganizationLoaders } from '@twoway/org-tree';
import { createStatisticsLoader, share, type KeyPlaceholders } from '@twoway/subgraph-runtime';
import { requestsInScope } from './repositories/oversight.repository.js';
import type { DataSource } from 'typeorm';
import type { OrganizationStatisticsResolvers } from './generated/resolvers-types.js';

/**
 * One key's figures. A request belongs to a node by the asking workplace cell,
 * or by the residential cell or ward asked; a review by its workplace cell or
 * by its comment's cell.
 */
const figuresFor = ({ scope, from, to }: KeyPlaceholders) => {
  const requestInNode = `r.id IN (${requestsInScope('EITHER', scope)})`;
  return `SELECT due.*, rec.*, rat.* FROM
  (SELECT count(*) AS due, count(*) FILTER (WHERE f.returned_on IS NOT NULL AND f.returned_on <= r.due_on) AS on_time
     FROM comment_request r LEFT JOIN comment_form f ON f.request_id = r.id
     WHERE r.due_on BETWEEN ${from} AND ${to} AND r.status NOT IN ('WAIVED', 'CANCELLED') AND ${requestInNode}) due,
  (SELECT count(*) FILTER (WHERE f.recommendation = 'COMMEND') AS commend,
          count(*) FILTER (WHERE f.recommendation = 'NONE') AS no_recommendation,
          count(*) FILTER (WHERE f.recommendation = 'CONSIDER_ACTION') AS consider_action
     FROM comment_form f JOIN comment_request r ON r.id = f.request_id
     WHERE f.signed_on BETWEEN ${from} AND ${to} AND ${requestInNode}) rec,
  (SELECT count(*) FILTER (WHERE v.rating = 'EXCELLENT') AS excellent, count(*) FILTER (WHERE v.rating = 'GOOD') AS good,
          count(*) FILTER (WHERE v.rating = 'COMPLETED') AS completed, count(*) FILTER (WHERE v.rating = 'NOT_COMPLETED') AS not_completed
     FROM annual_review v
     WHERE v.decided_on BETWEEN ${from} AND ${to}
       AND v.id IN (SELECT id FROM annual_review WHERE ${inScope('workplace_cell_id', scope)}
                    UNION SELECT v2.id FROM annual_review v2 JOIN comment_form f2 ON f2.id = v2.comment_form_id WHERE ${inScope('f2.cell_id', scope)})) rat`;
};

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
