export { residenceCommittee } from './subgraph.js';
export type { ResidenceContext } from './context.js';
export { residenceDemoRows, residenceGeneratedRows, RESIDENCE_DATA_TABLES } from './demo/index.js';
