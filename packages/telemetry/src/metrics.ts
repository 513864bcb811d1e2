import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The Prometheus metrics of one service, in a registry of its own (not
 * prom-client's global one): the tests run the gateway and the subgraphs in one
 * process, and each must render only its own series. Every series carries the
 * service's name as the `service` label (a registry default label), so the
 * process metrics of services sharing a process stay apart too.
 *
 * Names are unprefixed, as the process metrics are (`process_cpu_seconds_total`,
 * `nodejs_heap_size_used_bytes`): the scrape job and the `service` label say
 * whose they are.
 */
export interface ServiceMetrics {
  readonly service: string;
  readonly registry: Registry;
  readonly graphqlRequests: Counter<'operation' | 'code'>;
  readonly graphqlRequestDuration: Histogram<'operation'>;
  readonly httpResponses: Counter<'status'>;
  readonly subgraphCalls: Counter<'subgraph' | 'outcome'>;
  readonly subgraphCallDuration: Histogram<'subgraph'>;
  readonly subgraphCircuitOpen: Gauge<'subgraph'>;
  readonly jobRuns: Counter<'job' | 'outcome'>;
  readonly outboxDeliveries: Counter<'target' | 'outcome'>;
  readonly collectFailures: Counter<'collector'>;
  /** The `operation` label for a GraphQL operation name, bounded (see boundedOperationLabel). */
  operationLabel(name: string | null | undefined): string;
  /** The gateway: one call to a subgraph ended, after `seconds`. */
  recordSubgraphCall(subgraph: string, outcome: SubgraphCallOutcome, seconds: number): void;
  /** The gateway: the subgraph's circuit breaker opened (true) or closed again (false). */
  recordCircuit(subgraph: string, open: boolean): void;
  recordJobRun(job: string, outcome: JobRunOutcome): void;
  recordOutboxDelivery(target: string, outcome: OutboxDeliveryOutcome): void;
}

/** How a subgraph call ended, as the gateway counts it. */
/** How a call from the gateway to a subgraph ended, as its SubgraphGuard reports it and the metrics label it. */
export type SubgraphCallOutcome =
  /** The subgraph answered (with data, or with errors of its own). */
  | 'ok'
  /** The subgraph answered, but refused the request (4xx: a token, a literal it could not accept). Not a failure of the subgraph. */
  | 'rejected'
  /** No usable answer: connection refused or reset, a 5xx, a body that is not JSON. */
  | 'error'
  /** No answer before the subgraph's deadline. */
  | 'timeout'
  /** Not called: the subgraph's circuit is open. */
  | 'circuit-open';
/** How a scheduled job's run ended: it ran, another instance held it (skipped), or it threw. */
export type JobRunOutcome = 'ran' | 'skipped' | 'failed';
/** How one delivery attempt of an outbox message ended. */
export type OutboxDeliveryOutcome = 'delivered' | 'failed' | 'refused';

export interface ServiceMetricsOptions {
  service: string;
  /** Node's process metrics (CPU, memory, event loop lag, GC); on unless false. */
  processMetrics?: boolean;
  /** Most distinct operation names counted before the rest become "other". */
  maxOperationNames?: number;
}

/** Seconds: a GraphQL answer is expected in tens of milliseconds; a subgraph timeout is a few seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_OPERATION_NAME_LENGTH = 64;

/**
 * `nodejs_heap_used_after_major_gc_bytes`: the heap in use right after each full
 * (mark-compact) collection, which is what the live objects take. The heap in use
 * at any other moment, and the resident size, also hold garbage V8 has not
 * collected yet and memory it keeps reserved: they grow under load whether or not
 * anything leaks. This one grows only when live objects accumulate.
 */
function watchLiveHeap(registers: Registry[]): void {
  const gauge = new Gauge({
    name: 'nodejs_heap_used_after_major_gc_bytes',
    help: 'V8 heap in use right after the last full (mark-compact) garbage collection: the live objects.',
    registers,
  });
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gauge.set(process.memoryUsage().heapUsed);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}

export function createServiceMetrics(options: ServiceMetricsOptions): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  const registers = [registry];
  if (options.processMetrics !== false) {
    collectDefaultMetrics({ register: registry });
    watchLiveHeap(registers);
  }
  const operationLabel = boundedOperationLabel(options.maxOperationNames ?? 200);

  const instruments = {
    graphqlRequests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and outcome (OK or the first error code).',
      labelNames: ['operation', 'code'],
      registers,
    }),
    graphqlRequestDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    httpResponses: new Counter({
      name: 'http_responses_total',
      help: 'HTTP responses sent, by status code (health and metrics endpoints left out).',
      labelNames: ['status'],
      registers,
    }),
    subgraphCalls: new Counter({
      name: 'subgraph_calls_total',
      help: 'Calls from the gateway to a subgraph, by outcome (ok, rejected, error, timeout, circuit-open).',
      labelNames: ['subgraph', 'outcome'],
      registers,
    }),
    subgraphCallDuration: new Histogram({
      name: 'subgraph_call_duration_seconds',
      help: 'Time the gateway waited for a subgraph to answer.',
      labelNames: ['subgraph'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    subgraphCircuitOpen: new Gauge({
      name: 'subgraph_circuit_open',
      help: '1 while the gateway does not call the subgraph (its circuit breaker is open), else 0.',
      labelNames: ['subgraph'],
      registers,
    }),
    jobRuns: new Counter({
      name: 'job_runs_total',
      help: 'Scheduled job runs, by outcome (ran, skipped, failed).',
      labelNames: ['job', 'outcome'],
      registers,
    }),
    outboxDeliveries: new Counter({
      name: 'outbox_deliveries_total',
      help: 'Delivery attempts of outbox messages, by target and outcome (delivered, failed, refused).',
      labelNames: ['target', 'outcome'],
      registers,
    }),
    collectFailures: new Counter({
      name: 'metrics_collect_failures_total',
      help: 'Scrapes in which a gauge read on scrape (outbox, pool) could not be read.',
      labelNames: ['collector'],
      registers,
    }),
  };
  return {
    service: options.service,
    registry,
    operationLabel,
    ...instruments,
    recordSubgraphCall(subgraph, outcome, seconds) {
      instruments.subgraphCalls.inc({ subgraph, outcome });
      instruments.subgraphCallDuration.observe({ subgraph }, seconds);
    },
    recordCircuit(subgraph, open) {
      instruments.subgraphCircuitOpen.set({ subgraph }, open ? 1 : 0);
    },
    recordJobRun(job, outcome) {
      instruments.jobRuns.inc({ job, outcome });
    },
    recordOutboxDelivery(target, outcome) {
      instruments.outboxDeliveries.inc({ target, outcome });
    },
  };
}

/**
 * Operation names come from clients, so the label is bounded: a name that is
 * not a GraphQL name or is over 64 characters is "invalid", and once `max`
 * distinct names have been seen, new ones are "other". A request without a
 * name is "anonymous".
 */
function boundedOperationLabel(max: number): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (name.length > MAX_OPERATION_NAME_LENGTH || !OPERATION_NAME.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** What the outbox reports for one target at a scrape. */
export interface OutboxTargetState {
  target: string;
  /** Messages not yet delivered (nor refused for good). */
  pending: number;
  /** Age of the oldest of them, 0 when there is none. */
  oldestAgeSeconds: number;
}

/**
 * `outbox_backlog{target}` and `outbox_oldest_message_age_seconds{target}`,
 * read by `read` at each scrape (once for both gauges). When `read` fails, the
 * scrape shows no series for them and counts the failure in
 * `metrics_collect_failures_total{collector="outbox"}` (shown from the next
 * scrape: a registry reads all its families at once): stale figures would
 * hide a stall.
 */
export function registerOutboxGauges(metrics: ServiceMetrics, read: () => Promise<readonly OutboxTargetState[]>): void {
  const onePerScrape = sharedWhileInFlight(async () => {
    try {
      return await read();
    } catch {
      metrics.collectFailures.inc({ collector: 'outbox' });
      return [];
    }
  });
  new Gauge({
    name: 'outbox_backlog',
    help: 'Outbox messages waiting to be delivered, by target.',
    labelNames: ['target'],
    registers: [metrics.registry],
    async collect() {
      const states = await onePerScrape();
      this.reset();
      for (const state of states) this.set({ target: state.target }, state.pending);
    },
  });
  new Gauge({
    name: 'outbox_oldest_message_age_seconds',
    help: 'Age of the oldest outbox message waiting to be delivered, by target (0 when none waits).',
    labelNames: ['target'],
    registers: [metrics.registry],
    async collect() {
      const states = await onePerScrape();
      this.reset();
      for (const state of states) this.set({ target: state.target }, state.oldestAgeSeconds);
    },
  });
}

/** The counts a pg Pool keeps (pg's `Pool`, TypeORM's `driver.master`). */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/**
 * `db_pool_connections{state="in_use"|"idle"|"waiting"}`, read from the pool at
 * each scrape. `pool` may be a function: a data source makes its pool only
 * when it is initialized (undefined until then: no series).
 */
export function registerPoolGauges(metrics: ServiceMetrics, pool: PoolCounts | (() => PoolCounts | undefined)): void {
  const current = typeof pool === 'function' ? pool : () => pool;
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections: in_use (lent out), idle, and waiting (requests queued for a connection).',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      this.reset();
      const counts = current();
      if (!counts) return;
      this.set({ state: 'in_use' }, counts.totalCount - counts.idleCount);
      this.set({ state: 'idle' }, counts.idleCount);
      this.set({ state: 'waiting' }, counts.waitingCount);
    },
  });
}

/** Runs `work` once for every caller that asks while it is running (the gauges of one scrape). */
function sharedWhileInFlight<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** GET /metrics: the registry in Prometheus text format. */
export function metricsHandler(metrics: ServiceMetrics): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (_req, res) => {
    try {
      const body = await metrics.registry.metrics();
      res.statusCode = 200;
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.end(body);
    } catch {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('metrics could not be collected\n');
    }
  };
}

/**
 * Serves GET /metrics on a port of its own, so that the public port (the
 * gateway's) does not show operation names and subgraph health to anyone:
 * bind it to loopback or the scrapers' network. Resolves with the bound port
 * (0 picks a free one) and a close function.
 */
export async function serveMetrics(metrics: ServiceMetrics, port: number, host = '127.0.0.1'): Promise<{ port: number; close: () => Promise<void> }> {
  const handle = metricsHandler(metrics);
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/metrics') {
      void handle(req, res);
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** Paths whose responses are not counted: probes and scrapes would drown the traffic. */
const UNCOUNTED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * Express middleware counting every response by status code
 * (`http_responses_total{status}`), including those sent before GraphQL runs
 * (refused callers, oversized or malformed bodies): the 5xx ratio is read here.
 */
export function countHttpResponses(metrics: ServiceMetrics): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (!UNCOUNTED_PATHS.test(req.url ?? '')) {
      res.once('finish', () => metrics.httpResponses.inc({ status: String(res.statusCode) }));
    }
    next();
  };
}
