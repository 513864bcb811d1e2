import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One measured run: a workload through one gateway, or its SQL floor. */
export interface BenchRow {
  workload: string;
  gateway: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  gatewayCpuMsPerRequest: number | null;
  gatewayPeakMiB: number;
  subgraphCpuMsPerRequest: number | null;
  /** Each subgraph's peak memory (VmHWM) after the run: workplace-committee, residence-committee, evaluation. */
  subgraphPeakMiB?: number[] | null;
  sqlStatementsPerRequest: number | null;
  requests: number;
  errors: number;
}

/** What `npm run bench` measured (docs/benchmarks.json). */
export interface BenchReport {
  date: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string; os: string };
  members: number;
  dataset: unknown;
  connections: number;
  durationSeconds: number;
  rounds: number;
  pinned: boolean;
  writesReplayed: number;
  results: BenchRow[];
}

/**
 * Writes docs/benchmarks.json and docs/benchmarks.md: the table, the ratios,
 * and the hand-written analysis (docs/benchmarks-analysis.md) after them.
 * `npm run bench -- --report` renders the page again from the JSON, after the
 * analysis has been edited.
 */
export function writeReport(report: BenchReport, directory: string): void {
  writeFileSync(path.join(directory, 'benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = report.results.map((r) => `| ${r.workload} | ${r.gateway} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.gatewayCpuMsPerRequest ?? '-'} | ${r.gatewayPeakMiB} | ${r.subgraphCpuMsPerRequest ?? '-'} | ${r.subgraphPeakMiB?.join(' / ') ?? '-'} | ${r.sqlStatementsPerRequest ?? '-'} | ${r.requests} | ${r.errors} |`).join('\n');
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? (Math.round((a / b) * 100) / 100).toString() : '-');
  const ratios = [...new Set(report.results.map((r) => r.workload))].map((workload) => {
    const of = (prefix: string) => report.results.find((r) => r.workload === workload && r.gateway.startsWith(prefix));
    const [ours, theirs, floor] = [of('ours'), of('peer'), of('floor')];
    return `| ${workload} | ${ratio(ours?.requestsPerSecond, theirs?.requestsPerSecond)} | ${ratio(theirs?.gatewayCpuMsPerRequest, ours?.gatewayCpuMsPerRequest)} | ${ratio(theirs?.p50Ms, ours?.p50Ms)} | ${ratio(ours?.requestsPerSecond, floor?.requestsPerSecond)} |`;
  }).join('\n');
  writeFileSync(
    path.join(directory, 'benchmarks.md'),
    `# Benchmarks\n\nWritten by \`npm run bench\` (${report.date}). Machine: ${report.machine.cpus} cores (${report.machine.cpu}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ${report.machine.os}.\n` +
      `Data: ${report.members} generated members (\`npm run generate\`). Load: autocannon, ${report.connections} connections, ${report.durationSeconds} s per run after a 2 s warm-up (and, before any run, 5 s through each gateway of each of the first two read workloads), ${report.rounds} run${report.rounds > 1 ? 's' : ''} per gateway and workload (the order of the gateways turned round each round; requests/s and CPU over all runs, p50 and p99 the mean of the runs'), ` +
      `variables drawn at random per request, through the gateway with the bearer token of an oversight official of the node's province (authorization included); the three subgraphs and the gateway run as separate processes on the same machine as PostgreSQL.\n\n` +
      `${report.pinned ? 'Both gateways run pinned to CPU core 1 (taskset), one after the other against the same running subgraphs (pinned to core 0); PostgreSQL is not pinned.' : 'No CPU pinning (taskset missing or a single core).'} ` +
      `Gateway CPU is the gateway process's user + system time over the measured run, divided by its requests; peak memory is its VmHWM at the end of the run. Subgraph peak memory is each subgraph process's VmHWM (a high-water mark over the whole bench, so far). Subgraph CPU is the three subgraph processes' together, per request: their one core is what saturates first at this concurrency, and then the throughput of both gateways is the subgraphs' (see the analysis below). ` +
      `The floor replays, through pg in one process at the same concurrency, exactly the statements the subgraphs ran for requests of the workload (captured by request id), each database's in order on one connection and the three databases side by side: its CPU and memory are that process's. For reads, 30 requests are replayed over and over; for the mutation mix, ${report.writesReplayed} writes captured as dry runs (the subgraph rolls the transaction back once the statements are recorded) are replayed once each, committed, against rows not yet written.\n\n` +
      `SQL statements per request are counted by PostgreSQL (transactions committed in the three databases during the run; every read statement is its own transaction, a mutation's statements are one transaction per subgraph, so for the mutation mix it counts transactions). ` +
      `The mutation mix writes, in turn, a letter for an active member, attendance at a held meeting and a draft comment on an open request, each with the record's current version and the token of the committee that owns the write (a pool of records smaller than the run comes round, its versions followed). Hive Gateway runs with its merging of identical in-flight subgraph queries switched off (scripts/bench/hive-gateway.config.ts): ours does not merge, and no gateway is to merge or cache here. Errors count failed requests and answers carrying errors (for writes, user errors such as CONFLICT too).\n\n` +
      `| workload | gateway | requests/s | p50 ms | p99 ms | gateway CPU ms/request | gateway peak MiB | subgraph CPU ms/request | subgraph peak MiB (wc / rc / ev) | SQL statements/request | requests | errors |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n${table}\n\n` +
      `Ours against the peer (above 1 is better for ours):\n\n| workload | throughput ours/peer | CPU per request peer/ours | p50 peer/ours | throughput ours/floor |\n|---|---|---|---|---|\n${ratios}\n\n` +
      `The EXPLAIN plans of the hot queries are in [explain-plans.md](explain-plans.md).\n` +
      (existsSync(path.join(directory, 'benchmarks-analysis.md')) ? `\n${readFileSync(path.join(directory, 'benchmarks-analysis.md'), 'utf8')}` : ''),
  );
}
