import { describe, expect, it } from '@jest/globals';
import { composeSupergraph, readCommittedSupergraph } from './compose.js';

describe('the committed supergraph', () => {
  it('is what composing the subgraphs gives today (run `npm run compose` when this fails)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });

  it('lets every subgraph add to Member, keyed by id', () => {
    const supergraph = readCommittedSupergraph();
    const member = supergraph.slice(supergraph.indexOf('type Member'), supergraph.indexOf('}', supergraph.indexOf('type Member')));
    for (const graph of ['WORKPLACE_COMMITTEE', 'RESIDENCE_COMMITTEE', 'EVALUATION']) {
      expect(member).toContain(`@join__type(graph: ${graph}, key: "id")`);
    }
  });
});
