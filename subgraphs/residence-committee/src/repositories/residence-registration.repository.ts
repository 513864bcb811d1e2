import { In, type DataSource, type EntityManager } from 'typeorm';
import { inScope, type OrganizationUnit } from '@twoway/org-tree';
import { groupedInKeyOrder, inKeyOrder, type KeysetRow, type ListQuery } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import type { RegistrationStatus } from '../generated/resolvers-types.js';

type Reader = DataSource | EntityManager;

/** Statuses of a registration still open: the member is (being) listed at the ward. */
const OPEN_STATUSES = ['RECEIVED', 'ACTIVE'] as const;

/**
 * Registrations scoped by a node the scope covers (its cell once assigned, its
 * ward before; see resolveScope: the subtree and the successors of its nodes),
 * by the day they were received.
 */
export function registrationsInScopeQuery(scope: string[], status: RegistrationStatus | null | undefined): ListQuery {
  return {
    sql: `SELECT r.id, r.received_on::text AS sort_key FROM residence_registration r
          WHERE ${inScope('r.organization_id', '$1::uuid[]')} ${status ? 'AND r.status = $2' : ''}`,
    parameters: status ? [scope, status] : [scope],
  };
}

/** The registrations of the subtree of `node` (see registrationsInScopeQuery). */
export function registrationsIn(reader: ListReader, node: Pick<OrganizationUnit, 'path'>, status: RegistrationStatus | null | undefined): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => registrationsInScopeQuery(scope, status));
}

/** Registrations by id, in the order asked; null for an id not found. */
export async function findRegistrations(reader: Reader, ids: readonly string[]): Promise<(ResidenceRegistration | null)[]> {
  return inKeyOrder(ids, await reader.getRepository(ResidenceRegistration).findBy({ id: In([...ids]) }), (r) => r.id);
}

/** A registration by id; null when there is none. */
export function findRegistration(reader: Reader, id: string): Promise<ResidenceRegistration | null> {
  return reader.getRepository(ResidenceRegistration).findOneBy({ id });
}

/** The registration that answers each introduction letter asked, in the order asked; null when none does. */
export async function findRegistrationsOfLetters(reader: Reader, letterIds: readonly string[]): Promise<(ResidenceRegistration | null)[]> {
  return inKeyOrder(letterIds, await reader.getRepository(ResidenceRegistration).findBy({ introductionLetterId: In([...letterIds]) }), (r) => r.introductionLetterId!);
}

/** Every registration of each member asked, the newest first, ended ones included. */
export async function findRegistrationsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<ResidenceRegistration[][]> {
  return groupedInKeyOrder(
    memberIds,
    await reader.getRepository(ResidenceRegistration).find({ where: { memberId: In([...memberIds]) }, order: { receivedOn: 'DESC', id: 'ASC' } }),
    (r) => r.memberId,
  );
}

/** A member's open registrations (one at most, by the rules), wherever they are. */
export function findOpenRegistrationsOfMember(reader: Reader, memberId: string): Promise<ResidenceRegistration[]> {
  return reader.getRepository(ResidenceRegistration).findBy({ memberId, status: In([...OPEN_STATUSES]) });
}

/** The open registrations of these members at one ward. */
export function findOpenRegistrationsAtWard(reader: Reader, memberIds: readonly string[], wardId: string): Promise<ResidenceRegistration[]> {
  return reader.getRepository(ResidenceRegistration).findBy({ memberId: In([...memberIds]), wardId, status: In([...OPEN_STATUSES]) });
}
