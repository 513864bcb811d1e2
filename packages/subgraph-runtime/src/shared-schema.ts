import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The SDL every subgraph adds to its own schema.graphql: the organisation tree
 * and the mutation/audit types. Kept in one place so the three can never disagree.
 */
export const SHARED_SCHEMA_PATHS = [
  fileURLToPath(new URL('../../org-tree/src/organization.graphql', import.meta.url)),
  fileURLToPath(new URL('./mutations/mutation.graphql', import.meta.url)),
  fileURLToPath(new URL('./oversight.graphql', import.meta.url)),
];

export const sharedTypeDefs = SHARED_SCHEMA_PATHS.map((file) => readFileSync(file, 'utf8')).join('\n');

/** A subgraph's full SDL as it serves it. */
export function subgraphTypeDefs(schema: string): string {
  return `${schema}\n${sharedTypeDefs}`;
}
