import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { readCommittedSupergraph, subgraphsOf } from './committed.js';
import { composeSupergraph } from './compose.js';
import { checkCompatibility, compareWithPublished, printApiSchema } from './compatibility.js';
import { SUBGRAPHS, localUrl } from '../../../topology.js';
import { subgraphUrlsFromEnvironment } from '../server.js';

describe('the committed supergraph', () => {
  it('is what composing the subgraphs gives today (run `npm run compose` when this fails)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });

  it('names the topology\'s subgraphs at their local URLs; at run time their URL variables override those', () => {
    const supergraph = readCommittedSupergraph();
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(subgraphsOf(supergraph).sort(byName)).toEqual(SUBGRAPHS.map((subgraph) => ({ name: subgraph.name, url: localUrl(subgraph) })).sort(byName));
    expect(subgraphUrlsFromEnvironment(supergraph, {})).toEqual({});
    expect(subgraphUrlsFromEnvironment(supergraph, { EVALUATION_URL: 'http://evaluation:4003/graphql', UNRELATED_URL: 'http://elsewhere/' }))
      .toEqual({ evaluation: 'http://evaluation:4003/graphql' });
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

  it('is all the gateway reads at run time: nothing its entry point imports composes or reads a subgraph\'s schema', () => {
    const source = path.dirname(fileURLToPath(new URL('../index.ts', import.meta.url)));
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const [, relative] of readFileSync(file, 'utf8').matchAll(/^(?:import|export) [^;]*? from '(\.{1,2}\/[^']+)\.js';$/gm)) visit(path.resolve(path.dirname(file), `${relative}.ts`));
    };
    visit(path.join(source, 'index.ts'));
    expect(reached).toContain(path.join(source, 'supergraph', 'committed.ts'));
    expect([...reached].filter((file) => file.endsWith('compose.ts') || /@twoway\/subgraph-runtime|schema\.graphql/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
