export * from './records.js';
export * from './organization-tree.js';
export * from './demo-dataset.js';
export { stableId, SeededRandom } from './random.js';
export * from './large-dataset.js';
