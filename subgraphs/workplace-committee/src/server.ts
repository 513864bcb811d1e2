export { workplaceCommittee } from './subgraph.js';
export type { WorkplaceContext } from './context.js';
export { OPEN_LETTER_STATUSES_SQL } from './repositories/introduction-letter.repository.js';
export { workplaceDemoRows, workplaceGeneratedRows, WORKPLACE_AFTER_LOAD, WORKPLACE_DATA_TABLES } from './demo/index.js';
