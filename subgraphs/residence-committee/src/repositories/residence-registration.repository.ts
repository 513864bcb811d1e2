import { In, type DataSource, type EntityManager } from 'typeorm';
import { inScope, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { groupedInKeyOrder, inKeyOrder, type KeysetRow, type ListQuery, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import { ResidenceRegistration } from '../entities/residence-registration.entity.js';
import type { RegistrationStatus } from '../generated/resolvers-types.js';

type Reader = DataSource | EntityManager;

/** Statuses of a registration still open: the member is (being) listed at the ward. */
const OPEN_STATUSES = ['RECEIVED', 'ACTIVE'] as const;

/**
 * Registrations scoped by a node the scope covers (its cell once assigned, its
 * ward before; see Scope: the subtree and what its ended nodes handed on to),
 * by the day they were received.
 */
export function registrationsInScopeQuery(scope: Scope, status: RegistrationStatus | null | undefined): ListQuery {
  return {
    sql: `SELECT r.id, r.received_on::text AS sort_key FROM residence_registration r
          WHERE ${inScope('r.organization_id', '$1', scope)} ${status ? 'AND r.status = $2' : ''}`,
    parameters: status ? [scopeParameter(scope), status] : [scopeParameter(scope)],
  };
}

/** The registrations of the subtree of `node` (see registrationsInScopeQuery). */
export function registrationsIn(reader: ListReader, node: Pick<OrganizationUnit, 'path'>, status: RegistrationStatus | null | undefined): ListSource<KeysetRow> {
  return subtreeList(reader, node, (scope) => registrationsInScopeQuery(scope, status));
}

/**
 * Every column of a registration row, named and typed as the entity has it (dates as 'YYYY-MM-DD' text, as
 * TypeORM gives a `date` column), in the entity's order. The loaders' reads below are hand-written rather than
 * a repository's `find`: building TypeORM's query and mapping its rows was most of their CPU in the
 * benchmark's profile (hand-written-reads.int.test.ts compares the rows with TypeORM's).
 */
const REGISTRATION_COLUMNS = `id, member_id AS "memberId", introduction_letter_id AS "introductionLetterId", ward_id AS "wardId",
  cell_id AS "cellId", address, received_on::text AS "receivedOn", assigned_on::text AS "assignedOn", status, ended_on::text AS "endedOn",
  end_reason AS "endReason", activity, organization_id AS "organizationId", version`;
// One statement text each, whatever the number of keys (TypeORM's `In` writes one placeholder per key).
const REGISTRATIONS_BY_ID = prepared(`SELECT ${REGISTRATION_COLUMNS} FROM residence_registration WHERE id = ${anyOfKeys('$1')}`);
const REGISTRATIONS_OF_LETTERS = prepared(`SELECT ${REGISTRATION_COLUMNS} FROM residence_registration WHERE introduction_letter_id = ${anyOfKeys('$1')}`);
const REGISTRATIONS_OF_MEMBERS = prepared(`SELECT ${REGISTRATION_COLUMNS} FROM residence_registration WHERE member_id = ${anyOfKeys('$1')} ORDER BY received_on DESC, id ASC`);

function registrationRows(reader: Reader, sql: string, keys: readonly string[]): Promise<ResidenceRegistration[]> {
  return queryEntities(reader, ResidenceRegistration, sql, [keys]);
}

/** Registrations by id, in the order asked; null for an id not found. */
export async function findRegistrations(reader: Reader, ids: readonly string[]): Promise<(ResidenceRegistration | null)[]> {
  return inKeyOrder(ids, await registrationRows(reader, REGISTRATIONS_BY_ID, ids), (r) => r.id);
}

/** A registration by id; null when there is none. */
export function findRegistration(reader: Reader, id: string): Promise<ResidenceRegistration | null> {
  return reader.getRepository(ResidenceRegistration).findOneBy({ id });
}

/** The registration that answers each introduction letter asked, in the order asked; null when none does. */
export async function findRegistrationsOfLetters(reader: Reader, letterIds: readonly string[]): Promise<(ResidenceRegistration | null)[]> {
  return inKeyOrder(letterIds, await registrationRows(reader, REGISTRATIONS_OF_LETTERS, letterIds), (r) => r.introductionLetterId!);
}

/** Every registration of each member asked, the newest first, ended ones included. */
export async function findRegistrationsOfMembers(reader: Reader, memberIds: readonly string[]): Promise<ResidenceRegistration[][]> {
  return groupedInKeyOrder(memberIds, await registrationRows(reader, REGISTRATIONS_OF_MEMBERS, memberIds), (r) => r.memberId);
}

/** A member's open registrations (one at most, by the rules), wherever they are. */
export function findOpenRegistrationsOfMember(reader: Reader, memberId: string): Promise<ResidenceRegistration[]> {
  return reader.getRepository(ResidenceRegistration).findBy({ memberId, status: In([...OPEN_STATUSES]) });
}

/** The open registrations of these members at one ward. */
export function findOpenRegistrationsAtWard(reader: Reader, memberIds: readonly string[], wardId: string): Promise<ResidenceRegistration[]> {
  return reader.getRepository(ResidenceRegistration).findBy({ memberId: In([...memberIds]), wardId, status: In([...OPEN_STATUSES]) });
}
