export { workplaceCommittee } from './subgraph.js';
export type { WorkplaceContext } from './context.js';
