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
const graphqlSchemaRules = (files, schema) => ({
  files,
  languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema } } },
  plugins: { '@graphql-eslint': graphql },
  rules: {
    '@graphql-eslint/require-description': ['error', { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true }],
    '@graphql-eslint/naming-convention': ['error', { types: 'PascalCase', FieldDefinition: 'camelCase', InputValueDefinition: 'camelCase', Argument: 'camelCase', EnumValueDefinition: 'UPPER_CASE' }],
    '@graphql-eslint/no-hashtag-description': 'error',
    '@graphql-eslint/no-typename-prefix': 'error',
    '@graphql-eslint/unique-enum-value-names': 'error',
  },
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.data/**', '.turbo/**', 'coverage/**'] },
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
  ...SUBGRAPH_SCHEMAS.map((file) => graphqlSchemaRules([file], subgraphSchema(file))),
  graphqlSchemaRules(SHARED_SDL, subgraphSchema(SUBGRAPH_SCHEMAS[0])),
);
