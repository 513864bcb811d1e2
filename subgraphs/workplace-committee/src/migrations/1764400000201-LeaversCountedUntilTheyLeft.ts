import { migrationOf, redefineStatisticsFacts, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED, workplaceFactsSql } from './1764400000200-WorkplaceCountedUntilIntroduced.js';

/** The changes by which a member leaves the workplace (member_change), each ending their letters with the same reason. */
const LEAVING = `('TRANSFERRED', 'RETIRED', 'EXPELLED', 'REMOVED', 'DECEASED')`;

/** The day a member who is no longer active left (`gone.left_on`): their leaving change's day; none for an active member. */
const LEFT_ON = `    LEFT JOIN LATERAL (
      SELECT max(c.effective_on) AS left_on FROM member_change c
      WHERE m.status <> 'ACTIVE' AND c.member_id = m.id AND c.change_type IN ${LEAVING}) gone ON true
`;

/** The letters their leaving ended, for a member who left (none for an active one: a one-time filter, no read). */
const ENDED_BY_LEAVING = `gone.left_on IS NOT NULL AND l.member_id = m.id AND l.status = 'ENDED' AND l.end_reason IN ${LEAVING}`;

/** The home of 160 (the latest letter in force), or for a member who left, the latest of those and the letters their leaving ended. */
const MEMBER_HOME_UNTIL_LEFT = `    LEFT JOIN LATERAL (
      SELECT h.node_id, h.issued_on FROM (
        SELECT COALESCE(l.to_cell_id, l.to_ward_id) AS node_id, l.issued_on, l.id FROM introduction_letter l
        WHERE l.member_id = m.id AND l.status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')
        UNION ALL
        SELECT COALESCE(l.to_cell_id, l.to_ward_id), l.issued_on, l.id FROM introduction_letter l WHERE ${ENDED_BY_LEAVING}) h
      ORDER BY h.issued_on DESC, h.id DESC LIMIT 1) home ON true`;

/** The first assignment of 160 (of the letters assigned now), or for a member who left, of those and the letters their leaving ended. */
const FIRST_ASSIGNED_UNTIL_LEFT = `    LEFT JOIN LATERAL (SELECT LEAST(
      (SELECT min(l.assigned_on) FROM introduction_letter l WHERE l.member_id = m.id AND l.status = 'ASSIGNED'),
      (SELECT min(l.assigned_on) FROM introduction_letter l WHERE ${ENDED_BY_LEAVING})) AS assigned_on) first ON true`;

/**
 * The workplace's figures of 200, with the members who left counted until the
 * day they left. In 200 only members active now had facts: a member
 * transferred out, retired, expelled, removed or deceased vanished from every
 * earlier year (about 4,950 transferred members of the generated million were
 * in no 2024 figure). Now such a member keeps the facts of 200, each ending on
 * the day of their leaving change (member_change.effective_on, the first day
 * they no longer count), at their workplace cell and at the home their
 * leaving's letter named. A member with no leaving change recorded (data from
 * before the workflows kept them) has no day to end on and stays out, as in
 * 200. A member taken in by another organisation is active there and still
 * moves their whole history to it (docs/known-gaps.md). Active members' facts
 * are 200's, row for row.
 */
export const WORKPLACE_STATISTICS_LEAVERS_COUNTED: StatisticsRollupDefinition = {
  facts: workplaceFactsSql({
    members: `(m.status = 'ACTIVE' OR gone.left_on IS NOT NULL)`,
    before: LEFT_ON,
    home: MEMBER_HOME_UNTIL_LEFT,
    firstAssigned: FIRST_ASSIGNED_UNTIL_LEFT,
    endsOn: 'LEAST(f.ends_on, gone.left_on)',
  }),
  sources: [...WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED.sources, { table: 'member_change', affected: 'SELECT member_id FROM changed' }],
};

export const LeaversCountedUntilTheyLeft1764400000201 = migrationOf('LeaversCountedUntilTheyLeft1764400000201', {
  up: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED, WORKPLACE_STATISTICS_LEAVERS_COUNTED),
  down: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS_LEAVERS_COUNTED, WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED),
});
