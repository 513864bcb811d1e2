export * from './access.js';
export * from './member-reach.migration.js';
export * from './guarded-json.js';
