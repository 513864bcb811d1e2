import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH, composeSupergraph } from './supergraph/compose.js';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`Supergraph written to ${SUPERGRAPH_PATH}`);
