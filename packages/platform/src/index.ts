export * from './clock.js';
export * from './errors.js';
export * from './logger.js';
export * from './environment.js';
export * from './http-service.js';
export * from './scalars.js';
export * from './identifiers.js';
export * from './pagination.js';
