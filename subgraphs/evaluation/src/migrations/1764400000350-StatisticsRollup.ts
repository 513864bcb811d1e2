import { createStatisticsRollup, dropStatisticsRollup, migrationOf, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';

/**
 * Evaluation's figures (see createStatisticsRollup), each counted at the
 * residential node (the cell, or the ward asked) and at the asking workplace
 * cell, the latter shadowing the residence's province so a province counts a
 * record once:
 * - per comment request, by its due day: `due` (unless waived or cancelled)
 *   and `on_time` (returned by then); by its form's signing day, the
 *   recommendation (`commend`, `no_recommendation`, `consider_action`);
 * - per annual review, by its decision day: its rating (`excellent`, `good`,
 *   `completed`, `not_completed`), at the workplace cell and the commenting cell.
 */
/** A comment request's measures (`f`), of the request `r` and its form `c`: which apply, and on which day. */
export const REQUEST_MEASURES = `    CROSS JOIN LATERAL (VALUES
      ('due', r.due_on, r.status NOT IN ('WAIVED', 'CANCELLED')),
      ('on_time', r.due_on, r.status NOT IN ('WAIVED', 'CANCELLED') AND c.returned_on <= r.due_on),
      ('commend', c.signed_on, c.recommendation = 'COMMEND'),
      ('no_recommendation', c.signed_on, c.recommendation = 'NONE'),
      ('consider_action', c.signed_on, c.recommendation = 'CONSIDER_ACTION')
    ) f(measure, on_day, applies)`;

export const EVALUATION_STATISTICS: StatisticsRollupDefinition = {
  facts: `
    SELECT r.id AS source_id, n.node_id, n.shadow_node_id, f.measure::varchar(32) AS measure, false AS stock, f.on_day AS starts_on, NULL::date AS ends_on
    FROM comment_request r
    LEFT JOIN comment_form c ON c.request_id = r.id
    CROSS JOIN LATERAL (VALUES (COALESCE(r.cell_id, r.ward_id), NULL::uuid), (r.workplace_cell_id, root_of(COALESCE(r.cell_id, r.ward_id)))) n(node_id, shadow_node_id)
${REQUEST_MEASURES}
    WHERE f.applies AND n.node_id IS NOT NULL
    UNION ALL
    SELECT v.id, n.node_id, n.shadow_node_id, lower(v.rating)::varchar(32), false, v.decided_on, NULL
    FROM annual_review v
    LEFT JOIN comment_form c ON c.id = v.comment_form_id
    CROSS JOIN LATERAL (VALUES (c.cell_id, NULL::uuid), (v.workplace_cell_id, root_of(c.cell_id))) n(node_id, shadow_node_id)
    WHERE v.rating IS NOT NULL AND v.decided_on IS NOT NULL AND n.node_id IS NOT NULL`,
  sources: [
    { table: 'comment_request', affected: 'SELECT id FROM changed' },
    { table: 'comment_form', affected: 'SELECT request_id FROM changed UNION ALL SELECT v.id FROM annual_review v WHERE v.comment_form_id IN (SELECT id FROM changed)' },
    { table: 'annual_review', affected: 'SELECT id FROM changed' },
  ],
};

export const StatisticsRollup1764400000350 = migrationOf('StatisticsRollup1764400000350', {
  up: (queryRunner) => createStatisticsRollup(queryRunner, EVALUATION_STATISTICS),
  down: (queryRunner) => dropStatisticsRollup(queryRunner, EVALUATION_STATISTICS),
});
