/**
 * The benchmark's subgraph process: `node --import tsx scripts/bench/subgraph-with-capture.ts <subgraph>`.
 * It starts the subgraph exactly as its own `src/index.ts` does (runSubgraph, with the topology's options),
 * with one plugin more: the SQL capture (sql-capture.ts). The bench launches it in place of the subgraph's
 * entry point.
 *
 * Why an entry point of the bench's own rather than a variable naming a plugin module: the capture rolls back
 * writes and records statements with their parameters for any request whose id (the caller's to choose) asks
 * for it. No deployment should be able to turn that on, by mistake or by configuration; with this, none can:
 * the services' code paths load no plugin and read no variable for one, and only this file names the capture.
 */
import { runSubgraph } from '@twoway/subgraph-runtime';
import { SUBGRAPHS, subgraphEntry, type SubgraphName } from '../../topology.js';
import { sqlCapture } from './sql-capture.js';

const name = process.argv[2];
const known = SUBGRAPHS.find((subgraph) => subgraph.name === name);
if (!known) {
  console.error(`Usage: node --import tsx scripts/bench/subgraph-with-capture.ts <${SUBGRAPHS.map((subgraph) => subgraph.name).join(' | ')}>`);
  process.exit(2);
}
const plugins = [sqlCapture()];
const start: Record<SubgraphName, () => Promise<void>> = {
  'workplace-committee': async () => runSubgraph((await import('@twoway/workplace-committee')).workplaceCommittee, { ...subgraphEntry('workplace-committee'), plugins }),
  'residence-committee': async () => runSubgraph((await import('@twoway/residence-committee')).residenceCommittee, { ...subgraphEntry('residence-committee'), plugins }),
  evaluation: async () => runSubgraph((await import('@twoway/evaluation')).evaluation, { ...subgraphEntry('evaluation'), plugins }),
};
await start[known.name]();
