import { migrationOf, redefineStatisticsFacts, rootOfPathSql, type StatisticsRollupDefinition } from '@twoway/subgraph-runtime';
import { FIRST_ASSIGNED, MEMBER_HOME } from './1764400000160-StatisticsRollup.js';
import { WORKPLACE_STATISTICS_SHADOWS_BY_JOIN } from './1764400000196-ShadowsByJoin.js';

/**
 * The workplace's figures of 196, with the workplace cell's facts shadowed only
 * from the day the member's home facts start. In 196 the workplace fact was
 * hidden at the home's province from the admission, while the home fact began
 * only with the latest letter: between the two, a member working and living in
 * one province counted there zero times (Hà Nội's members at the end of 2022:
 * 20,954 of about 390,000, in the generated million). Now each workplace fact
 * is unshadowed from its start until its home fact's start, and shadowed from
 * then on (a span that is empty, the letter issued by the admission, writes no
 * fact): at every node and every day the member counts once.
 */
export const WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED: StatisticsRollupDefinition = {
  facts: workplaceFactsSql({ members: `m.status = 'ACTIVE'`, home: MEMBER_HOME, firstAssigned: FIRST_ASSIGNED, endsOn: 'f.ends_on' }),
  sources: WORKPLACE_STATISTICS_SHADOWS_BY_JOIN.sources,
};

/**
 * The facts' SELECT of this migration's rule, for the members `members` (an SQL condition on `m`), their home
 * and first assignment read by `home` and `firstAssigned` (lateral joins naming `home` and `first`; `before`, more
 * joins ahead of them), each fact ending on `endsOn` (an SQL expression on `f`, its rule's end).
 */
export function workplaceFactsSql(options: { members: string; home: string; firstAssigned: string; endsOn: string; before?: string }): string {
  const { members, home, firstAssigned, endsOn, before = '' } = options;
  return `
    SELECT m.id AS source_id, f.node_id, f.shadow_node_id, f.measure::varchar(32) AS measure, true AS stock, f.starts_on, ${endsOn === 'f.ends_on' ? 'f.ends_on' : `${endsOn} AS ends_on`}
    FROM member m
${before}${home}
    LEFT JOIN organization_unit home_unit ON home_unit.id = home.node_id
${firstAssigned}
    CROSS JOIN LATERAL (VALUES
      (GREATEST(m.admission_date, home.issued_on), GREATEST(m.admission_date, home.issued_on, first.assigned_on))
    ) at_home(members_on, assigned_on)
    CROSS JOIN LATERAL (VALUES
      (home.node_id, NULL::uuid, 'members', at_home.members_on, NULL::date),
      (home.node_id, NULL::uuid, 'assigned', at_home.assigned_on, NULL::date),
      (m.workplace_cell_id, NULL::uuid, 'members', m.admission_date, at_home.members_on),
      (m.workplace_cell_id, ${rootOfPathSql('home_unit.path')}, 'members', at_home.members_on, NULL::date),
      (m.workplace_cell_id, NULL::uuid, 'assigned', GREATEST(m.admission_date, first.assigned_on), at_home.assigned_on),
      (m.workplace_cell_id, ${rootOfPathSql('home_unit.path')}, 'assigned', at_home.assigned_on, NULL::date)
    ) f(node_id, shadow_node_id, measure, starts_on, ends_on)
    WHERE ${members} AND f.node_id IS NOT NULL AND (f.measure = 'members' OR first.assigned_on IS NOT NULL)
      AND f.starts_on IS NOT NULL AND (${endsOn} IS NULL OR ${endsOn} > f.starts_on)`;
}

export const WorkplaceCountedUntilIntroduced1764400000200 = migrationOf('WorkplaceCountedUntilIntroduced1764400000200', {
  up: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS_SHADOWS_BY_JOIN, WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED),
  down: (queryRunner) => redefineStatisticsFacts(queryRunner, WORKPLACE_STATISTICS_COUNTED_UNTIL_INTRODUCED, WORKPLACE_STATISTICS_SHADOWS_BY_JOIN),
});
