import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperations } from '../support/operations.js';

/** Empty: null, an empty list, or an object whose every field is empty. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Paths of connection pages that came back with no edges. */
function emptyConnections(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyConnections(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'edges' && Array.isArray(child) && child.length === 0 ? [`${path}.${key}`] : emptyConnections(child, `${path}.${key}`),
  );
}

describe('docs/queries run against the demo data', () => {
  let federation: TestFederation;
  const operations = exampleOperations();

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('has the operations the README promises', () => {
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['member-profile', 'organization-members']));
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s answers without errors and not empty', async (_name, operation) => {
    const response = await federation.query(operation.query, operation.variables);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
    for (const [field, value] of Object.entries(response.data!)) {
      expect([field, isEmpty(value)]).toEqual([field, false]);
    }
    expect(emptyConnections(response.data)).toEqual([]);
  });

  it('organization-members pages through Tổ dân phố số 7 with over 300 two-way members', async () => {
    const operation = operations.find((o) => o.name === 'organization-members')!;
    type Page = { organization: { name: string; registeredMembers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { member: { id: string; fullName: string | null } } }[] } } };
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    do {
      const response: Awaited<ReturnType<typeof federation.query<Page>>> = await federation.query<Page>(operation.query, { ...operation.variables, first: 100, after });
      expect(response.errors).toBeUndefined();
      const page = response.data!.organization.registeredMembers;
      total = page.totalCount;
      expect(page.edges.length).toBeLessThanOrEqual(100);
      for (const edge of page.edges) {
        expect(edge.node.member.fullName).toBeTruthy();
        seen.add(edge.node.member.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(300);
    expect(seen.size).toBe(total);
  });
});
