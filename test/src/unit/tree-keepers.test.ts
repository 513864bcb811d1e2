import { describe, expect, it } from '@jest/globals';
import { ALLOWED_PARENTS, type OrganizationKind } from '@twoway/org-tree';
import { SUBGRAPHS } from '../../../topology.js';
import { TREE_KEEPERS, treeKeeping } from '../../../tree-keepers.js';

describe('who keeps the organisation tree', () => {
  const kinds = Object.keys(ALLOWED_PARENTS) as OrganizationKind[];

  it('names a keeper among the subgraphs for every kind of node', () => {
    const names = SUBGRAPHS.map((s) => s.name) as string[];
    expect(Object.keys(TREE_KEEPERS).sort()).toEqual([...kinds].sort());
    expect(Object.values(TREE_KEEPERS).every((keeper) => names.includes(keeper))).toBe(true);
  });

  it('tells a keeper\'s changes to every other subgraph, each holding a copy', () => {
    for (const keeper of new Set(Object.values(TREE_KEEPERS))) {
      const { copiesIn } = treeKeeping(keeper);
      expect([...copiesIn, keeper].sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    }
  });
});
