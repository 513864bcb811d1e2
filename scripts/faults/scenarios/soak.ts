import { readFileSync } from 'node:fs';
import { SERVICE_NAMES } from '../harness.js';
import { checkWrites, codesOf, drive, percentile, settle } from '../load.js';
import { requirement, secondsOf, sleep, type Scenario } from './scenario.js';

/** A process's resident memory now (VmRSS), in MiB; undefined when it is gone. */
export function rssMiB(pid: number): number | undefined {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The gateway's heap, from its metrics, in MiB: in use now (`nodejs_heap_size_used_bytes`: live objects and garbage
 * not yet collected) and right after the last full collection (`nodejs_heap_used_after_major_gc_bytes`: the live
 * objects alone, which grow only when something leaks). The resident size holds both and what V8 keeps reserved.
 */
async function gatewayHeapMiB(metricsUrl: string): Promise<{ used: number | null; live: number | null }> {
  const read = (text: string, name: string) => {
    const bytes = Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
    return Number.isFinite(bytes) ? Math.round(bytes / 104_857.6) / 10 : null;
  };
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) })).text();
    return { used: read(text, 'nodejs_heap_size_used_bytes'), live: read(text, 'nodejs_heap_used_after_major_gc_bytes') };
  } catch {
    return { used: null, live: null };
  }
}

/**
 * Whether a series of memory samples levels off: the growth over its second half is at most a quarter of the
 * growth over its first half, or under 10 MiB (noise). Undefined with fewer than 3 samples.
 */
export function levelsOff(series: number[]): boolean | undefined {
  if (series.length < 3) return undefined;
  const middle = Math.floor((series.length - 1) / 2);
  const first = series[middle]! - series[0]!;
  const second = series.at(-1)! - series[middle]!;
  return second < 10 || second <= first / 4;
}

/**
 * (e) A bounded soak: mixed reads and writes (a fifth writes) by 4 clients for `soakMinutes`, each process's
 * resident memory sampled at the start, every minute and at the end, to see whether the gateway's levels off
 * (in the trial it grew from 180 to 355 MB in 6 minutes). It requires what every run requires (no
 * INTERNAL_SERVER_ERROR, nothing lost or doubled); memory is a figure to read, not a pass mark.
 */
export const soak: Scenario = {
  name: 'soak',
  title: 'bounded soak of mixed reads and writes, memory sampled every minute',
  async run({ federation, traffic, log, soakMinutes }) {
    const firstWrite = traffic.writes.length;
    const durationMs = soakMinutes * 60_000;
    const started = Date.now();
    const memory: Record<string, (number | null)[]> = Object.fromEntries(SERVICE_NAMES.map((name) => [name, []]));
    const gatewayHeap: (number | null)[] = [];
    const gatewayLiveHeap: (number | null)[] = [];
    const minutes: number[] = [];
    const sample = async () => {
      minutes.push(Math.round((Date.now() - started) / 6_000) / 10);
      for (const name of SERVICE_NAMES) memory[name]!.push(rssMiB(federation.pidOf(name)) ?? null);
      const heap = await gatewayHeapMiB(federation.gatewayMetricsUrl);
      gatewayHeap.push(heap.used);
      gatewayLiveHeap.push(heap.live);
    };
    await sample();
    const load = drive(traffic, { concurrency: 4, writeShare: 0.2, until: () => Date.now() - started >= durationMs });
    while (Date.now() - started < durationMs) {
      await sleep(Math.min(60_000, durationMs - (Date.now() - started)));
      await sample();
      log(`  soak ${minutes.at(-1)} min: gateway ${memory.gateway!.at(-1)} MiB resident, ${gatewayHeap.at(-1)} MiB heap in use, ${gatewayLiveHeap.at(-1)} MiB live after the last full GC`);
    }
    const samples = await load;
    if (minutes.at(-1)! < soakMinutes) await sample();
    const writes = traffic.writes.slice(firstWrite);
    const open = await settle(traffic, writes);
    const checked = await checkWrites(federation.urls, writes);
    const codes = codesOf(samples);
    const internal = codes.INTERNAL_SERVER_ERROR ?? 0;
    const gateway = memory.gateway!.filter((v): v is number => v !== null);
    return {
      figures: {
        minutes: soakMinutes,
        requests: samples.length,
        requestsPerSecond: Math.round(samples.length / ((Date.now() - started) / 1000)),
        p50Ms: percentile(samples, 50),
        p99Ms: percentile(samples, 99),
        failed: samples.filter((s) => !s.ok).length,
        codes,
        memorySampledAtMinutes: minutes,
        rssMiB: memory,
        gatewayStartMiB: gateway[0] ?? null,
        gatewayEndMiB: gateway.at(-1) ?? null,
        gatewayMaxMiB: gateway.length ? Math.max(...gateway) : null,
        gatewayLevelsOff: levelsOff(gateway) ?? null,
        gatewayHeapUsedMiB: gatewayHeap,
        gatewayLiveHeapAfterFullGcMiB: gatewayLiveHeap,
        gatewayLiveHeapLevelsOff: levelsOff(gatewayLiveHeap.filter((v): v is number => v !== null)) ?? null,
        durationSeconds: secondsOf(Date.now() - started),
        ...checked,
      },
      requirements: [
        requirement('no INTERNAL_SERVER_ERROR', internal === 0, `${internal} answers`),
        requirement('writes lost: 0, doubled: 0, all acknowledged', open === 0 && checked.lost === 0 && checked.doubled === 0, `lost ${checked.lost}, doubled ${checked.doubled}, unacknowledged ${checked.unacknowledged}`),
      ],
    };
  },
};
