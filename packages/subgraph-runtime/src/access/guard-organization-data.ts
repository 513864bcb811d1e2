import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { Access } from './access.js';

type Resolver = (parent: unknown, args: unknown, context: { access: Access }, info: unknown) => unknown;

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
 * Guards every field a subgraph adds to Organization (oversight lists,
 * registers, notices) and OrganizationStatistics (figures): answered only for
 * a node in the principal's subtree, FORBIDDEN otherwise (and for members,
 * who read their own record, not organisation data). Applied once, by the
 * runtime, to every subgraph's resolvers: a new list cannot forget it.
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
        : (parent, args, context, info) =>
            context.access.nodeAllowedNow(nodeOf(parent))
              ? resolve(parent, args, context, info)
              : context.access.requireNode(nodeOf(parent).id).then(() => resolve(parent, args, context, info));
    }
    (guarded as Record<string, unknown>)[typeName] = wrapped;
  }
  return guarded;
}
