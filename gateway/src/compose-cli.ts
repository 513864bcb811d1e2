import { writeFileSync } from 'node:fs';
import { readCommandLine } from '@twoway/platform';
import { SUPERGRAPH_PATH } from './supergraph/committed.js';
import { API_SCHEMA_PATH, apiSchemaFile } from './supergraph/compatibility.js';
import { composeSupergraph } from './supergraph/compose.js';
import { REFERENCE_DIR, writeReference } from './supergraph/reference.js';

readCommandLine(`
Usage: npm run compose

Composes the subgraphs' schemas into gateway/supergraph.graphql, the supergraph the
gateway loads; writes the API schema it serves to gateway/schema/api.graphql and the
developer reference generated from it to gateway/schema/reference/ (tests fail when
any of the three is stale). Takes no options.

  -h, --help   this text
`, {});

const supergraph = composeSupergraph();
writeFileSync(SUPERGRAPH_PATH, supergraph);
console.log(`Supergraph written to ${SUPERGRAPH_PATH}`);
writeFileSync(API_SCHEMA_PATH, apiSchemaFile(supergraph));
console.log(`API schema written to ${API_SCHEMA_PATH}`);
await writeReference();
console.log(`Reference written to ${REFERENCE_DIR}`);
