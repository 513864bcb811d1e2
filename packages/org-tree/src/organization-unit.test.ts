import { describe, expect, it } from '@jest/globals';
import { pathIds, subtreePattern } from './organization-unit.entity.js';

describe('materialised path', () => {
  it('lists the ids root first', () => {
    expect(pathIds('/a/b/c/')).toEqual(['a', 'b', 'c']);
  });

  it('matches a node and its descendants, not a sibling that shares a prefix', () => {
    const pattern = subtreePattern('/a/b/');
    const like = (value: string) => new RegExp(`^${pattern.replace('%', '.*')}$`).test(value);
    expect(like('/a/b/')).toBe(true);
    expect(like('/a/b/c/')).toBe(true);
    expect(like('/a/bc/')).toBe(false);
  });
});
