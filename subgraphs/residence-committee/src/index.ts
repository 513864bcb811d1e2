import { runSubgraph } from '@twoway/subgraph-runtime';
import { subgraphEntry } from '../../../topology.js';
import { residenceCommittee } from './subgraph.js';

await runSubgraph(residenceCommittee, subgraphEntry('residence-committee'));
