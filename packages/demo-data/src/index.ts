export * from './scenario.js';
export * from './organization-tree.js';
export * from './demo-scenario.js';
export * from './generated-shape.js';
export * from './large-scenario.js';
export { stableId, randomFor, SeededRandom } from './random.js';
