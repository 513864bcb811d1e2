import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { mergeFetches } from './fetch-batch.js';

/** A subgraph's schema, enough to validate what the merge sends it. */
const schema = buildSchema(`
  scalar _Any
  type Statistics { organizationId: ID! period: String! members: Int rate: Float }
  union _Entity = Statistics
  type Query { _entities(representations: [_Any!]!): [_Entity]! node(id: ID!): Statistics }
  type Mutation { touch: Int }
`);

const entities = (fields: string, name = 'Dashboard__residence__1') =>
  `query ${name}($representations: [_Any!]!) { _entities(representations: $representations) { ... on Statistics { ${fields} } } }`;

describe('fetches of one request to one subgraph, merged', () => {
  it('sends one valid operation, each fetch under its own prefix, and gives each fetch its own answer back', () => {
    const fetches = [
      { query: entities('members'), variables: { representations: [{ __typename: 'Statistics', organizationId: 'a', period: '2025' }] } },
      { query: `query Dashboard__residence__2($representations: [_Any!]!, $with: Boolean!) { _entities(representations: $representations) { ...F } }
                fragment F on Statistics { rate @include(if: $with) }`,
        variables: { representations: [{ __typename: 'Statistics', organizationId: 'b', period: '2025-01' }], with: true } },
    ];
    const merged = mergeFetches(fetches)!;
    expect(validate(schema, parse(merged.body.query))).toEqual([]);
    expect(merged.body.operationName).toBe('Dashboard__residence__1__batch_2');
    expect(merged.body.variables).toEqual({ b0_representations: fetches[0]!.variables.representations, b1_representations: fetches[1]!.variables.representations, b1_with: true });

    const [first, second] = merged.split({
      data: { b0__entities: [{ members: 3 }], b1__entities: [null] },
      errors: [
        { message: 'figures unavailable', path: ['b1__entities', 0, 'rate'] },
        { message: 'whole operation', path: undefined },
      ],
    });
    expect(first).toEqual({ data: { _entities: [{ members: 3 }] }, errors: [{ message: 'whole operation', path: undefined }] });
    expect(second).toEqual({
      data: { _entities: [null] },
      errors: [{ message: 'figures unavailable', path: ['_entities', 0, 'rate'] }, { message: 'whole operation', path: undefined }],
    });
  });

  it('keeps the aliases the fetches gave their root fields, and a null answer null for every fetch', () => {
    const merged = mergeFetches([{ query: 'query A { one: node(id: "1") { members } }' }, { query: 'query B { node(id: "2") { members } }' }])!;
    expect(validate(schema, parse(merged.body.query))).toEqual([]);
    expect(merged.split({ data: { b0_one: { members: 1 }, b1_node: null } }).map((r) => r.data)).toEqual([{ one: { members: 1 } }, { node: null }]);
    expect(merged.split({ data: null, errors: [{ message: 'refused' }] })).toEqual([
      { data: null, errors: [{ message: 'refused' }] },
      { data: null, errors: [{ message: 'refused' }] },
    ]);
  });

  it('does not merge a mutation, several operations in one text, or a text that does not parse', () => {
    expect(mergeFetches([{ query: entities('members') }, { query: 'mutation { touch }' }])).toBeNull();
    expect(mergeFetches([{ query: entities('members') }, { query: 'query A { node(id: "1") { members } } query B { node(id: "2") { rate } }' }])).toBeNull();
    expect(mergeFetches([{ query: entities('members') }, { query: 'query {' }])).toBeNull();
  });
});
