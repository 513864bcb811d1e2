export * from './subgraph.js';
export * from './main.js';
