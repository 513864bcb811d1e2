import { createStatisticsRollup, dropStatisticsRollup, migrationOf, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';

/**
 * The residence's figures (see createStatisticsRollup): a registration counts
 * as `registered` at its cell (or ward) from assignment until it ends; a
 * semi-annual two-way meeting counts once as held, and each attendance record
 * of it as `expected`, and as `attended` when the member came (present, late
 * or leaving early), at the node that kept it.
 */
export const RESIDENCE_STATISTICS: StatisticsRollupDefinition = {
  facts: `
    SELECT g.id AS source_id, g.organization_id AS node_id, NULL::uuid AS shadow_node_id, 'registered'::varchar(32) AS measure,
      true AS stock, g.assigned_on AS starts_on, g.ended_on AS ends_on
    FROM residence_registration g WHERE g.assigned_on IS NOT NULL
    UNION ALL
    SELECT m.id, m.organization_id, NULL, 'meetings', false, m.held_on, NULL FROM meeting m WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY'
    UNION ALL
    SELECT m.id, a.organization_id, NULL, f.measure, false, a.held_on, NULL
    FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
    CROSS JOIN LATERAL (VALUES ('expected', true), ('attended', a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY'))) f(measure, applies)
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY' AND f.applies`,
  sources: [
    { table: 'residence_registration', affected: 'SELECT id FROM changed' },
    { table: 'meeting', affected: 'SELECT id FROM changed' },
    { table: 'meeting_attendance', affected: 'SELECT meeting_id FROM changed' },
  ],
};

export const StatisticsRollup1764400000240 = migrationOf('StatisticsRollup1764400000240', {
  up: (queryRunner) => createStatisticsRollup(queryRunner, RESIDENCE_STATISTICS),
  down: (queryRunner) => dropStatisticsRollup(queryRunner, RESIDENCE_STATISTICS),
});
