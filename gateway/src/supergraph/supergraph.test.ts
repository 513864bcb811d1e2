import { describe, expect, it } from '@jest/globals';
import { composeSupergraph, readCommittedSupergraph } from './compose.js';
import { checkCompatibility, compareWithPublished, printApiSchema } from './compatibility.js';

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

  it('breaks nothing partners rely on: no breaking change against the published schema that is not accepted', async () => {
    const report = await checkCompatibility(composeSupergraph());
    expect(report.unaccepted.map((c) => c.message)).toEqual([]);
  });

  it('the check catches a removed field and an argument made required, unless each is accepted with a reason', async () => {
    const current = printApiSchema(composeSupergraph());
    const published = current
      .replace('type Query {', 'type Query {\n  retiredField: String')
      .replace(/statistics\(organizationId: ID!, period: String!\)/, 'statistics(organizationId: ID!, period: String)');
    const report = await compareWithPublished(published, composeSupergraph(), []);
    expect(report.unaccepted.map((c) => c.path).sort()).toEqual(['Query.retiredField', 'Query.statistics.period']);
    const accepted = report.unaccepted.map((c) => ({ path: c.path!, message: c.message, reason: 'Retired after notice to partners' }));
    expect((await compareWithPublished(published, composeSupergraph(), accepted)).unaccepted).toEqual([]);
  });
});
