export { evaluation } from './subgraph.js';
export type { EvaluationContext } from './context.js';
export { evaluationDemoRows, evaluationGeneratedRows, evaluationGenerationPolicy, EVALUATION_DATA_TABLES, type EvaluationGenerationPolicy } from './demo/index.js';
export { DEADLINE_MARKS_PER_RUN } from './jobs.js';
export { OPEN_REQUEST_STATUSES } from './events.js';
