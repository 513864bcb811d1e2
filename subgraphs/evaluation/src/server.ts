export { evaluation } from './subgraph.js';
export type { EvaluationContext } from './context.js';
