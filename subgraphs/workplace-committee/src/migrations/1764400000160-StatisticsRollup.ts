import { createStatisticsRollup, dropStatisticsRollup, migrationOf, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';

/**
 * The workplace's figures, one source per member (see createStatisticsRollup):
 * an active member is known
 * - at their workplace cell from admission, and
 * - at the residential cell or ward of their latest open introduction letter
 *   from its issue (a member lives in one place: a second open letter is a
 *   disagreement the oversight lists show, not a second home);
 * `assigned` from the first day a ward assigned them a cell, as well.
 * The workplace-cell facts shadow the residence node's province, so a province
 * counts a member once.
 */
/** The member `m`'s home (`home`): the node and issue day of their latest open introduction letter. */
export const MEMBER_HOME = `    LEFT JOIN LATERAL (
      SELECT COALESCE(l.to_cell_id, l.to_ward_id) AS node_id, l.issued_on FROM introduction_letter l
      WHERE l.member_id = m.id AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')
      ORDER BY l.issued_on DESC, l.id DESC LIMIT 1) home ON true`;

/** The first day a ward assigned the member `m` a cell (`first.assigned_on`). */
export const FIRST_ASSIGNED = `    LEFT JOIN LATERAL (
      SELECT min(l.assigned_on) AS assigned_on FROM introduction_letter l WHERE l.member_id = m.id AND l.status = 'ASSIGNED') first ON true`;

export const WORKPLACE_STATISTICS: StatisticsRollupDefinition = {
  facts: `
    SELECT m.id AS source_id, f.node_id, f.shadow_node_id, f.measure::varchar(32) AS measure, true AS stock, f.starts_on, NULL::date AS ends_on
    FROM member m
${MEMBER_HOME}
${FIRST_ASSIGNED}
    CROSS JOIN LATERAL (VALUES
      (home.node_id, NULL::uuid, 'members', GREATEST(m.admission_date, home.issued_on)),
      (home.node_id, NULL::uuid, 'assigned', GREATEST(m.admission_date, home.issued_on, first.assigned_on)),
      (m.workplace_cell_id, root_of(home.node_id), 'members', m.admission_date),
      (m.workplace_cell_id, root_of(home.node_id), 'assigned', GREATEST(m.admission_date, first.assigned_on))
    ) f(node_id, shadow_node_id, measure, starts_on)
    WHERE m.status = 'ACTIVE' AND f.node_id IS NOT NULL AND (f.measure = 'members' OR first.assigned_on IS NOT NULL)`,
  sources: [
    { table: 'member', affected: 'SELECT id FROM changed' },
    { table: 'introduction_letter', affected: 'SELECT member_id FROM changed' },
  ],
};

export const StatisticsRollup1764400000160 = migrationOf('StatisticsRollup1764400000160', {
  up: (queryRunner) => createStatisticsRollup(queryRunner, WORKPLACE_STATISTICS),
  down: (queryRunner) => dropStatisticsRollup(queryRunner, WORKPLACE_STATISTICS),
});
