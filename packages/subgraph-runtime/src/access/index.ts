export * from './access.js';
export * from './member-reach.migration.js';
export * from './guarded-json.js';
export * from './own-path-and-readable.migration.js';
