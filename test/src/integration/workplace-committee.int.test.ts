import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WORKPLACE_AFTER_LOAD } from '@twoway/workplace-committee';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Member { id fullName workplaceCell { name } } }
}`;

describe('workplace-committee subgraph', () => {
  let service: TestSubgraph;
  beforeAll(async () => {
    service = await startTestSubgraph('workplaceCommittee');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('resolves Member references in one batch, in the order asked, unknown and malformed ones as null', async () => {
    const rows = await service.sql<{ id: string; full_name: string }>('SELECT id, full_name FROM member ORDER BY dossier_number DESC LIMIT 3');
    const representations = [
      { __typename: 'Member', id: rows[0]!.id },
      { __typename: 'Member', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Member', id: rows[1]!.id },
      { __typename: 'Member', id: 'not-a-uuid' },
      { __typename: 'Member', id: rows[2]!.id },
    ];
    service.subgraph.statements.reset();
    const response = await service.query<{ _entities: ({ id: string; fullName: string } | null)[] }>(ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((m) => m?.fullName ?? null)).toEqual([rows[0]!.full_name, null, rows[1]!.full_name, null, rows[2]!.full_name]);
    // One statement for the members, one for their cells, and one for access (the principal's scope and which
    // of the members it reaches, together): not one per member.
    expect(service.subgraph.statements.total).toBe(3);
  });

  it('lists the members of a workplace subtree with a total, in pages', async () => {
    const [agency] = await service.sql<{ id: string }>("SELECT id FROM organization_unit WHERE kind = 'AGENCY' ORDER BY name LIMIT 1");
    const [{ n }] = (await service.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM member m JOIN organization_unit c ON c.id = m.workplace_cell_id
       WHERE c.path LIKE (SELECT path FROM organization_unit WHERE id = $1) || '%'`, [agency!.id])) as [{ n: number }];
    const query = `query($id: ID!, $after: String) { organization(id: $id) { workplaceMembers(first: 40, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const response: { errors?: unknown; data?: { organization: { workplaceMembers: Page } } | null } = await service.query<{ organization: { workplaceMembers: Page } }>(query, { id: agency!.id, after });
      expect(response.errors).toBeUndefined();
      const page: Page = response.data!.organization.workplaceMembers;
      expect(page.totalCount).toBe(n);
      ids.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(n).toBeGreaterThan(40);
    expect(new Set(ids).size).toBe(n);
  });
  it('pages each member\'s letters, newest first, the letters of a page of members in a fixed number of statements', async () => {
    const [agency] = await service.sql<{ id: string }>("SELECT id FROM organization_unit WHERE kind = 'AGENCY' ORDER BY name LIMIT 1");
    type Letters = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; issuedOn: string } }[] };
    type Members = { organization: { workplaceMembers: { edges: { node: { id: string; introductionLetters: Letters } }[] } } };
    const query = `query($id: ID!, $first: Int!) { organization(id: $id) { workplaceMembers(first: $first) { edges { node {
      id introductionLetters(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id issuedOn } } } } } } } }`;
    const statementsFor = async (first: number) => {
      service.subgraph.statements.reset();
      const response = await service.query<Members>(query, { id: agency!.id, first });
      expect(response.errors).toBeUndefined();
      return { statements: service.subgraph.statements.total, members: response.data!.organization.workplaceMembers.edges.map((e) => e.node) };
    };
    const few = await statementsFor(5);
    const many = await statementsFor(40);
    expect(many.statements).toBe(few.statements);
    // Each member's total is the number of their letters.
    const counts = new Map((await service.sql<{ member_id: string; n: number }>(
      'SELECT member_id, count(*)::int AS n FROM introduction_letter WHERE member_id = ANY($1::uuid[]) GROUP BY member_id', [many.members.map((m) => m.id)])).map((r) => [r.member_id, r.n]));
    for (const member of many.members) expect(member.introductionLetters.totalCount).toBe(counts.get(member.id) ?? 0);
    // A member with several letters, page by page: each once, newest first.
    const [several] = await service.sql<{ member_id: string; n: number }>(
      'SELECT member_id, count(*)::int AS n FROM introduction_letter GROUP BY member_id HAVING count(*) >= 2 ORDER BY member_id LIMIT 1');
    const single = `query($id: ID!, $after: String) { member(id: $id) { introductionLetters(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id issuedOn } } } } }`;
    const letters: { id: string; issuedOn: string }[] = [];
    let after: string | null = null;
    do {
      const response: { data?: { member: { introductionLetters: Letters } } | null } = await service.query<{ member: { introductionLetters: Letters } }>(single, { id: several!.member_id, after });
      const page: Letters = response.data!.member.introductionLetters;
      expect(page.totalCount).toBe(several!.n);
      letters.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(letters.map((l) => l.id)).size).toBe(several!.n);
    expect(letters.map((l) => l.issuedOn)).toEqual(letters.map((l) => l.issuedOn).sort().reverse());
  });

  it('after a generated load, numbers new letters past every serial loaded, however many', async () => {
    // A million generated letters are numbered 1-GGT to 1000000-GGT: past the sequence's start (100001).
    const [letter] = await service.sql<{ id: string }>('SELECT id FROM introduction_letter ORDER BY id LIMIT 1');
    await service.sql(`UPDATE introduction_letter SET number = '1000000-GGT' WHERE id = $1`, [letter!.id]);
    for (const statement of WORKPLACE_AFTER_LOAD) await service.sql(statement);
    const [{ serial }] = (await service.sql<{ serial: string }>(`SELECT nextval('introduction_letter_number_seq')::text AS serial`)) as [{ serial: string }];
    expect(serial).toBe('1000001');
  });
});
