import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';

/**
 * Fetches of one request to one subgraph, sent as one (issue 15). Apollo
 * Gateway's query plan fetches a subgraph once per path of the answer: the
 * dashboard's figures for the node, for each of its children and for each of
 * its months are three `_entities` fetches to each subgraph, run side by side.
 * Each paid the subgraph's request (HTTP, Apollo Server, the principal's
 * scope) and its own statements; sent as one operation, the subgraph resolves
 * them in one execution, whose loaders batch across them (one statement of
 * figures, not three). Hive Gateway merges them the same way.
 *
 * This file is the operation's side of it: merging the fetches' operations
 * into one (each fetch's root fields aliased, its variables and fragments
 * renamed apart) and telling the answer apart again. The data source
 * (subgraph-data-source.ts) decides what to merge and when.
 */

/** One fetch as the query plan asks it of a subgraph. */
export interface SubgraphFetch {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** A subgraph's GraphQL answer, for the whole batch or one of its fetches. */
export interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** The merged operation of some fetches, by their texts: its text, and each fetch's root response keys. */
interface MergedOperation {
  query: string;
  operationName: string;
  /** For each fetch: the response keys (alias or name) of its root fields, in order. */
  rootKeys: string[][];
}

/** The prefix that tells fetch `i`'s root fields, variables and fragments apart in the merged operation. */
const prefixOf = (i: number) => `b${i}_`;

/** Merged operations by the texts they merge: a query plan's fetches are few and repeat, so each is built once. */
const mergedByTexts = new Map<string, MergedOperation | null>();
const MAX_KEPT = 500;

/**
 * Whether a fetch can go in a batch: a query of one operation whose root
 * selection is fields only (an entity fetch: `_entities`). Anything else
 * (a mutation, several operations, fragments at the root) is sent alone.
 */
function mergeable(document: DocumentNode): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'query') return null;
  return operations[0]!.selectionSet.selections.every((s) => s.kind === Kind.FIELD) ? operations[0]! : null;
}

/** The merged operation of `texts`, or null when one of them cannot be merged. */
function mergedOperation(texts: readonly string[]): MergedOperation | null {
  const key = texts.join('\u0000');
  if (mergedByTexts.has(key)) return mergedByTexts.get(key)!;
  let merged: MergedOperation | null = null;
  try {
    const documents = texts.map((text) => parse(text, { noLocation: true }));
    const operations = documents.map(mergeable);
    if (operations.every((o) => o !== null)) {
      const definitions: DefinitionNode[] = [];
      const rootKeys: string[][] = [];
      const variables: OperationDefinitionNode['variableDefinitions'][] = [];
      const selections: OperationDefinitionNode['selectionSet']['selections'][] = [];
      documents.forEach((document, i) => {
        const prefix = prefixOf(i);
        // Each fetch's variables and fragments renamed apart; its root fields aliased with its prefix.
        const renamed = visit(document, {
          Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
          FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
          FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
        });
        for (const definition of renamed.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) {
            definitions.push(definition);
            continue;
          }
          variables.push(definition.variableDefinitions);
          const keys: string[] = [];
          // Fields only: mergeable() said so.
          selections.push((definition.selectionSet.selections as readonly FieldNode[]).map((selection) => {
            const responseKey = (selection.alias ?? selection.name).value;
            keys.push(responseKey);
            return { ...selection, alias: { kind: Kind.NAME, value: prefix + responseKey } };
          }));
          rootKeys.push(keys);
        }
      });
      const operationName = `${operations[0]!.name?.value ?? 'Fetch'}__batch_${texts.length}`;
      const operation: OperationDefinitionNode = {
        kind: Kind.OPERATION_DEFINITION,
        operation: operations[0]!.operation,
        name: { kind: Kind.NAME, value: operationName },
        variableDefinitions: variables.flatMap((v) => v ?? []),
        directives: [],
        selectionSet: { kind: Kind.SELECTION_SET, selections: selections.flat() },
      };
      merged = { query: print({ kind: Kind.DOCUMENT, definitions: [operation, ...definitions] }), operationName, rootKeys };
    }
  } catch {
    // A text that does not parse is the subgraph's to refuse: sent alone, it gets its own answer.
    merged = null;
  }
  if (mergedByTexts.size >= MAX_KEPT) mergedByTexts.clear();
  mergedByTexts.set(key, merged);
  return merged;
}

/** Fetches merged into one request, and how to split its answer; null when they cannot be merged. */
export interface MergedFetches {
  body: { query: string; variables: Record<string, unknown>; operationName: string };
  split(result: SubgraphResult): SubgraphResult[];
}

export function mergeFetches(fetches: readonly SubgraphFetch[]): MergedFetches | null {
  const merged = mergedOperation(fetches.map((f) => f.query));
  if (!merged) return null;
  const variables: Record<string, unknown> = {};
  fetches.forEach((fetch, i) => {
    for (const [name, value] of Object.entries(fetch.variables ?? {})) variables[prefixOf(i) + name] = value;
  });
  // The fetch an error belongs to: the one whose aliased root field starts its path; none (every fetch's) for an
  // error without such a path, such as the operation refused whole.
  const ownerOf = (error: GraphQLFormattedError) => {
    const head = error.path?.[0];
    return typeof head === 'string' ? merged.rootKeys.findIndex((keys, i) => keys.some((key) => prefixOf(i) + key === head)) : -1;
  };
  return {
    body: { query: merged.query, variables, operationName: merged.operationName },
    split: (result) => merged.rootKeys.map((keys, i) => {
      const prefix = prefixOf(i);
      const own: SubgraphResult = {};
      if (result.data === null) own.data = null;
      else if (result.data !== undefined) own.data = Object.fromEntries(keys.map((key) => [key, result.data![prefix + key] ?? null]));
      const errors = (result.errors ?? []).flatMap((error) => {
        const owner = ownerOf(error);
        if (owner === -1) return [error];
        return owner === i ? [{ ...error, path: [(error.path![0] as string).slice(prefix.length), ...error.path!.slice(1)] }] : [];
      });
      if (errors.length > 0) own.errors = errors;
      if (result.extensions) own.extensions = result.extensions;
      return own;
    }),
  };
}
