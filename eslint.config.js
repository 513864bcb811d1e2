import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import graphql from '@graphql-eslint/eslint-plugin';

/** The code the JavaScript and TypeScript rules read (the GraphQL files have their own, below). */
const CODE = ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'];
const forCode = (config) => ({ ...config, files: config.files ?? CODE });

/** The SDL every subgraph's schema includes (codegen.base.ts and the runtime's subgraph.ts read the same files). */
const SHARED_SDL = ['packages/org-tree/src/organization.graphql', 'packages/subgraph-runtime/src/mutations/mutation.graphql', 'packages/subgraph-runtime/src/oversight.graphql'];
const SUBGRAPH_SCHEMAS = ['subgraphs/workplace-committee/schema.graphql', 'subgraphs/residence-committee/schema.graphql', 'subgraphs/evaluation/schema.graphql'];
/** The federation directives the schemas use, as @apollo/subgraph defines them: for the linter's schema only. */
const FEDERATION_DIRECTIVES = `
  directive @link(url: String!, import: [String]) repeatable on SCHEMA
  directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  directive @shareable repeatable on OBJECT | FIELD_DEFINITION`;
/** A subgraph's whole schema, as the linter's rules that need one read it. */
const subgraphSchema = (file) => [FEDERATION_DIRECTIVES, readFileSync(file, 'utf8'), ...SHARED_SDL.map((shared) => readFileSync(shared, 'utf8'))].join('\n');
/** The API schema the gateway serves (`npm run compose` writes it): what the example documents are checked against. */
const API_SCHEMA = 'gateway/schema/api.graphql';
const EXAMPLE_DOCUMENTS = 'docs/queries/**/*.graphql';
/** The operations the oversight dashboard sends (packages/dashboard; its safelist is made from them). */
const DASHBOARD_DOCUMENTS = 'packages/dashboard/app/operations/*.graphql';
/**
 * Which schema each GraphQL file is read against, as graphql-config projects (found by the file's path). One
 * object for every block below: @graphql-eslint loads the first graphQLConfig it is given and keeps it for the
 * whole run, so blocks with a config each would all be read against the first.
 */
const GRAPHQL_PROJECTS = {
  projects: {
    ...Object.fromEntries(SUBGRAPH_SCHEMAS.map((file) => [file.split('/')[1], { schema: subgraphSchema(file), include: file }])),
    shared: { schema: subgraphSchema(SUBGRAPH_SCHEMAS[0]), include: SHARED_SDL },
    api: { schema: API_SCHEMA, include: API_SCHEMA },
    examples: { schema: API_SCHEMA, documents: EXAMPLE_DOCUMENTS },
    dashboard: { schema: API_SCHEMA, documents: DASHBOARD_DOCUMENTS },
  },
};
const graphqlRules = (files, rules) => ({
  files,
  languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: GRAPHQL_PROJECTS } },
  plugins: { '@graphql-eslint': graphql },
  rules,
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'gateway/schema/reference/**', '.data/**', '.turbo/**', 'coverage/**'] },
  ...[js.configs.recommended, ...tseslint.configs.recommended].map(forCode),
  {
    files: CODE,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', NodeJS: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Command-line entry points and scripts talk to a person on the console.
    files: ['scripts/**', 'docs/examples/**', 'gateway/src/*-cli.ts', 'packages/platform/src/command-line.ts', '**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  // The schemas (each subgraph's and the SDL every subgraph shares): what partners and dashboard builders learn
  // the API from, in an IDE or the generated reference. Every type, field, argument, input field and enum value
  // says what it means (docs/partners.md); names follow the usual conventions.
  graphqlRules([...SUBGRAPH_SCHEMAS, ...SHARED_SDL], {
    '@graphql-eslint/require-description': ['error', { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true }],
    '@graphql-eslint/naming-convention': ['error', { types: 'PascalCase', FieldDefinition: 'camelCase', InputValueDefinition: 'camelCase', Argument: 'camelCase', EnumValueDefinition: 'UPPER_CASE' }],
    '@graphql-eslint/no-hashtag-description': 'error',
    '@graphql-eslint/no-typename-prefix': 'error',
    '@graphql-eslint/unique-enum-value-names': 'error',
  }),
  // The API as a whole, as the gateway composes it: every type reachable from a root, and the lists in the
  // connection shape (edges with a node and a cursor, forward paging by first and after). One subgraph's schema
  // cannot be judged so: its entities are reached from the others'.
  graphqlRules([API_SCHEMA], {
    '@graphql-eslint/no-unreachable-types': 'error',
    '@graphql-eslint/relay-connection-types': 'error',
    '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
    '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
    '@graphql-eslint/require-deprecation-reason': 'error',
  }),
  // The example operations partners and dashboard builders start from (docs/queries), and the dashboard's own:
  // valid against the API schema of today, named, with every variable used; what the server would refuse, the
  // linter refuses first. Not require-selections: it asks for every object's id, for clients that merge answers
  // in a cache by id; these are sent by hash and read whole (docs/partners.md), and an id nobody reads is noise.
  graphqlRules([EXAMPLE_DOCUMENTS, DASHBOARD_DOCUMENTS], { ...graphql.configs['flat/operations-recommended'].rules, '@graphql-eslint/require-selections': 'off' }),
);
