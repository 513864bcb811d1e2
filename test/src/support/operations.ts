import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const QUERIES_DIR = fileURLToPath(new URL('../../../docs/queries/', import.meta.url));

export interface ExampleOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every example operation in docs/queries: NAME.graphql with NAME.variables.json. */
export function exampleOperations(): ExampleOperation[] {
  return readdirSync(QUERIES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const variablesFile = path.join(QUERIES_DIR, `${name}.variables.json`);
      let variables: Record<string, unknown> = {};
      try {
        variables = JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>;
      } catch {
        variables = {};
      }
      return { name, query: readFileSync(path.join(QUERIES_DIR, file), 'utf8'), variables };
    });
}

export function exampleOperation(name: string): ExampleOperation {
  const found = exampleOperations().find((operation) => operation.name === name);
  if (!found) throw new Error(`docs/queries/${name}.graphql not found`);
  return found;
}
