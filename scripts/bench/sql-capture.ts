import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { preparedName } from '@twoway/persistence';
import type { SubgraphPlugin } from '@twoway/subgraph-runtime';

/**
 * The benchmark's SQL capture: a subgraph plugin that records, whole, the
 * statements of the requests whose id starts with `capture:`, so that the
 * floor can replay them without federation, and rolls back, once recorded,
 * the mutations of those whose id starts with `capture:rollback:` (dry runs:
 * the floor replays them, committed, against rows not yet written).
 *
 * Only the benchmark's own subgraph entry point (subgraph-with-capture.ts)
 * loads it: the request id is the caller's to choose, so a deployment with it
 * would let any caller have writes answered and not kept, and statements with
 * their parameters written to disk.
 */
export const CAPTURE_DIRECTORY = '/tmp/twoway-sql-capture';
export const CAPTURED_REQUEST_PREFIX = 'capture:';
export const DRY_RUN_REQUEST_PREFIX = `${CAPTURED_REQUEST_PREFIX}rollback:`;

/** A statement as a subgraph sent it: `prepared`, the name it went under when the subgraph prepares it (prepared-statements.ts). */
export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
  prepared?: string;
}

/** One request's statements, per database, in the order each subgraph sent them. */
export type CapturedRequest = Map<string, CapturedStatement[]>;

const captured = (requestId: string) => requestId.startsWith(CAPTURED_REQUEST_PREFIX);

/** The plugin: this process's statements go to `<directory>/<pid>.jsonl`, one JSON line each. */
export function sqlCapture(directory = CAPTURE_DIRECTORY): SubgraphPlugin {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${process.pid}.jsonl`);
  return {
    // Only the captured requests are tracked: the others, the runs measured, pay no hook for it (subgraph.ts).
    observes: captured,
    statementSent: ({ requestId, sql, parameters }) => {
      if (requestId !== undefined && captured(requestId)) appendFileSync(file, `${JSON.stringify({ requestId, sql, parameters, prepared: preparedName(sql) })}\n`);
    },
    beforeMutationCommit: ({ requestId }) => (requestId.startsWith(DRY_RUN_REQUEST_PREFIX) ? 'rollback' : 'commit'),
  };
}

/** Empties the capture directory (the subgraphs keep writing into it). */
export function clearCapture(): void {
  if (existsSync(CAPTURE_DIRECTORY)) rmSync(CAPTURE_DIRECTORY, { recursive: true });
  mkdirSync(CAPTURE_DIRECTORY, { recursive: true });
}

/**
 * Reads what the subgraphs recorded for the requests whose id starts with
 * `prefix` (but those in `leaveOut`), by request and database.
 */
export function readCapture(prefix: string, databaseOfPid: Map<number, string>, leaveOut: ReadonlySet<string> = new Set()): CapturedRequest[] {
  const byRequest = new Map<string, CapturedRequest>();
  if (!existsSync(CAPTURE_DIRECTORY)) return [];
  for (const file of readdirSync(CAPTURE_DIRECTORY)) {
    const database = databaseOfPid.get(Number(path.basename(file, '.jsonl')));
    if (!database) continue;
    for (const line of readFileSync(path.join(CAPTURE_DIRECTORY, file), 'utf8').split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as CapturedStatement & { requestId: string };
      if (!entry.requestId.startsWith(prefix) || leaveOut.has(entry.requestId)) continue;
      const request = byRequest.get(entry.requestId) ?? new Map();
      const statements = request.get(database) ?? [];
      statements.push({ sql: entry.sql, parameters: entry.parameters, prepared: entry.prepared });
      request.set(database, statements);
      byRequest.set(entry.requestId, request);
    }
  }
  return [...byRequest.values()];
}
