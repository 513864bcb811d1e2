import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation the dashboard sends (app/operations/*.graphql), against the API schema the gateway
 * serves; and the persisted documents' manifest (SHA-256 of each document's text → the text), which the gateway
 * reads as the dashboard's safelist (gateway/partners/dashboard.json, docs/dashboard.md).
 */
const config: CodegenConfig = {
  schema: '../../gateway/schema/api.graphql',
  documents: ['app/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'app/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { enumsAsTypes: true, scalars: { Date: 'string', JSON: 'unknown' }, useTypeImports: true },
    },
  },
};
export default config;
