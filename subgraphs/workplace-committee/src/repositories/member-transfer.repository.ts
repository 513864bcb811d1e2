import { In, type DataSource, type EntityManager } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { MemberTransfer } from '../entities/member-transfer.entity.js';

type Reader = DataSource | EntityManager;

/** Transfers by id, in the order asked; null for an id not found. */
export async function findTransfers(reader: Reader, ids: readonly string[]): Promise<(MemberTransfer | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(MemberTransfer).findBy({ id: In([...ids]) }), (t) => t.id);
}

/** The transfers of each member asked, newest first. */
export async function findTransfersOfMembers(reader: Reader, memberIds: readonly string[]): Promise<MemberTransfer[][]> {
  return groupedInKeyOrder(memberIds, await reader.getRepository(MemberTransfer).find({ where: { memberId: In([...memberIds]) }, order: { sentOn: 'DESC', id: 'DESC' } }), (t) => t.memberId);
}
