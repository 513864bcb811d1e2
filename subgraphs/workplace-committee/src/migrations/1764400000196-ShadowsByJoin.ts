import { migrationOf, redefineStatisticsFacts, rootOfPathSql, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { FIRST_ASSIGNED, MEMBER_HOME, WORKPLACE_STATISTICS } from './1764400000160-StatisticsRollup.js';

/**
 * The workplace's figures of 160, the same facts, with the shadow (the
 * residence node's province) read from the residence node's row joined once,
 * not by `root_of` called twice per member: the rebuild of a million members'
 * facts spent 9 of its 17 s in those calls (issue 15: a million loaded in
 * three minutes). A refresh of a few members joins their few rows by index.
 */
export const WORKPLACE_STATISTICS_SHADOWS_BY_JOIN: StatisticsRollupDefinition = {
  facts: `
    SELECT m.id AS source_id, f.node_id, f.shadow_node_id, f.measure::varchar(32) AS measure, true AS stock, f.starts_on, NULL::date AS ends_on
    FROM member m
${MEMBER_HOME}
    LEFT JOIN organization_unit home_unit ON home_unit.id = home.node_id
${FIRST_ASSIGNED}
    CROSS JOIN LATERAL (VALUES
      (home.node_id, NULL::uuid, 'members', GREATEST(m.admission_date, home.issued_on)),
      (home.node_id, NULL::uuid, 'assigned', GREATEST(m.admission_date, home.issued_on, first.assigned_on)),
      (m.workplace_cell_id, ${rootOfPathSql('home_unit.path')}, 'members', m.admission_date),
      (m.workplace_cell_id, ${rootOfPathSql('home_unit.path')}, 'assigned', GREATEST(m.admission_date, first.assigned_on))
    ) f(node_id, shadow_node_id, measure, starts_on)
    WHERE m.status = 'ACTIVE' AND f.node_id IS NOT NULL AND (f.measure = 'members' OR first.assigned_on IS NOT NULL)`,
  sources: WORKPLACE_STATISTICS.sources,
};

export const ShadowsByJoin1764400000196 = migrationOf('ShadowsByJoin1764400000196', {
  up: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS, WORKPLACE_STATISTICS_SHADOWS_BY_JOIN),
  down: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS_SHADOWS_BY_JOIN, WORKPLACE_STATISTICS),
});
