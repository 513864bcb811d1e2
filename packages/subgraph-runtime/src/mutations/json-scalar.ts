import { GraphQLScalarType } from 'graphql';

/** Any JSON value, passed through as is (audit snapshots). Output only. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
