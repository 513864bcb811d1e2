import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { createTestDatabases, dropTestDatabases, type TestDatabases } from '../support/databases.js';

describe('organisation tree copies', () => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await createTestDatabases();
  });
  afterAll(async () => {
    await dropTestDatabases(databases);
  });

  const tree = (url: string): Promise<unknown[]> =>
    queryRows(url, 'SELECT id, parent_id, kind, name, path, depth, valid_from::text, valid_to::text, successor_id, owner FROM organization_unit ORDER BY id');

  it('is the same tree in every subgraph, with consistent paths and successors', async () => {
    const [workplace, residence, evaluation] = await Promise.all([tree(databases.workplaceCommittee), tree(databases.residenceCommittee), tree(databases.evaluation)]);
    expect(residence).toEqual(workplace);
    expect(evaluation).toEqual(workplace);
    type Node = { id: string; parent_id: string | null; path: string; depth: number; valid_to: string | null; successor_id: string | null };
    const nodes = new Map((workplace as Node[]).map((n) => [n.id, n]));
    for (const node of nodes.values()) {
      const parent = node.parent_id ? nodes.get(node.parent_id) : undefined;
      expect(node.path).toBe(`${parent?.path ?? '/'}${node.id}/`);
      expect(node.depth).toBe(parent ? parent.depth + 1 : 0);
      if (node.successor_id) expect(node.valid_to).not.toBeNull();
    }
  });
});
