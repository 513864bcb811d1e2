export * from './subgraph.js';
export * from './main.js';
export * from './mutations/index.js';
export * from './shared-schema.js';
export * from './federation-client.js';
export * from './events/index.js';
export * from './oversight.js';
export * from './statistics.js';
