export * from './embedded-postgres.js';
export * from './copy.js';
export * from './programs.js';
export { serverUser, type ServerUser } from './embedded-postgres-as-root.js';
