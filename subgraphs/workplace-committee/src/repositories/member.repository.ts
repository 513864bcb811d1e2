import { type DataSource, type EntityManager } from 'typeorm';
import { inScope, scopeParameter, type OrganizationUnit, type Scope } from '@twoway/org-tree';
import { foldVietnamese } from '@twoway/platform';
import { inKeyOrder, type KeysetRow, type ListQuery, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { subtreeList, type ListReader, type ListSource } from '@twoway/subgraph-runtime';
import { CITIZEN_ID_PATTERN, Member } from '../entities/member.entity.js';
import type { WorkplaceContext } from '../context.js';
import { OPEN_LETTER_STATUSES_SQL } from './introduction-letter.repository.js';

type Reader = DataSource | EntityManager;

/**
 * A member by id, who must exist, read again inside a workflow's transaction with their row locked to its end
 * (FOR UPDATE): what is decided from their record (a letter issued, the letters in force) is decided one request
 * at a time, after any change to it commits.
 */
export function lockMemberOrFail(manager: EntityManager, id: string): Promise<Member> {
  return manager.getRepository(Member).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Every column of a member row, named and typed as the entity has it (dates as 'YYYY-MM-DD' text, as TypeORM
 * gives a `date` column), in the entity's order.
 */
const MEMBER_COLUMNS = `id, full_name AS "fullName", sex, birth_date::text AS "birthDate", admission_date::text AS "admissionDate",
  full_membership_date::text AS "fullMembershipDate", party_card_number AS "partyCardNumber", dossier_number AS "dossierNumber",
  citizen_id AS "citizenId", workplace_organization_id AS "workplaceOrganizationId", workplace_cell_id AS "workplaceCellId", position,
  exemption_category AS "exemptionCategory", status, introduction_due_since::text AS "introductionDueSince", version,
  name_search AS "nameSearch", name_sort_key AS "nameSortKey"`;
/** One statement text whatever the number of ids (TypeORM's `In` writes one placeholder per id). */
const MEMBERS_BY_ID = prepared(`SELECT ${MEMBER_COLUMNS} FROM member WHERE id = ${anyOfKeys('$1')}`);

/**
 * Members by id, in the order asked; null for an id not found. Hand-written rather than a repository's
 * `findBy`: building TypeORM's query and mapping its rows was most of a member reference's CPU in the
 * benchmark's profile; the rows come back in the entity's shape (hand-written-reads.int.test.ts compares them).
 */
export async function findMembers(reader: Reader, ids: readonly string[]): Promise<(Member | null)[]> {
  return inKeyOrder(ids, await queryEntities(reader, Member, MEMBERS_BY_ID, [ids]), (m) => m.id);
}

/** Members whose workplace cell lies in the subtree at $1, in Vietnamese name order. */
export function workplaceMembersQuery(scope: Scope): ListQuery {
  return {
    sql: `SELECT m.id, m.name_sort_key AS sort_key FROM member m WHERE ${inScope('m.workplace_cell_id', '$1', scope)}`,
    parameters: [scopeParameter(scope)],
  };
}

/** Members working in the subtree of `node`, in Vietnamese name order. */
export function workplaceMembersIn(reader: ListReader, node: Pick<OrganizationUnit, 'path'>): ListSource<KeysetRow> {
  return subtreeList(reader, node, workplaceMembersQuery);
}

/**
 * What a search text looks for: a citizen ID (12 digits), a Party card number
 * (any other text with a digit in it: no name has one), or a name. Nothing
 * else is matched: birth dates, addresses and dossier numbers are not
 * searchable, so a search cannot test them.
 */
export type MemberSearchKind = 'CITIZEN_ID' | 'PARTY_CARD_NUMBER' | 'NAME';

export function memberSearchKind(text: string): MemberSearchKind {
  if (CITIZEN_ID_PATTERN.test(text)) return 'CITIZEN_ID';
  return /\d/.test(text) ? 'PARTY_CARD_NUMBER' : 'NAME';
}

/**
 * Finding people within a subtree (`text` trimmed, of `kind`): by citizen ID,
 * by party card number, or by name ignoring tones and letter marks (every word
 * typed must appear). A member is in the subtree by workplace, or by the ward
 * or cell an open letter introduced them to, so a ward finds the members
 * living there.
 *
 * A number is looked up on its index, then its member's scope checked. A name
 * has no index to look up (every word may be anywhere in it): a small scope (a
 * ward, an agency: its ids) starts from its own members, by workplace cell and
 * by open letter (the letter's cell, or its ward where it names no cell), each
 * member then read by key and matched (a ward's 8,000 over a million members:
 * 20 ms, against 0.4 to 0.5 s for matching the whole table, which the planner chose
 * for this statement written as one condition); a large one (a province) is
 * matched on every member, its scope checked on those that match.
 */
export function memberSearchQuery(scope: Scope, text: string, kind: MemberSearchKind): ListQuery {
  const match = kind === 'CITIZEN_ID' ? 'm.citizen_id = $2' : kind === 'PARTY_CARD_NUMBER' ? 'm.party_card_number = $2' : '(cardinality($2::text[]) > 0 AND m.name_search LIKE ALL ($2::text[]))';
  const value = kind === 'NAME' ? foldVietnamese(text).split(' ').filter(Boolean).map((word) => `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : text;
  const parameters = [scopeParameter(scope), value];
  if (kind === 'NAME' && scope.ids) {
    return {
      // Each member read by key from the scope's (a lateral subquery, fenced by OFFSET 0): left to itself, the
      // planner matched the name on the whole table and hashed the scope's members.
      sql: `SELECT m.id, m.name_sort_key AS sort_key FROM (
              SELECT s.id FROM member s WHERE ${inScope('s.workplace_cell_id', '$1', scope)}
              UNION SELECT l.member_id FROM introduction_letter l
              WHERE l.status IN ${OPEN_LETTER_STATUSES_SQL}
                AND (${inScope('l.to_cell_id', '$1', scope)} OR (l.to_cell_id IS NULL AND ${inScope('l.to_ward_id', '$1', scope)}))) s
            CROSS JOIN LATERAL (SELECT m.id, m.name_sort_key FROM member m WHERE m.id = s.id AND ${match} OFFSET 0) m`,
      parameters,
    };
  }
  return {
    sql: `SELECT m.id, m.name_sort_key AS sort_key FROM member m
          WHERE ${match}
            AND (${inScope('m.workplace_cell_id', '$1', scope)}
              OR EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id
                AND l.status IN ${OPEN_LETTER_STATUSES_SQL} AND ${inScope('COALESCE(l.to_cell_id, l.to_ward_id)', '$1', scope)}))`,
    parameters,
  };
}

/**
 * Members found by `text` (see memberSearchQuery) in the subtree of the
 * principal's own node; nobody for a principal that reads no organisation
 * data (a member reads only their own record).
 */
export function membersFoundIn(ctx: WorkplaceContext, text: string, kind: MemberSearchKind): ListSource<KeysetRow> {
  return async (page) => {
    if (!(await ctx.access.mayReadNode(ctx.principal.organizationId))) return { rows: [], totalCount: 0 };
    const own = (await ctx.organizations.byId.load(ctx.principal.organizationId))!;
    return subtreeList(ctx, own, (scope) => memberSearchQuery(scope, text, kind))(page);
  };
}
