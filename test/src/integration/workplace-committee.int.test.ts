import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
});
