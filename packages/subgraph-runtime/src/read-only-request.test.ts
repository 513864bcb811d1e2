import { describe, expect, it } from '@jest/globals';
import { isQueryRequest } from './read-only-request.js';

describe('which requests may read a replica', () => {
  it('is every query, the gateway\'s entity fetches included', () => {
    expect(isQueryRequest({ query: '{ member(id: "1") { id } }' })).toBe(true);
    expect(isQueryRequest({ query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', variables: {} })).toBe(true);
    // Asked twice, answered from what was remembered: the same.
    expect(isQueryRequest({ query: '{ member(id: "1") { id } }' })).toBe(true);
  });

  it('is never a mutation, whichever operation of the document is named', () => {
    expect(isQueryRequest({ query: 'mutation { admitMember(input: {}) { userErrors { code } } }' })).toBe(false);
    const both = 'query Read { member(id: "1") { id } } mutation Write { admitMember(input: {}) { userErrors { code } } }';
    expect(isQueryRequest({ query: both, operationName: 'Read' })).toBe(true);
    expect(isQueryRequest({ query: both, operationName: 'Write' })).toBe(false);
    // Two operations and no name: Apollo refuses it; nothing reads a replica for it.
    expect(isQueryRequest({ query: both })).toBe(false);
    expect(isQueryRequest({ query: `# a long comment ${'x'.repeat(20_000)}\nmutation { a }` })).toBe(false);
    expect(isQueryRequest({ query: `# a long comment ${'x'.repeat(20_000)}\nquery { a }` })).toBe(true);
  });

  it('is not what cannot be told: a batch, no document, a document that does not parse', () => {
    expect(isQueryRequest([{ query: '{ a }' }])).toBe(false);
    expect(isQueryRequest({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })).toBe(false);
    expect(isQueryRequest({ query: '{ a ' })).toBe(false);
    expect(isQueryRequest(undefined)).toBe(false);
  });
});
