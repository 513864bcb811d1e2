export { evaluation } from './subgraph.js';
export type { EvaluationContext } from './context.js';
export { evaluationDemoRows, evaluationGeneratedRows, EVALUATION_DATA_TABLES } from './demo/index.js';
