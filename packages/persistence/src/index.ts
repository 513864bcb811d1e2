export * from './data-source.js';
export * from './statement-counter.js';
export * from './databases.js';
export * from './batching.js';
export * from './keyset-page.js';
export * from './database-errors.js';
export * from './read-replicas.js';
export * from './prepared-statements.js';
