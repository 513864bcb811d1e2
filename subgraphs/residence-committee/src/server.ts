export { residenceCommittee } from './subgraph.js';
export type { ResidenceContext } from './context.js';
