import { runSubgraph } from '@twoway/subgraph-runtime';
import { workplaceCommittee } from './subgraph.js';

await runSubgraph(workplaceCommittee, { databaseUrlVariable: 'WORKPLACE_DATABASE_URL', defaultPort: 4001 });
