import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** One request's statements, per database, in the order each subgraph sent them. */
export type CapturedRequest = Map<string, { sql: string; parameters: unknown[] }[]>;

export const CAPTURE_DIRECTORY = '/tmp/twoway-sql-capture';

/** Empties the capture directory (the subgraphs keep writing into it). */
export function clearCapture(): void {
  if (existsSync(CAPTURE_DIRECTORY)) rmSync(CAPTURE_DIRECTORY, { recursive: true });
  mkdirSync(CAPTURE_DIRECTORY, { recursive: true });
}

/**
 * Reads what the subgraphs recorded (SQL_CAPTURE_DIRECTORY/<pid>.jsonl) for
 * the requests whose id starts with `prefix` (but those in `leaveOut`), by
 * request and database.
 */
export function readCapture(prefix: string, databaseOfPid: Map<number, string>, leaveOut: ReadonlySet<string> = new Set()): CapturedRequest[] {
  const byRequest = new Map<string, CapturedRequest>();
  if (!existsSync(CAPTURE_DIRECTORY)) return [];
  for (const file of readdirSync(CAPTURE_DIRECTORY)) {
    const database = databaseOfPid.get(Number(path.basename(file, '.jsonl')));
    if (!database) continue;
    for (const line of readFileSync(path.join(CAPTURE_DIRECTORY, file), 'utf8').split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as { requestId: string; sql: string; parameters: unknown[] };
      if (!entry.requestId.startsWith(prefix) || leaveOut.has(entry.requestId)) continue;
      const request = byRequest.get(entry.requestId) ?? new Map();
      const statements = request.get(database) ?? [];
      statements.push({ sql: entry.sql, parameters: entry.parameters });
      request.set(database, statements);
      byRequest.set(entry.requestId, request);
    }
  }
  return [...byRequest.values()];
}

export interface FloorResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
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
  const pools = new Map([...urls].map(([database, url]) => [database, new pg.Pool({ connectionString: url, max: connections })]));
  const latencies: number[] = [];
  let next = 0;
  let statements = 0;
  const failed = new Set<CapturedRequest>();
  const cpuBefore = process.cpuUsage();
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
          for (const statement of list) await client.query(options.once && statement.sql === 'ROLLBACK' ? 'COMMIT' : statement.sql, statement.parameters);
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
  try {
    await Promise.all(Array.from({ length: connections }, worker));
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
    peakMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    statementsPerRequest: Math.round((statements / latencies.length) * 10) / 10,
    requests: latencies.length,
    errors: failed.size,
  };
}
