export * from './projection.migration.js';
