import type { CodegenConfig } from '@graphql-codegen/cli';

const organizationSchemaPath = '../../packages/org-tree/src/organization.graphql';

/** Resolver types generated from schema.graphql (federation on, typed context and models). */
const config: CodegenConfig = {
  schema: ['schema.graphql', organizationSchemaPath],
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#WorkplaceContext',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Entity',
        mappers: {
          Member: '../entities/member.entity.js#Member',
          IntroductionLetter: '../entities/introduction-letter.entity.js#IntroductionLetter',
          Organization: '@twoway/org-tree#OrganizationUnit',
        },
      },
    },
  },
};
export default config;
