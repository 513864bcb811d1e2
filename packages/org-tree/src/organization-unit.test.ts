import { describe, expect, it } from '@jest/globals';
import { inSubtreeSql, pathIds } from './organization-unit.entity.js';

describe('materialised path', () => {
  it('lists the ids root first', () => {
    expect(pathIds('/a/b/c/')).toEqual(['a', 'b', 'c']);
  });

  it('takes a node and its descendants in its subtree, not a sibling that shares a prefix', () => {
    expect(inSubtreeSql('o.path', '$1')).toBe("(o.path ~>=~ $1 AND o.path ~<~ (left($1, -1) || '0'))");
    // The same range as text_pattern_ops compares it, character by character.
    const inSubtree = (value: string, path: string) => value >= path && value < `${path.slice(0, -1)}0`;
    expect(inSubtree('/a/b/', '/a/b/')).toBe(true);
    expect(inSubtree('/a/b/c/', '/a/b/')).toBe(true);
    expect(inSubtree('/a/bc/', '/a/b/')).toBe(false);
    expect(inSubtree('/a/', '/a/b/')).toBe(false);
  });
});
