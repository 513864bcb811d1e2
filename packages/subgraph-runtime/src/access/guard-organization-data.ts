import { getNamedType, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { emptyConnection } from '@twoway/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { forbidden } from '../mutations/mutation.js';
import type { Access } from './access.js';

type Resolver = (parent: unknown, args: unknown, context: { access: Access }, info: GraphQLResolveInfo) => unknown;

/** Fields of the shared types that are the tree's own structure or the key: readable by every principal. */
const OPEN_FIELDS: Record<string, Set<string>> = {
  Organization: new Set(['__resolveReference']),
  OrganizationStatistics: new Set(['__resolveReference', 'organization', 'from', 'to']),
};

/** Where the node a field belongs to is found on its parent (with its path, when the parent is the node itself). */
const NODE_OF: Record<string, (parent: unknown) => { id: string; path?: string }> = {
  Organization: (parent) => parent as { id: string; path: string },
  OrganizationStatistics: (parent) => ({ id: (parent as { organizationId: string }).organizationId }),
};

/**
 * What a field answers when its node is outside the principal's reach: null
 * where the schema allows it, an empty list or connection where it does not.
 * A required value that cannot be withheld (a figure) is refused, FORBIDDEN;
 * the schema avoids that by making the way in (`statistics`) nullable.
 */
function withheld(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isObjectType(named) && 'edges' in named.getFields() && 'totalCount' in named.getFields()) return emptyConnection();
  throw forbidden({ vi: 'Tổ chức này nằm ngoài phạm vi của bạn', en: 'This organisation is outside the one you act for' });
}

/**
 * Guards every field a subgraph adds to Organization (oversight lists,
 * registers, notices) and OrganizationStatistics (figures): answered only for
 * a node in the principal's subtree, and withheld otherwise (and from members,
 * who read their own record, not organisation data): null, or an empty list.
 * Reads never fail for being out of reach, so one query serves every role;
 * docs/security.md says why. Applied once, by the runtime, to every
 * subgraph's resolvers: a new list cannot forget it.
 */
export function guardOrganizationData<TContext>(resolvers: GraphQLResolverMap<TContext>): GraphQLResolverMap<TContext> {
  const guarded: GraphQLResolverMap<TContext> = { ...resolvers };
  for (const [typeName, nodeOf] of Object.entries(NODE_OF)) {
    const fields = resolvers[typeName] as Record<string, Resolver> | undefined;
    if (!fields) continue;
    const wrapped: Record<string, Resolver> = {};
    for (const [field, resolve] of Object.entries(fields)) {
      wrapped[field] = OPEN_FIELDS[typeName]!.has(field)
        ? resolve
        : (parent, args, context, info) => {
            const answer = (allowed: boolean) => (allowed ? resolve(parent, args, context, info) : withheld(info.returnType));
            const now = context.access.nodeAllowedNow(nodeOf(parent));
            return now === undefined ? context.access.mayReadNode(nodeOf(parent).id).then(answer) : answer(now);
          };
    }
    (guarded as Record<string, unknown>)[typeName] = wrapped;
  }
  return guarded;
}
