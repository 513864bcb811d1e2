import { readFileSync } from 'node:fs';

export * from './organization-unit.entity.js';
export * from './create-organization-unit.migration.js';
export * from './add-organization-unit-version.migration.js';
export * from './index-successor-paths.migration.js';
export * from './index-successors.migration.js';
export * from './organization-loaders.js';
export * from './in-force.js';
export * from './organization-resolvers.js';

/** Path of the shared SDL, for codegen configs. */
export const organizationSchemaPath = new URL('./organization.graphql', import.meta.url).pathname;
/** The shared SDL: `Organization`, `OrganizationKind`, `PageInfo`, `Date`, `Query.organization`. */
export const organizationTypeDefs = readFileSync(organizationSchemaPath, 'utf8');
export * from './scope.js';
