export * from './principal.js';
export * from './tokens.js';
export * from './keys.js';
export * from './environment.js';
export * from './access-policy.js';
