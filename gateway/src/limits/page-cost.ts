import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind, getNamedType, isCompositeType, isObjectType, isInterfaceType, valueFromASTUntyped,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { ErrorCode, MAX_PAGE_SIZE, codedError } from '@twoway/platform';
import { GATEWAY_LIMITS } from './limits.js';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

/**
 * The cost of the data a selection can return: 1 per field, and a field with a
 * `first` argument multiplies its selection by the page size asked (a literal,
 * a variable, or the argument's default). GraphQL Armor's cost rule weighs a
 * document's shape but cannot see variables or page sizes; this can, because
 * it runs once the operation and its variables are known.
 */
export function pageCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, walk: Walk): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const definition = fields[selection.name.value];
      if (!definition) continue;
      let size = 1;
      const firstArgument = definition.args.find((a) => a.name === 'first');
      if (firstArgument) {
        const given = selection.arguments?.find((a) => a.name.value === 'first');
        const value = given ? valueFromASTUntyped(given.value, walk.variables) : firstArgument.defaultValue;
        // Past the largest page the subgraph refuses the page itself (PAGE_SIZE_OUT_OF_RANGE).
        size = typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PAGE_SIZE) : value === undefined || value === null ? GATEWAY_LIMITS.assumedPageSize : 1;
      }
      const type = getNamedType(definition.type);
      const children = selection.selectionSet && isCompositeType(type) ? pageCost(selection.selectionSet, type, walk) : 0;
      cost += 1 + size * children;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += pageCost(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.visiting.has(name)) continue;
      walk.visiting.add(name);
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      cost += pageCost(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent, walk);
      walk.visiting.delete(name);
    }
  }
  return cost;
}

/** Refuses, with COST_LIMIT_EXCEEDED and before any subgraph is asked, an operation whose page cost is over the limit. */
export function pageCostLimit(limit: number = GATEWAY_LIMITS.maxPageCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
          if (!root) return;
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const cost = pageCost(operation.selectionSet, root, { schema, fragments, variables: request.variables ?? {}, visiting: new Set() });
          if (cost > limit) {
            throw codedError(ErrorCode.COST_LIMIT_EXCEEDED, `The operation could return too much: its cost is ${cost}, the limit ${limit} (page sizes multiply)`, { limit, http: { status: 400 } });
          }
        },
      };
    },
  };
}
