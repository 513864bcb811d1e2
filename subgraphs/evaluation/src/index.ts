import { runSubgraph } from '@twoway/subgraph-runtime';
import { subgraphEntry } from '../../../topology.js';
import { evaluation } from './subgraph.js';

await runSubgraph(evaluation, subgraphEntry('evaluation'));
