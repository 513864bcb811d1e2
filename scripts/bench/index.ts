/**
 * `npm run bench -- [--members 100000] [--duration 10] [--connections 10] [--quick]`
 *
 * A load harness over the generated data: makes sure the databases hold a generated data set of that size
 * (`npm run generate` otherwise), starts the three subgraphs and the gateway as separate processes
 * (federation.ts; the subgraphs with the SQL capture, sql-capture.ts), Hive Gateway beside ours (peer.ts),
 * and drives each workload (workloads.ts) with autocannon at fixed concurrency, variables drawn at random per
 * request (measure.ts); then replays the same SQL through pg alone (floor.ts). Writes requests per second,
 * p50/p99, CPU, memory and statements per workload to docs/generated/benchmarks.md and benchmarks.json
 * (report.ts), with the EXPLAIN plans of the hot queries in docs/generated/explain-plans.md (plans.ts).
 */
import { readBenchOptions } from './options.js';
import { rewriteReport } from './report.js';

const options = readBenchOptions();
if (options.reportOnly) {
  rewriteReport();
  console.log('Wrote docs/generated/benchmarks.md from docs/generated/benchmarks.json');
} else {
  // Loaded only now: --help and --report need neither the databases nor the services.
  const { runBench } = await import('./run.js');
  await runBench(options);
}
