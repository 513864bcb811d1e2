import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one graphql-codegen setup every subgraph uses: resolver types from its
 * schema.graphql plus the shared organisation SDL, federation on, a typed
 * context, and entity classes as the parent types ("mappers").
 */
export function subgraphCodegen(options: { context: string; mappers: Record<string, string> }): CodegenConfig {
  return {
    schema: ['schema.graphql', '../../packages/org-tree/src/organization.graphql', '../../packages/subgraph-runtime/src/mutations/mutation.graphql', '../../packages/subgraph-runtime/src/oversight.graphql'],
    generates: {
      'src/generated/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: `../context.js#${options.context}`,
          scalars: { Date: 'string', JSON: 'unknown' },
          enumsAsTypes: true,
          useTypeImports: true,
          mapperTypeSuffix: 'Entity',
          mappers: { Organization: '@twoway/org-tree#OrganizationUnit', Disagreement: '@twoway/subgraph-runtime#DisagreementRecord', OrganizationCount: '@twoway/subgraph-runtime#OrganizationCountRecord', ...options.mappers },
        },
      },
    },
  };
}
