import { migrationOf, redefineStatisticsFacts, rootOfPathSql, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { REQUEST_MEASURES } from './1764400000350-StatisticsRollup.js';
import { EVALUATION_STATISTICS_WITH_OVERDUE } from './1764400000396-OverdueRequestsCounted.js';

/**
 * Evaluation's figures and overdue counts of 396, the same facts, with the
 * shadow (the residence's province) read from the residential node's row
 * joined once, not by `root_of` called per request and per review: about two
 * million calls in the rebuild of a million members' facts (issue 15: a
 * million loaded in three minutes). A refresh of a few records joins their few
 * rows by index.
 */
export const EVALUATION_STATISTICS_SHADOWS_BY_JOIN: StatisticsRollupDefinition = {
  facts: `
    SELECT r.id AS source_id, n.node_id, n.shadow_node_id, f.measure::varchar(32) AS measure, false AS stock, f.on_day AS starts_on, NULL::date AS ends_on
    FROM comment_request r
    LEFT JOIN comment_form c ON c.request_id = r.id
    LEFT JOIN organization_unit home ON home.id = COALESCE(r.cell_id, r.ward_id)
    CROSS JOIN LATERAL (VALUES (COALESCE(r.cell_id, r.ward_id), NULL::uuid), (r.workplace_cell_id, ${rootOfPathSql('home.path')})) n(node_id, shadow_node_id)
${REQUEST_MEASURES}
    WHERE f.applies AND n.node_id IS NOT NULL
    UNION ALL
    SELECT v.id, n.node_id, n.shadow_node_id, lower(v.rating)::varchar(32), false, v.decided_on, NULL
    FROM annual_review v
    LEFT JOIN comment_form c ON c.id = v.comment_form_id
    LEFT JOIN organization_unit home ON home.id = c.cell_id
    CROSS JOIN LATERAL (VALUES (c.cell_id, NULL::uuid), (v.workplace_cell_id, ${rootOfPathSql('home.path')})) n(node_id, shadow_node_id)
    WHERE v.rating IS NOT NULL AND v.decided_on IS NOT NULL AND n.node_id IS NOT NULL
    UNION ALL
    SELECT r.id, n.node_id, n.shadow_node_id, n.measure, true, o.starts_on, r.returned_on
    FROM comment_request r
    LEFT JOIN organization_unit home ON home.id = COALESCE(r.cell_id, r.ward_id)
    CROSS JOIN LATERAL (SELECT greatest(r.due_on + 1, r.requested_on) AS starts_on) o
    CROSS JOIN LATERAL (VALUES
      ('list_overdue_residence', COALESCE(r.cell_id, r.ward_id), NULL::uuid),
      ('list_overdue_workplace', r.workplace_cell_id, NULL::uuid),
      ('list_overdue_elsewhere', r.workplace_cell_id, ${rootOfPathSql('home.path')})) n(measure, node_id, shadow_node_id)
    WHERE r.status NOT IN ('WAIVED', 'CANCELLED') AND n.node_id IS NOT NULL AND (r.returned_on IS NULL OR r.returned_on > o.starts_on)`,
  sources: EVALUATION_STATISTICS_WITH_OVERDUE.sources,
};

export const ShadowsByJoin1764400000397 = migrationOf('ShadowsByJoin1764400000397', {
  up: (queryRunner) => redefineStatisticsFacts(queryRunner, EVALUATION_STATISTICS_WITH_OVERDUE, EVALUATION_STATISTICS_SHADOWS_BY_JOIN),
  down: (queryRunner) => redefineStatisticsFacts(queryRunner, EVALUATION_STATISTICS_SHADOWS_BY_JOIN, EVALUATION_STATISTICS_WITH_OVERDUE),
});
