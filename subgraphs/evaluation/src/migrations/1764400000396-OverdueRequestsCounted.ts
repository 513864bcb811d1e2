import { migrationOf, redefineStatisticsFacts, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { EVALUATION_STATISTICS } from './1764400000350-StatisticsRollup.js';

/**
 * Evaluation's figures of 350, and the overdue requests list's counts (issue
 * 15: see list-counts.ts in @twoway/subgraph-runtime). A request not waived or
 * cancelled is overdue from the later of the day after it was due and the day
 * it was asked, until the day it was returned (or open), counted on each side
 * its list can be asked for:
 * - `list_overdue_residence` at the residential node (the cell, or the ward asked);
 * - `list_overdue_workplace` at the asking workplace cell;
 * - `list_overdue_elsewhere` at the workplace cell too, shadowed by the
 *   residence's province: with the residence's count, each request once for
 *   a node holding either side (`EITHER`), as the figures count it.
 */
export const EVALUATION_STATISTICS_WITH_OVERDUE: StatisticsRollupDefinition = {
  facts: `${EVALUATION_STATISTICS.facts}
    UNION ALL
    SELECT r.id, n.node_id, n.shadow_node_id, n.measure, true, o.starts_on, r.returned_on
    FROM comment_request r
    CROSS JOIN LATERAL (SELECT greatest(r.due_on + 1, r.requested_on) AS starts_on) o
    CROSS JOIN LATERAL (VALUES
      ('list_overdue_residence', COALESCE(r.cell_id, r.ward_id), NULL::uuid),
      ('list_overdue_workplace', r.workplace_cell_id, NULL::uuid),
      ('list_overdue_elsewhere', r.workplace_cell_id, root_of(COALESCE(r.cell_id, r.ward_id)))) n(measure, node_id, shadow_node_id)
    WHERE r.status NOT IN ('WAIVED', 'CANCELLED') AND n.node_id IS NOT NULL AND (r.returned_on IS NULL OR r.returned_on > o.starts_on)`,
  sources: EVALUATION_STATISTICS.sources,
};

/**
 * The overdue requests' counts, and the index a province's page of them is
 * read from in the list's order (due day, then id), replacing migration 390's,
 * which was led by the due day alone: a page after a cursor starts at the
 * cursor's entry.
 */
export const OverdueRequestsCounted1764400000396 = migrationOf('OverdueRequestsCounted1764400000396', {
  up: async (queryRunner) => {
    await redefineStatisticsFacts(queryRunner, EVALUATION_STATISTICS, EVALUATION_STATISTICS_WITH_OVERDUE);
    await queryRunner.query(`CREATE INDEX comment_request_unreturned_due_idx ON comment_request (due_on, id) INCLUDE (requested_on, workplace_organization_id, workplace_cell_id, ward_id, cell_id) WHERE ${UNRETURNED}`);
    await queryRunner.query(`DROP INDEX comment_request_unreturned_idx`);
  },
  down: async (queryRunner) => {
    await queryRunner.query(`CREATE INDEX comment_request_unreturned_idx ON comment_request (due_on) INCLUDE (id, requested_on, workplace_organization_id, workplace_cell_id, ward_id, cell_id) WHERE ${UNRETURNED}`);
    await queryRunner.query(`DROP INDEX comment_request_unreturned_due_idx`);
    await redefineStatisticsFacts(queryRunner, EVALUATION_STATISTICS_WITH_OVERDUE, EVALUATION_STATISTICS);
  },
});

const UNRETURNED = `returned_on IS NULL AND status NOT IN ('WAIVED', 'CANCELLED')`;
