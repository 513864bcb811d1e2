import autocannon from 'autocannon';
import { queryRows } from '@twoway/persistence';
import type { DatabaseUrls } from '../lib/databases.js';
import { cpuMilliseconds, peakMemoryMiB, postgresCpuByProcess, postgresCpuSince } from './process-metrics.js';
import type { BenchOptions } from './options.js';
import type { BenchRow, LatencyRow } from './report.js';
import { drawRequest, refusedAnswer, type Workload } from './workloads.js';

/** A gateway under load: ours or the peer. */
export interface Gateway {
  name: string;
  url: string;
  pid: number;
}

/** autocannon through one gateway for `seconds`, each request drawn afresh from the workload. */
export function load(gateway: Gateway, workload: Workload, connections: number, seconds: number, onResponse?: (status: number, body: string) => void) {
  return autocannon({
    url: gateway.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (base) => { const drawn = drawRequest(workload); return { ...base, headers: { ...base.headers, ...drawn.headers }, body: drawn.body }; }, ...(onResponse ? { onResponse } : {}) }],
  });
}

/**
 * SQL statements so far, from PostgreSQL's own statistics: every read runs outside an explicit transaction,
 * so each statement commits one transaction in the three databases. Backends report at most once a second:
 * this waits that out.
 */
function statementCounter(urls: DatabaseUrls): () => Promise<number> {
  const databaseNames = Object.values(urls).map((url) => new URL(url).pathname.slice(1));
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const [row] = await queryRows<{ n: string }>(urls.WORKPLACE_DATABASE_URL, 'SELECT sum(xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = ANY($1)', [databaseNames]);
    return Number(row!.n);
  };
}

/**
 * A correct answer first, the same from every gateway: a benchmark of errors measures nothing. A write is
 * drawn afresh for each gateway (a record is written once); its payload must carry no user error.
 */
async function probe(gateways: Gateway[], workload: Workload): Promise<void> {
  const answers: string[] = [];
  const sample = drawRequest(workload);
  for (const gateway of gateways) {
    const body = await (await fetch(gateway.url, { method: 'POST', ...(workload.writes ? drawRequest(workload) : sample) })).text();
    workload.observe?.(body);
    if (refusedAnswer(workload, body)) throw new Error(`${workload.name} (${gateway.name}): ${body}`);
    const answer = JSON.parse(body) as { data?: Record<string, unknown> };
    if (!answer.data || Object.values(answer.data).some((v) => v === null)) throw new Error(`${workload.name} (${gateway.name}): answered nothing`);
    answers.push(JSON.stringify(answer.data));
  }
  if (!workload.writes && new Set(answers).size > 1) throw new Error(`${workload.name}: the gateways answered differently`);
}

/**
 * Measures workloads through the gateways, at fixed concurrency. `subgraphPids`: the three subgraph processes,
 * whose CPU is counted together (their core is the one that saturates first).
 */
export function measuring(options: BenchOptions, urls: DatabaseUrls, gateways: Gateway[], subgraphPids: number[]) {
  const statementsSoFar = statementCounter(urls);
  const subgraphCpu = () => subgraphPids.reduce((sum, pid) => sum + cpuMilliseconds(pid), 0);
  const { connections, duration, rounds } = options;

  return {
    /**
     * The subgraphs and every gateway warmed up (V8's compiler, pools, caches) on the first two read
     * workloads: otherwise the first workload's first run, ours, meets a federation that has just started.
     */
    async warmUp(workloads: Workload[]): Promise<void> {
      for (const workload of workloads.filter((w) => !w.writes && !w.oneConnectionOnly).slice(0, 2)) {
        for (const gateway of gateways) await load(gateway, workload, connections, options.warmUpSeconds);
      }
    },

    /**
     * The latency an official sees when the service is not busy: ours alone, one connection (one request at a
     * time), for `seconds` (the run's duration unless told) after a 2 s warm-up; with the statements per request.
     */
    async latency(workload: Workload, seconds = duration): Promise<LatencyRow> {
      const ours = gateways[0]!;
      await probe([ours], workload);
      await load(ours, workload, 1, Math.min(2, seconds));
      // An answer that carries errors counts as an error, as in the runs at many connections.
      let refused = 0;
      const onResponse = (status: number, body: string) => void (status === 200 && refusedAnswer(workload, body) && (refused += 1));
      const statementsBefore = await statementsSoFar();
      const result = await load(ours, workload, 1, seconds, onResponse);
      const statements = (await statementsSoFar()) - statementsBefore;
      return {
        workload: workload.name,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        sqlStatementsPerRequest: result.requests.total ? Math.round((statements / result.requests.total) * 10) / 10 : null,
        errors: result.errors + result.non2xx + result.timeouts + refused,
      };
    },

    /**
     * One row per gateway. Each gateway runs `rounds` times, the order turned round every round (ours first,
     * then the peer first), so that neither always meets the database as the other left it; the figures are
     * over all its rounds.
     */
    async measure(workload: Workload): Promise<BenchRow[]> {
      await probe(gateways, workload);
      const measured = new Map(gateways.map((g) => [g.name, { requests: 0, seconds: 0, cpu: 0, subgraphCpu: 0, postgresCpu: 0, statements: 0, errors: 0, p50: [] as number[], p99: [] as number[] }]));
      for (let round = 0; round < rounds; round += 1) {
        for (const gateway of round % 2 === 0 ? gateways : [...gateways].reverse()) {
          // An answer that carries errors (or, for a write, a user error such as CONFLICT) counts as an error too.
          let refused = 0;
          const onResponse = (status: number, body: string) => {
            if (status === 200) workload.observe?.(body);
            if (status === 200 && refusedAnswer(workload, body) && (refused += 1) <= 3) {
              console.warn(`${workload.name} (${gateway.name}): an answer with errors: ${body.slice(0, 400)}`);
            }
          };
          const run = (seconds: number) => load(gateway, workload, connections, seconds, onResponse);
          await workload.refresh?.();
          await run(Math.min(2, duration));
          refused = 0;
          await workload.refresh?.();
          const statementsBefore = await statementsSoFar();
          const [cpuBefore, subgraphCpuBefore, postgresCpuBefore] = [cpuMilliseconds(gateway.pid), subgraphCpu(), postgresCpuByProcess()];
          const result = await run(duration);
          const sums = measured.get(gateway.name)!;
          sums.cpu += cpuMilliseconds(gateway.pid) - cpuBefore;
          sums.subgraphCpu += subgraphCpu() - subgraphCpuBefore;
          sums.postgresCpu += postgresCpuSince(postgresCpuBefore);
          sums.statements += (await statementsSoFar()) - statementsBefore;
          sums.requests += result.requests.total;
          sums.seconds += result.duration;
          sums.errors += result.errors + result.non2xx + result.timeouts + refused;
          sums.p50.push(result.latency.p50);
          sums.p99.push(result.latency.p99);
        }
      }
      const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
      return gateways.map((gateway) => {
        const sums = measured.get(gateway.name)!;
        return {
          workload: workload.name,
          gateway: gateway.name,
          requestsPerSecond: Math.round((sums.requests / sums.seconds) * 10) / 10,
          p50Ms: mean(sums.p50),
          p99Ms: mean(sums.p99),
          gatewayCpuMsPerRequest: sums.requests ? Math.round((sums.cpu / sums.requests) * 100) / 100 : null,
          gatewayPeakMiB: peakMemoryMiB(gateway.pid),
          subgraphCpuMsPerRequest: sums.requests ? Math.round((sums.subgraphCpu / sums.requests) * 100) / 100 : null,
          subgraphPeakMiB: subgraphPids.map(peakMemoryMiB),
          postgresCpuMsPerRequest: sums.requests ? Math.round((sums.postgresCpu / sums.requests) * 100) / 100 : null,
          sqlStatementsPerRequest: sums.requests ? Math.round((sums.statements / sums.requests) * 10) / 10 : null,
          requests: sums.requests,
          errors: sums.errors,
        };
      });
    },
  };
}
