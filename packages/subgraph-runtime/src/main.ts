import { verifierFromEnvironment } from '@twoway/auth';
import { DEFAULT_DRAIN_DELAY_MS, createLogger, isIsoDate, loadEnvironment, onShutdownSignal, port, postgresUrl, sharedSecret, systemClock, today, z } from '@twoway/platform';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '@twoway/persistence';
import { startTracing } from '@twoway/telemetry';
import { createSubgraph, seedDemoDataIfEmpty, type BaseSubgraphContext, type SubgraphModule, type SubgraphPlugin, type SubgraphResolvers } from './subgraph.js';

/** A service this subgraph delivers events to: its name, the variable that may hold its URL, and its URL otherwise. */
export interface EventTargetVariable {
  name: string;
  urlVariable: string;
  defaultUrl: string;
}

/** What the caller (the subgraph's entry point, from the root topology.ts) tells the runtime: it names no service itself. */
export interface SubgraphEntryOptions {
  /** Environment variable holding this subgraph's own database URL. */
  databaseUrlVariable: string;
  /** Environment variable holding the URLs of that database's read replicas, comma-separated (optional). */
  readDatabaseUrlsVariable?: string;
  defaultPort: number;
  /** The gateway's URL when GATEWAY_URL is not set. */
  defaultGatewayUrl: string;
  eventTargets: readonly EventTargetVariable[];
  /** Extensions of this subgraph: none in a deployment (the bench's own entry point adds its SQL capture). */
  plugins?: SubgraphPlugin[];
}

/**
 * The entry point of a subgraph process: validates the environment, migrates,
 * loads the demo data when asked and the database is empty, serves, and
 * shuts down cleanly on SIGINT/SIGTERM.
 */
export async function runSubgraph<TContext extends BaseSubgraphContext, TResolvers extends SubgraphResolvers<TContext>>(
  module: SubgraphModule<TContext, TResolvers>,
  options: SubgraphEntryOptions,
): Promise<void> {
  // The variables the topology names (this subgraph's database, the others' URLs) next to the ones every subgraph reads.
  const named: Record<string, z.ZodType<string>> = {
    [options.databaseUrlVariable]: postgresUrl(),
    ...(options.readDatabaseUrlsVariable ? { [options.readDatabaseUrlsVariable]: postgresUrlList() } : {}),
    ...Object.fromEntries(options.eventTargets.map((target) => [target.urlVariable, z.string().url().default(target.defaultUrl)])),
  };
  const environment = loadEnvironment(
    z.object({
      PORT: port(options.defaultPort),
      DEMO_DATA: z.enum(['if-empty', 'off']).default('off'),
      DEMO_TODAY: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD').optional(),
      GATEWAY_URL: z.string().url().default(options.defaultGatewayUrl),
      INTERNAL_EVENTS_SECRET: sharedSecret(),
      GATEWAY_SIGNATURE_SECRET: sharedSecret(),
      // Loopback unless told otherwise: only the gateway (and, in compose, its network) should reach a subgraph.
      HOST: z.string().min(1).default('127.0.0.1'),
      SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(0).default(30_000),
      DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(DEFAULT_STATEMENT_TIMEOUT_MS),
      SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).default(DEFAULT_DRAIN_DELAY_MS),
    }).and(z.object(named)),
  );
  const variable = (name: string): string => environment[name] ?? '';
  const logger = createLogger(module.name);
  // Before anything serves: spans are exported over OTLP when the standard OTEL_EXPORTER_OTLP_* variables say where.
  const tracing = startTracing({ serviceName: module.name });
  const subgraph = await createSubgraph(module, {
    databaseUrl: variable(options.databaseUrlVariable),
    readDatabaseUrls: options.readDatabaseUrlsVariable ? urlsOf(variable(options.readDatabaseUrlsVariable)) : [],
    auth: verifierFromEnvironment(),
    gatewayUrl: environment.GATEWAY_URL,
    eventsSecret: environment.INTERNAL_EVENTS_SECRET,
    gatewaySignatureSecret: environment.GATEWAY_SIGNATURE_SECRET,
    eventTargets: Object.fromEntries(options.eventTargets.map((target) => [target.name, variable(target.urlVariable)])),
    scheduleIntervalMs: environment.SCHEDULE_INTERVAL_MS,
    statementTimeoutMs: environment.DATABASE_STATEMENT_TIMEOUT_MS,
    logger,
    plugins: options.plugins,
  });
  if (environment.DEMO_DATA === 'if-empty') {
    const day = environment.DEMO_TODAY ?? today(systemClock);
    const loaded = await seedDemoDataIfEmpty(module, subgraph.dataSource, day);
    logger.info({ demoDataFor: day }, loaded ? 'demo data loaded' : 'database not empty: demo data left as it is');
  }
  await subgraph.http.listen(environment.PORT, environment.HOST);
  onShutdownSignal(
    logger,
    async () => {
      await subgraph.close();
      await tracing.shutdown();
    },
    { drainDelayMs: environment.SHUTDOWN_DRAIN_DELAY_MS },
  );
}

/** The URLs of a comma-separated list, blanks left out ('' or unset: none). */
const urlsOf = (list: string): string[] => list.split(',').map((url) => url.trim()).filter(Boolean);

/** Optional: postgres:// URLs separated by commas. */
const postgresUrlList = () =>
  z.string().default('').refine((list) => urlsOf(list).every((url) => postgresUrl().safeParse(url).success), 'must be postgres:// URLs separated by commas');
