import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/**
 * The committed supergraph, all the gateway reads at run time: `npm run compose` writes it from the
 * subgraphs' schemas (compose.ts), the gateway serves it and finds the subgraphs in it.
 */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../supergraph.graphql', import.meta.url));

export function readCommittedSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}

/** The subgraphs a supergraph federates and where it was composed to reach them: its `join__Graph` enum. */
export function subgraphsOf(supergraphSdl: string): { name: string; url: string }[] {
  const graphs = parse(supergraphSdl).definitions.find((definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph');
  if (graphs?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('Not a supergraph: it has no join__Graph enum.');
  const argument = (directive: ConstDirectiveNode | undefined, name: string) => {
    const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
    return value?.kind === Kind.STRING ? value.value : '';
  };
  return (graphs.values ?? []).map((graph) => {
    const join = graph.directives?.find((directive) => directive.name.value === 'join__graph');
    return { name: argument(join, 'name'), url: argument(join, 'url') };
  });
}
