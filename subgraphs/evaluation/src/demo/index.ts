export { seedDemoData } from './seed.js';
export { evaluationDemoRows, type AnnualReviewRecord, type CommentFormRecord, type CommentRequestRecord } from './demo-rows.js';
export { EVALUATION_DATA_TABLES, evaluationGeneratedRows, evaluationGenerationPolicy, type EvaluationGenerationPolicy } from './generated-rows.js';
