/**
 * `npm run schema:check`: the composed supergraph against the published API
 * schema; exits 1 on a breaking change not listed in
 * gateway/schema/accepted-breaking-changes.json.
 * `npm run schema:publish`: makes the current API schema the published one
 * (a release; it also empties nothing: accepted changes stay on record).
 */
import { readCommandLine } from '@twoway/platform';
import { composeSupergraph } from './supergraph/compose.js';
import { checkCompatibility, publishApiSchema, PUBLISHED_SCHEMA_PATH } from './supergraph/compatibility.js';

const { positionals, fail } = readCommandLine(`
Usage: npm run schema:check      (tsx gateway/src/schema-cli.ts check)
       npm run schema:publish    (tsx gateway/src/schema-cli.ts publish)

check     compares the composed API schema with gateway/schema/published.graphql; exits 1
          on a breaking change not accepted in gateway/schema/accepted-breaking-changes.json
publish   makes the current API schema the published one (at a release)

  -h, --help   this text
`, { allowPositionals: true });
const command = positionals.length <= 1 ? (positionals[0] ?? 'check') : fail('Give one command: check or publish');
if (command !== 'check' && command !== 'publish') fail(`Unknown command '${command}': check or publish`);

const supergraph = composeSupergraph();
if (command === 'publish') {
  publishApiSchema(supergraph);
  console.log(`Published API schema written to ${PUBLISHED_SCHEMA_PATH}`);
} else {
  const report = await checkCompatibility(supergraph);
  for (const change of report.others) console.log(`  ${change.criticality.level.toLowerCase()}: ${change.message}`);
  for (const change of report.breaking) console.log(`  BREAKING${report.unaccepted.includes(change) ? '' : ' (accepted)'}: ${change.message}  [${change.path ?? ''}]`);
  if (report.unaccepted.length > 0) {
    console.error(`${report.unaccepted.length} breaking change(s) not accepted: restore compatibility, or add each to gateway/schema/accepted-breaking-changes.json with its reason.`);
    process.exit(1);
  }
  console.log('No unaccepted breaking change against the published schema.');
}
