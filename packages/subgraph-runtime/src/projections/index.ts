export * from './projection.migration.js';
export * from './migration-of.js';
