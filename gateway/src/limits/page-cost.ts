import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from '@twoway/platform';
import {
  Kind, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, valueFromASTUntyped,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { GATEWAY_LIMITS } from './limits.js';
import { listSizeOf } from './list-sizes.js';
import { LimitRefusal } from './refusals.js';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

/**
 * The cost of the data a selection can return: 1 per field, and a field with a
 * `first` argument multiplies its selection by the page size asked (a literal,
 * a variable, the variable's default, or the argument's default), as asked:
 * a page past the largest a subgraph serves costs all it asks for, so that it
 * is refused here rather than sent on. A list without `first` multiplies its
 * selection by the most it holds (list-sizes.ts): a province's children's
 * children, or every attendance of a page of meetings, cost what they return. GraphQL Armor's cost rule weighs a
 * document's shape (page sizes written in it too) but cannot see variables;
 * this can, because it runs once the operation and its variables are known.
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
        size = typeof value === 'number' && value > 0 ? value : value === undefined || value === null ? GATEWAY_LIMITS.assumedPageSize : 1;
      } else if (isListType(getNullableType(definition.type))) {
        size = listSizeOf(parent, definition) ?? GATEWAY_LIMITS.assumedPageSize;
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

/** The operation's variables as the caller sent them, with the defaults its definitions give those it left out. */
function variablesWithDefaults(operation: OperationDefinitionNode, sent: Record<string, unknown> = {}): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return { ...variables, ...sent };
}

/** The page cost of one operation of `document` with the variables sent (the defaults filling those left out); 0 for an operation type the schema lacks. */
export function operationPageCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables?: Record<string, unknown>): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return pageCost(operation.selectionSet, root, { schema, fragments, variables: variablesWithDefaults(operation, variables), visiting: new Set() });
}

/**
 * Set in a request's `res.locals` by the safelists (the dashboard's, a partner's) once every operation of the
 * request is one they registered: a registered operation was weighed when it was registered (the dashboard's tree
 * reads every node in force, by design), so its page cost is not counted again. The other limits still apply.
 */
export const REGISTERED_OPERATIONS_LOCAL = 'registeredOperations';

/**
 * Refuses, with COST_LIMIT_EXCEEDED and before any subgraph is asked, an operation whose page cost is over the
 * limit, unless it is a registered one (REGISTERED_OPERATIONS_LOCAL).
 */
export function pageCostLimit(limit: number = GATEWAY_LIMITS.maxPageCost): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.locals[REGISTERED_OPERATIONS_LOCAL] === true) return {};
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (operation && operationPageCost(schema, document, operation, request.variables) > limit) throw new LimitRefusal('maxPageCost', limit);
        },
      };
    },
  };
}
