import { In, type DataSource, type EntityManager } from 'typeorm';
import { inKeyOrder, prepared, type ListQuery, queryEntities, anyOfKeys } from '@twoway/persistence';
import { IntroductionLetter } from '../entities/introduction-letter.entity.js';

type Reader = DataSource | EntityManager;

/** Statuses of a letter still in force: the member is (being) introduced to its ward. */
export const OPEN_LETTER_STATUSES = ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'] as const;

/** Whether a letter's status is one of OPEN_LETTER_STATUSES. */
export const isOpenLetterStatus = (status: string) => (OPEN_LETTER_STATUSES as readonly string[]).includes(status);

/**
 * OPEN_LETTER_STATUSES as an SQL list, `('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')`, for `status IN …`
 * in a statement's text (constants the planner sees, as the literal lists it replaces were).
 */
export const OPEN_LETTER_STATUSES_SQL = `(${OPEN_LETTER_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * Letters by id: every column of the row, named and typed as the entity has it (dates as 'YYYY-MM-DD' text, as
 * TypeORM gives a `date` column), one prepared statement whatever the number of ids. Hand-written rather than a
 * repository's `findBy`, as the other hot reads (hand-written-reads.int.test.ts compares the rows with TypeORM's):
 * a ward's lists read fifty letters a request.
 */
const LETTERS_BY_ID = prepared(`SELECT id, number, member_id AS "memberId", workplace_organization_id AS "workplaceOrganizationId",
  issued_on::text AS "issuedOn", signer_name AS "signerName", to_ward_id AS "toWardId", to_cell_id AS "toCellId",
  residence_address AS "residenceAddress", exempt, status, due_on::text AS "dueOn", presented_on::text AS "presentedOn",
  received_on::text AS "receivedOn", assigned_on::text AS "assignedOn", returned_on::text AS "returnedOn",
  return_reason AS "returnReason", end_reason AS "endReason", ended_on::text AS "endedOn", version
  FROM introduction_letter WHERE id = ${anyOfKeys('$1')}`);

/** Letters by id, in the order asked; null for an id not found. */
export async function findLetters(reader: Reader, ids: readonly string[]): Promise<(IntroductionLetter | null)[]> {
  return inKeyOrder(ids, await queryEntities(reader, IntroductionLetter, LETTERS_BY_ID, [ids]), (l) => l.id);
}

/** The letters of each member whose id is in $1 (the lists of keysetPages), newest first. */
export function lettersOfMembersQuery(memberIds: string[]): ListQuery {
  return {
    sql: `SELECT l.id, l.issued_on::text || ' ' || l.number AS sort_key, l.member_id AS list_key
          FROM introduction_letter l WHERE l.member_id = ANY($1::uuid[])`,
    parameters: [memberIds],
    order: 'DESC',
  };
}

/** A member's letters, newest first. */
export function findLettersOfMember(reader: Reader, memberId: string): Promise<IntroductionLetter[]> {
  return reader.getRepository(IntroductionLetter).find({ where: { memberId }, order: { issuedOn: 'DESC' } });
}

/** A member's letters still in force. */
export function findOpenLettersOfMember(reader: Reader, memberId: string): Promise<IntroductionLetter[]> {
  return reader.getRepository(IntroductionLetter).findBy({ memberId, status: In([...OPEN_LETTER_STATUSES]) });
}

/** The next serial of the letter numbers (a sequence: never the same twice, even across transactions rolled back). */
export async function nextLetterSerial(reader: Reader): Promise<string> {
  const [{ serial }] = (await reader.query(`SELECT nextval('introduction_letter_number_seq') AS serial`)) as [{ serial: string }];
  return serial;
}

/** Whether the member was ever introduced (any letter, whatever became of it). */
export function wasEverIntroduced(reader: Reader, memberId: string): Promise<boolean> {
  return reader.getRepository(IntroductionLetter).existsBy({ memberId });
}
