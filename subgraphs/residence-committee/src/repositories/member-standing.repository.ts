import { type DataSource, type EntityManager } from 'typeorm';
import { inKeyOrder, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import type { MutationScope } from '@twoway/subgraph-runtime';
import { MemberStanding } from '../entities/member-standing.entity.js';

type Reader = DataSource | EntityManager;

/**
 * Every column of a standing row, named and typed as the entity has it (`changed_on` as 'YYYY-MM-DD' text, as
 * TypeORM gives a `date` column); one statement text whatever the number of members. Hand-written rather than
 * a repository's `findBy`, whose building and mapping was most of this read's CPU in the benchmark's profile
 * (hand-written-reads.int.test.ts compares the rows with TypeORM's).
 */
const STANDINGS_OF_MEMBERS = prepared(`SELECT member_id AS "memberId", status, workplace_organization_id AS "workplaceOrganizationId",
  workplace_cell_id AS "workplaceCellId", residence_duty AS "residenceDuty", changed_on::text AS "changedOn"
  FROM member_standing WHERE member_id = ${anyOfKeys('$1')}`);

/** What the residence knows of each member's standing at the workplace, in the order asked; null when nothing. */
export async function findStandings(reader: Reader, memberIds: readonly string[]): Promise<(MemberStanding | null)[]> {
  return inKeyOrder(memberIds, await queryEntities(reader, MemberStanding, STANDINGS_OF_MEMBERS, [memberIds]), (s) => s.memberId);
}

/**
 * Writes the workplace's word on a member into the projection, audited when it
 * changes anything: an unchanged standing (a second delivery, a letter received
 * for a member already known) keeps its row and day.
 */
export async function projectStanding(scope: MutationScope, standing: MemberStanding): Promise<void> {
  const before = await scope.manager.findOneBy(MemberStanding, { memberId: standing.memberId });
  const same = before !== null && before.status === standing.status && before.workplaceOrganizationId === standing.workplaceOrganizationId
    && before.workplaceCellId === standing.workplaceCellId && before.residenceDuty === standing.residenceDuty;
  if (same) return;
  await scope.manager.upsert(MemberStanding, standing, ['memberId']);
  await scope.audit('PROJECT', 'MemberStanding', standing.memberId, before, standing);
}
