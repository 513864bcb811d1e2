import { migrationOf, redefineStatisticsFacts, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { RESIDENCE_STATISTICS } from './1764400000240-StatisticsRollup.js';

/**
 * The residence's figures of 240, except that a member the workplace reports
 * EXEMPT or NOT_INTRODUCED (member_standing.residence_duty) is never expected
 * at a meeting: their entry counts (as expected and attended) only when they
 * came. Judged by the duty as last reported, as every list of the residence is.
 */
export const RESIDENCE_STATISTICS_WITH_DUTY: StatisticsRollupDefinition = {
  facts: residenceFactsWithDuty(),
  sources: [
    ...RESIDENCE_STATISTICS.sources,
    { table: 'member_standing', affected: 'SELECT a.meeting_id FROM meeting_attendance a WHERE a.member_id IN (SELECT member_id FROM changed)' },
  ],
};

/**
 * The facts of the definition above, counting the semi-annual meetings (`m`) that also meet `meetings`, an SQL
 * condition, when given (migration 299: those whose attendance was recorded), and their entries.
 */
export function residenceFactsWithDuty(meetings?: string): string {
  const also = meetings ? ` AND ${meetings}` : '';
  return `
    SELECT g.id AS source_id, g.organization_id AS node_id, NULL::uuid AS shadow_node_id, 'registered'::varchar(32) AS measure,
      true AS stock, g.assigned_on AS starts_on, g.ended_on AS ends_on
    FROM residence_registration g WHERE g.assigned_on IS NOT NULL
    UNION ALL
    SELECT m.id, m.organization_id, NULL, 'meetings', false, m.held_on, NULL FROM meeting m WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY'${also}
    UNION ALL
    SELECT m.id, a.organization_id, NULL, f.measure, false, a.held_on, NULL
    FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
    LEFT JOIN member_standing s ON s.member_id = a.member_id
    CROSS JOIN LATERAL (SELECT a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AS came) c
    CROSS JOIN LATERAL (VALUES
      ('expected', c.came OR s.residence_duty IS NULL OR s.residence_duty NOT IN ('EXEMPT', 'NOT_INTRODUCED')),
      ('attended', c.came)) f(measure, applies)
    WHERE m.kind = 'SEMI_ANNUAL_TWO_WAY'${also} AND f.applies`;
}

/** Recomputes the facts (and so the rollup, by its triggers) under the new definition. */
export const AttendanceExpectedOfDutyBound1764400000290 = migrationOf('AttendanceExpectedOfDutyBound1764400000290', {
  up: (queryRunner) => redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS, RESIDENCE_STATISTICS_WITH_DUTY),
  down: (queryRunner) => redefineStatisticsFacts(queryRunner, RESIDENCE_STATISTICS_WITH_DUTY, RESIDENCE_STATISTICS),
});
