export * from './projection.migration.js';
export * from './migration-of.js';
export * from './projection-lock.migration.js';
export * from './refresh-on-read-columns.migration.js';
