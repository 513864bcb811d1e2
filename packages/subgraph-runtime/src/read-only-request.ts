import { OperationTypeNode, getOperationAST, parse } from 'graphql';

/** Documents remembered with their operation's type (the gateway sends the same few plans' texts again and again). */
const REMEMBERED = 1_000;
/** Longer documents are parsed each time rather than kept: memory stays bounded whatever arrives. */
const REMEMBERED_LENGTH = 16_384;
const operationTypes = new Map<string, OperationTypeNode | null>();

/**
 * Whether a GraphQL request (its JSON body) is a query: what it reads may come
 * from a read replica. A mutation, a subscription, a batch, a body without a
 * document (an automatic persisted query) or one that does not parse is
 * read on the primary, so that no request ever writes on a replica and a
 * mutation's answer reads what it has just written. Decided before Apollo
 * parses the document (the per-request context, and its loaders, are built
 * first), from the same text: a document that does not parse fails in
 * Apollo anyway.
 */
export function isQueryRequest(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  const name = typeof operationName === 'string' ? operationName : undefined;
  if (query.length > REMEMBERED_LENGTH) return operationTypeOf(query, name) === OperationTypeNode.QUERY;
  const key = `${name ?? ''}\n${query}`;
  let type = operationTypes.get(key);
  if (type === undefined) {
    type = operationTypeOf(query, name);
    // The oldest goes first (a Map keeps insertion order).
    if (operationTypes.size >= REMEMBERED) operationTypes.delete(operationTypes.keys().next().value!);
    operationTypes.set(key, type);
  }
  return type === OperationTypeNode.QUERY;
}

function operationTypeOf(document: string, operationName: string | undefined): OperationTypeNode | null {
  try {
    return getOperationAST(parse(document, { noLocation: true }), operationName)?.operation ?? null;
  } catch {
    return null;
  }
}
