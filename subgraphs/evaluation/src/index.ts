import { runSubgraph } from '@twoway/subgraph-runtime';
import { evaluation } from './subgraph.js';

await runSubgraph(evaluation, { databaseUrlVariable: 'EVALUATION_DATABASE_URL', defaultPort: 4003 });
