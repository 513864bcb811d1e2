export * from './mutation.js';
export * from './acting-for.js';
export * from './create-mutation-support.migration.js';
export * from './policy.js';
export * from './history.js';
