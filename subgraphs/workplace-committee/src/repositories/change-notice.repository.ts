import { In, type DataSource, type EntityManager } from 'typeorm';
import { inScope, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { groupedInKeyOrder, inKeyOrder, type KeysetRow, type ListQuery } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from '../entities/change-notice.entity.js';
import type { ChangeNoticeStatus } from '../generated/resolvers-types.js';

type Reader = DataSource | EntityManager;

/** Change notices by id, in the order asked; null for an id not found. */
export async function findChangeNotices(reader: Reader, ids: readonly string[]): Promise<(ChangeNotice | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(ChangeNotice).findBy({ id: In([...ids]) }), (n) => n.id);
}

/** Change notices sent to a ward the scope at $1 covers or from a workplace organisation it covers, newest first. */
export function changeNoticesQuery(scope: Scope, status: ChangeNoticeStatus | null): ListQuery {
  return {
    sql: `SELECT n.id, n.sent_on::text AS sort_key FROM change_notice n
          WHERE (${inScope('n.ward_id', '$1', scope)} OR ${inScope('n.workplace_organization_id', '$1', scope)}) ${status ? 'AND n.status = $2' : ''}`,
    parameters: status ? [scopeParameter(scope), status] : [scopeParameter(scope)],
    order: 'DESC',
  };
}

/** The change notices of the subtree of `node` (see changeNoticesQuery). */
export function changeNoticesIn(reader: ListReader, node: Pick<OrganizationUnit, 'path'>, status: ChangeNoticeStatus | null): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => changeNoticesQuery(scope, status));
}

/** The reported changes of each member asked, newest report first. */
export async function findChangesOfMembers(reader: Reader, memberIds: readonly string[]): Promise<MemberChange[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(MemberChange).find({ where: { memberId: In([...memberIds]) }, order: { reportedOn: 'DESC' } }), (c) => c.memberId);
}

/** The changes each notice asked compiled, by the day they took effect. */
export async function findChangesOfNotices(reader: Reader, noticeIds: readonly string[]): Promise<MemberChange[][]> {
  return groupedInKeyOrder(noticeIds, await reader.getRepository(MemberChange).find({ where: { changeNoticeId: In([...noticeIds]) }, order: { effectiveOn: 'ASC' } }), (c) => c.changeNoticeId!);
}

/** The wards' leaving notices of each member asked, newest first. */
export async function findLeavingNoticesOfMembers(reader: Reader, memberIds: readonly string[]): Promise<ResidenceLeavingNotice[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(ResidenceLeavingNotice).find({ where: { memberId: In([...memberIds]) }, order: { reportedOn: 'DESC' } }), (n) => n.memberId);
}

/** A member's leaving notices still open (waiting for a new introduction). */
export function findOpenLeavingNotices(reader: Reader, memberId: string): Promise<ResidenceLeavingNotice[]> {
  return reader.getRepository(ResidenceLeavingNotice).findBy({ memberId, status: 'OPEN' });
}

/** Leaving notices by id, in the order asked; null for an id not found. */
export async function findLeavingNotices(reader: Reader, ids: readonly string[]): Promise<(ResidenceLeavingNotice | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(ResidenceLeavingNotice).findBy({ id: In([...ids]) }), (n) => n.id);
}
