export * from './loader.js';
export * from './rollup.migration.js';
export * from './subtree-rollup.migration.js';
export * from './list-counts.js';
