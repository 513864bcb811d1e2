import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Kind, buildSchema, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { API_SCHEMA_PATH } from '../supergraph/compatibility.js';
import { LIST_SIZES, USER_ERRORS, listSizeOf } from './list-sizes.js';
import { operationPageCost } from './page-cost.js';

const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

/** The page cost of a document's operation, with its variables, as the gateway's plugin counts it. */
function costOf(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationPageCost(schema, parsed, operation, variables);
}

describe('the page cost of lists without `first`', () => {
  it('has a size for every list of objects the API schema offers without `first`, and none for a field it lacks', () => {
    const lists: string[] = [];
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type)) || field.args.some((a) => a.name === 'first')) continue;
        lists.push(`${type.name}.${field.name}`);
        if (listSizeOf(type, field) === undefined) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
    expect(Object.keys(LIST_SIZES).filter((key) => !lists.includes(key))).toEqual([]);
  });

  it('multiplies a list\'s selection by its size, lists inside lists by their product', () => {
    const provinces = LIST_SIZES['Query.provinces']!;
    const children = LIST_SIZES['Organization.children']!;
    expect(costOf('{ provinces { id name } }')).toBe(1 + provinces * 2);
    expect(costOf('{ provinces { id children { id children { id name } } } }')).toBe(1 + provinces * (1 + 1 + children * (1 + 1 + children * 2)));
    expect(costOf('query($id: ID!) { organization(id: $id) { ancestors { id } } }')).toBe(1 + 1 + LIST_SIZES['Organization.ancestors']!);
  });

  it('counts a connection\'s edges once (its `first` counts the page) and a payload\'s user errors at their own size', () => {
    expect(costOf('query($id: ID!) { organization(id: $id) { registeredMembers(first: 7) { totalCount edges { node { id } } } } }')).toBe(1 + 1 + 7 * (1 + 1 + 1 * (1 + 1)));
    expect(costOf('mutation($input: RequestAnnualCommentsInput!) { requestAnnualComments(input: $input) { userErrors { code message } } }')).toBe(1 + 1 + USER_ERRORS * 2);
  });
});
