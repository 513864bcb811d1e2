import { writeFileSync } from 'node:fs';
import { readCommandLine } from '@twoway/platform';
import { SUPERGRAPH_PATH } from './supergraph/committed.js';
import { composeSupergraph } from './supergraph/compose.js';

readCommandLine(`
Usage: npm run compose

Composes the subgraphs' schemas into gateway/supergraph.graphql, the supergraph the
gateway loads (a test fails when the committed file is stale). Takes no options.

  -h, --help   this text
`, {});

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`Supergraph written to ${SUPERGRAPH_PATH}`);
