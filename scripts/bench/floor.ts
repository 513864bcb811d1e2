import pg from 'pg';
import { postgresCpuByProcess, postgresCpuSince } from './process-metrics.js';
import type { BenchOptions } from './options.js';
import type { Gateway } from './measure.js';
import type { BenchRow } from './report.js';
import { CAPTURED_REQUEST_PREFIX, DRY_RUN_REQUEST_PREFIX, readCapture, type CapturedRequest } from './sql-capture.js';
import { drawRequest, refusedAnswer, type Workload } from './workloads.js';

/** How many writes the floor replays, each once. */
export const WRITES_REPLAYED = 600;

/**
 * The floor of a workload: a sample of its requests through our gateway, their statements captured, then
 * replayed (runFloor). Reads: 30 requests, replayed for the run's duration. Writes: dry runs (rolled back once
 * recorded), each replayed once, committed, against rows not yet written. `index` tells this workload's
 * captured requests from the others'; `subgraphs` are the processes that capture, with their databases.
 * Undefined when nothing was captured.
 */
export async function measureFloor(
  workload: Workload,
  index: number,
  ours: Gateway,
  subgraphs: { name: string; pid: number; databaseUrl: string }[],
  options: Pick<BenchOptions, 'connections' | 'duration'>,
): Promise<BenchRow | undefined> {
  const sampleSize = workload.writes ? WRITES_REPLAYED : 30;
  const capturePrefix = `${workload.writes ? DRY_RUN_REQUEST_PREFIX : CAPTURED_REQUEST_PREFIX}${index}:`;
  await workload.refresh?.();
  // A captured write that was refused (a user error) rolled back for that reason, not as a dry run: not replayed.
  const refusedCaptures = new Set<string>();
  for (let i = 0; i < sampleSize; i += 1) {
    const drawn = drawRequest(workload);
    const answer = await (await fetch(ours.url, { method: 'POST', headers: { ...drawn.headers, 'x-request-id': `${capturePrefix}${i}` }, body: drawn.body })).text();
    if (workload.writes && refusedAnswer(workload, answer)) refusedCaptures.add(`${capturePrefix}${i}`);
  }
  if (refusedCaptures.size > 0) console.warn(`${workload.name}: ${refusedCaptures.size} captured writes were refused and are not replayed`);
  const captured = readCapture(capturePrefix, new Map(subgraphs.map((s) => [s.pid, s.name])), refusedCaptures);
  if (captured.length === 0) return undefined;
  const floor = await runFloor(captured, new Map(subgraphs.map((s) => [s.name, s.databaseUrl])), options.connections, options.duration, { once: workload.writes });
  return {
    workload: workload.name, gateway: 'floor (the same SQL through pg, one process)',
    requestsPerSecond: floor.requestsPerSecond, p50Ms: floor.p50Ms, p99Ms: floor.p99Ms, gatewayCpuMsPerRequest: floor.cpuMsPerRequest,
    gatewayPeakMiB: floor.peakMiB, subgraphCpuMsPerRequest: null, subgraphPeakMiB: null, postgresCpuMsPerRequest: floor.postgresCpuMsPerRequest, sqlStatementsPerRequest: floor.statementsPerRequest, requests: floor.requests, errors: floor.errors,
  };
}

export interface FloorResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU time over the run (postgresCpuSince), per request. */
  postgresCpuMsPerRequest: number;
  peakMiB: number;
  statementsPerRequest: number;
  requests: number;
  /** Replayed requests a statement of which failed (a write's transaction is then rolled back). */
  errors: number;
}

/**
 * The SQL floor: the captured requests' statements replayed through pg in
 * this one process, each database's statements in order on one connection
 * (a mutation's transaction stays one transaction) and the databases side by
 * side, `connections` requests at a time: what the answers cost without
 * federation (no gateway, no subgraph, no HTTP, no GraphQL).
 *
 * Reads are replayed over and over for `seconds`. Writes (`once`) were
 * captured as dry runs, rolled back once recorded: each is replayed once,
 * with COMMIT where its capture rolled back, against rows not yet written,
 * and the run lasts until they are all done.
 */
export async function runFloor(captured: CapturedRequest[], urls: Map<string, string>, connections: number, seconds: number, options: { once?: boolean } = {}): Promise<FloorResult> {
  // The sessions' settings the subgraphs' pools have (no JIT: packages/persistence/src/data-source.ts), so that
  // the same statements are planned the same way: with JIT a dashboard's statements compiled for hundreds of ms.
  const pools = new Map([...urls].map(([database, url]) => [database, new pg.Pool({ connectionString: url, max: connections, options: '-c jit=off' })]));
  const latencies: number[] = [];
  let next = 0;
  let statements = 0;
  const failed = new Set<CapturedRequest>();
  const cpuBefore = process.cpuUsage();
  const postgresCpuBefore = postgresCpuByProcess();
  const started = performance.now();
  const deadline = Date.now() + seconds * 1000;
  const more = () => (options.once ? next < captured.length : Date.now() < deadline);
  const worker = async () => {
    while (more()) {
      const request = captured[next++ % captured.length]!;
      const begun = performance.now();
      await Promise.all([...request].map(async ([database, list]) => {
        const client = await pools.get(database)!.connect();
        try {
          for (const statement of list) {
            const sql = options.once && statement.sql === 'ROLLBACK' ? 'COMMIT' : statement.sql;
            // Sent as the subgraph sent it: prepared under its name where the subgraph prepares it (prepared-statements.ts).
            await (statement.prepared ? client.query({ name: statement.prepared, text: sql, values: statement.parameters }) : client.query(sql, statement.parameters));
          }
        } catch {
          failed.add(request);
          await client.query('ROLLBACK').catch(() => undefined);
        } finally {
          client.release();
        }
      }));
      latencies.push(performance.now() - begun);
      statements += [...request.values()].reduce((sum, list) => sum + list.length, 0);
    }
  };
  let postgresCpu = 0;
  try {
    await Promise.all(Array.from({ length: connections }, worker));
    // Before the pools end: their backends take their CPU time with them.
    postgresCpu = postgresCpuSince(postgresCpuBefore);
  } finally {
    await Promise.all([...pools.values()].map((pool) => pool.end()));
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return {
    requestsPerSecond: Math.round((latencies.length / elapsedSeconds) * 10) / 10,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / latencies.length) * 100) / 100,
    postgresCpuMsPerRequest: Math.round((postgresCpu / latencies.length) * 100) / 100,
    peakMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    statementsPerRequest: Math.round((statements / latencies.length) * 10) / 10,
    requests: latencies.length,
    errors: failed.size,
  };
}
