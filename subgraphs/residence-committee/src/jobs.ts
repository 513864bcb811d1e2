import { successionsJob } from '@twoway/subgraph-runtime';

/** Registrations still open (received, or active in a cell) follow their cell or ward when it ends with a successor. */
export const registrationSuccessions = successionsJob([
  { table: 'residence_registration', open: `r.status IN ('RECEIVED', 'ACTIVE')`, ward: 'ward_id', cell: 'cell_id', node: 'organization_id' },
]);
