import { runSubgraph } from '@twoway/subgraph-runtime';
import { subgraphEntry } from '../../../topology.js';
import { workplaceCommittee } from './subgraph.js';

await runSubgraph(workplaceCommittee, subgraphEntry('workplace-committee'));
