import { runSubgraph } from '@twoway/subgraph-runtime';
import { residenceCommittee } from './subgraph.js';

await runSubgraph(residenceCommittee, { databaseUrlVariable: 'RESIDENCE_DATABASE_URL', defaultPort: 4002 });
