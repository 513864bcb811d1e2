import { In, type DataSource, type EntityManager } from 'typeorm';
import { inKeyOrder } from '@twoway/persistence';
import type { MutationScope } from '@twoway/subgraph-runtime';
import { MemberStanding } from '../entities/member-standing.entity.js';

type Reader = DataSource | EntityManager;

/** What the residence knows of each member's standing at the workplace, in the order asked; null when nothing. */
export async function findStandings(reader: Reader, memberIds: readonly string[]): Promise<(MemberStanding | null)[]> {
  return inKeyOrder(memberIds, await reader.getRepository(MemberStanding).findBy({ memberId: In([...memberIds]) }), (s) => s.memberId);
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
