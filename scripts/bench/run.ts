import os from 'node:os';
import path from 'node:path';
import { systemClock, today } from '@twoway/platform';
import { startBenchFederation, pinned, type BenchFederation } from './federation.js';
import { WRITES_REPLAYED, measureFloor } from './floor.js';
import { measuring, type Gateway } from './measure.js';
import type { BenchOptions } from './options.js';
import { startPeer } from './peer.js';
import { writeExplainPlans } from './plans.js';
import { GENERATED_DIRECTORY, writeReport, type BenchRow, type LatencyRow } from './report.js';
import { clearCapture } from './sql-capture.js';
import { benchWorkloads } from './workloads.js';

/** One run of the bench: start, measure every workload, write the pages, stop everything started. */
export async function runBench(options: BenchOptions): Promise<void> {
  const day = today(systemClock);
  let federation: BenchFederation | undefined;
  let peer: Awaited<ReturnType<typeof startPeer>> | undefined;
  try {
    federation = await startBenchFederation(options, day);
    if (options.peer) peer = await startPeer();
    const gateways: Gateway[] = [federation.gateway, ...(peer ? [peer] : [])];
    const { workloads, nodesAt, year, province } = await benchWorkloads(federation.urls, day, options.only);
    const bench = measuring(options, federation.urls, gateways, federation.subgraphs.map((s) => s.pid));
    const results: BenchRow[] = [];
    const latency: LatencyRow[] = [];
    const keep = (row: BenchRow) => {
      console.log(row);
      results.push(row);
    };
    clearCapture();
    await bench.warmUp(workloads);
    for (const [index, workload] of workloads.entries()) {
      if (workload.oneConnectionOnly) {
        latency.push(await bench.latency(workload, Math.min(options.duration, 5)));
        continue;
      }
      for (const row of await bench.measure(workload)) keep(row);
      const floor = await measureFloor(workload, index, federation.gateway, federation.subgraphs, options);
      if (floor) keep(floor);
      // One connection once the services have served the workload (the runs above), as in service: after a
      // start, a ward's lists took 67, 59, 52, 47 and 46 ms p50 in five passes over its 126 wards, then 41 to 43
      // (5 December, a million members): measured before the runs, the figure was the processes warming up.
      if (!workload.writes) latency.push(await bench.latency(workload));
    }

    await writeExplainPlans(path.join(GENERATED_DIRECTORY, 'explain-plans.md'), federation.urls, {
      day, year, members: options.members, ward: nodesAt.ward[0]!.id, province: province.id,
    });
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` };
    writeReport({
      date: new Date().toISOString(), machine, members: options.members, dataset: federation.dataset, connections: options.connections,
      durationSeconds: options.duration, rounds: options.rounds, pinned, writesReplayed: WRITES_REPLAYED, results, province, latency,
    });
    console.log('Wrote docs/generated/benchmarks.md, benchmarks.json and explain-plans.md');
  } finally {
    peer?.stop();
    await federation?.stop();
  }
}
