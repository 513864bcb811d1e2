export * from './embedded-postgres.js';
export * from './copy.js';
