export { workplaceCommittee } from './subgraph.js';
export type { WorkplaceContext } from './context.js';
export { workplaceDemoRows, workplaceGeneratedRows, WORKPLACE_AFTER_LOAD, WORKPLACE_DATA_TABLES } from './demo/index.js';
