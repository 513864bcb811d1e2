import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { subgraphTypeDefs } from '@twoway/subgraph-runtime/shared-schema';

/** The subgraphs the gateway federates: their names, default URLs and schemas. */
export interface SubgraphDescription {
  name: 'workplace-committee' | 'residence-committee' | 'evaluation';
  /** Where `npm start` serves it; overridden per deployment by `urlVariable`. */
  defaultUrl: string;
  urlVariable: string;
  schemaPath: string;
}

const schemaPath = (name: string) => fileURLToPath(new URL(`../../../subgraphs/${name}/schema.graphql`, import.meta.url));

export const SUBGRAPHS: readonly SubgraphDescription[] = [
  { name: 'workplace-committee', defaultUrl: 'http://localhost:4001/graphql', urlVariable: 'WORKPLACE_COMMITTEE_URL', schemaPath: schemaPath('workplace-committee') },
  { name: 'residence-committee', defaultUrl: 'http://localhost:4002/graphql', urlVariable: 'RESIDENCE_COMMITTEE_URL', schemaPath: schemaPath('residence-committee') },
  { name: 'evaluation', defaultUrl: 'http://localhost:4003/graphql', urlVariable: 'EVALUATION_URL', schemaPath: schemaPath('evaluation') },
];

/** A subgraph's full SDL as it serves it: its own schema plus the shared organisation types. */
export function subgraphSdl(subgraph: SubgraphDescription): string {
  return subgraphTypeDefs(readFileSync(subgraph.schemaPath, 'utf8'));
}
