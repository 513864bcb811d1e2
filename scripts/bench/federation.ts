import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryRows } from '@twoway/persistence';
import { GATEWAY, SUBGRAPHS } from '../../topology.js';
import { federationDatabases, root, type DatabaseUrls } from '../lib/databases.js';
import { generateData } from '../lib/generate-data.js';
import { startFederationProcesses, type FederationProcesses } from '../lib/processes.js';
import type { BenchOptions } from './options.js';
import type { Gateway } from './measure.js';

const GATEWAY_PORT = 4100;
/** Each subgraph runs from this entry point, with the SQL capture, in place of its own src/index.ts. */
const CAPTURING_SUBGRAPH = path.relative(root, fileURLToPath(new URL('./subgraph-with-capture.ts', import.meta.url)));
/** Our gateway runs from this one: it keeps the bench's request ids, by which the capture picks its requests. */
const GATEWAY_KEEPING_CALLER_IDS = path.relative(root, fileURLToPath(new URL('./gateway-with-caller-ids.ts', import.meta.url)));

// Both gateways on one core, the subgraphs on the other, so the comparison isolates the gateway (PostgreSQL floats).
export const pinned = existsSync('/usr/bin/taskset') && os.cpus().length >= 2;
/** The command prefix that pins a process to `core`, when pinning is possible. */
export const pin = (core: number): string[] => (pinned ? ['taskset', '-c', String(core)] : []);

/**
 * The members of a generated data set of the tree since the 2025 reform (`npm run generate`): wards in
 * force directly under a province, the districts of before all ended. A set of the older shape (districts
 * in force) or the demo data counts as none, and is generated again.
 */
const GENERATED_MEMBERS = `
  SELECT count(*)::int AS n FROM member
  WHERE dossier_number LIKE 'HS-%'
    AND EXISTS (SELECT 1 FROM organization_unit w JOIN organization_unit p ON p.id = w.parent_id WHERE w.kind = 'WARD' AND w.valid_to IS NULL AND p.kind = 'PROVINCE')
    AND EXISTS (SELECT 1 FROM organization_unit WHERE kind = 'DISTRICT' AND valid_to IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM organization_unit WHERE kind = 'DISTRICT' AND valid_to IS NULL)`;

/** The federation under test: its databases, our gateway and the subgraph processes. */
export interface BenchFederation {
  urls: DatabaseUrls;
  /** What was generated (rows per table), or 'already loaded'. */
  dataset: unknown;
  gateway: Gateway;
  /** Each subgraph process and its own database's URL. */
  subgraphs: { name: string; pid: number; databaseUrl: string }[];
  /** Stops the processes, then the embedded PostgreSQL when there is one. */
  stop(): Promise<void>;
}

/**
 * Makes sure the databases hold a generated data set of `members` members for
 * `day` (`npm run generate` otherwise), then starts the three subgraphs, with
 * the SQL capture (subgraph-with-capture.ts), and our gateway as separate
 * processes, as in production.
 */
export async function startBenchFederation(options: BenchOptions, day: string): Promise<BenchFederation> {
  const { urls, embedded } = await federationDatabases((message) => console.log(message));
  let processes: FederationProcesses | undefined;
  const stop = async () => {
    await processes?.stop();
    await embedded?.stop();
  };
  try {
    const [{ n }] = (await queryRows<{ n: number }>(urls.WORKPLACE_DATABASE_URL, GENERATED_MEMBERS).catch(() => [{ n: -1 }])) as [{ n: number }];
    const counts = n === options.members ? undefined : await generateData(urls, options.members, day);
    if (!counts) console.log(`The databases already hold the generated data set of ${options.members} members.`);

    processes = await startFederationProcesses({
      urls,
      gatewayPort: GATEWAY_PORT,
      env: { LOG_LEVEL: 'warn', DEMO_DATA: 'off', SCHEDULE_INTERVAL_MS: '0', NODE_ENV: 'production' },
      subgraphEntry: (name) => [CAPTURING_SUBGRAPH, name],
      gatewayEntry: GATEWAY_KEEPING_CALLER_IDS,
      wrap: (name) => pin(name === GATEWAY.name ? 1 : 0),
      nodeOptions: (name) => (options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile, name)}`] : []),
    });
    const pidOf = (name: string) => processes!.processes.find((p) => p.name === name)!.child.pid!;
    return {
      urls,
      dataset: counts ?? 'already loaded',
      gateway: { name: 'ours (Apollo Gateway)', url: processes.gatewayUrl, pid: pidOf(GATEWAY.name) },
      subgraphs: SUBGRAPHS.map(({ name, databaseVariable }) => ({ name, pid: pidOf(name), databaseUrl: urls[databaseVariable] })),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
