export * from './loader.js';
export * from './rollup.migration.js';
