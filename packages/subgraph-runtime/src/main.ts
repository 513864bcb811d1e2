import { verifierFromEnvironment } from '@twoway/auth';
import { buildDemoDataset } from '@twoway/demo-data';
import { createLogger, isIsoDate, loadEnvironment, onShutdownSignal, port, postgresUrl, systemClock, today, z } from '@twoway/platform';
import { createSubgraph, seedDemoDataIfEmpty, type BaseSubgraphContext, type SubgraphModule } from './subgraph.js';

export interface SubgraphEntryOptions {
  /** Environment variable holding this subgraph's own database URL. */
  databaseUrlVariable: string;
  defaultPort: number;
}

/**
 * The entry point of a subgraph process: validates the environment, migrates,
 * loads the demo data when asked and the database is empty, serves, and
 * shuts down cleanly on SIGINT/SIGTERM.
 */
export async function runSubgraph<TContext extends BaseSubgraphContext>(
  module: SubgraphModule<TContext>,
  options: SubgraphEntryOptions,
): Promise<void> {
  const environment = loadEnvironment(
    z.object({
      [options.databaseUrlVariable]: postgresUrl(),
      PORT: port(options.defaultPort),
      DEMO_DATA: z.enum(['if-empty', 'off']).default('off'),
      DEMO_TODAY: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD').optional(),
      GATEWAY_URL: z.string().url().default('http://localhost:4000/graphql'),
      INTERNAL_EVENTS_SECRET: z.string().min(16, 'must be at least 16 characters'),
      WORKPLACE_COMMITTEE_URL: z.string().url().default('http://localhost:4001/graphql'),
      RESIDENCE_COMMITTEE_URL: z.string().url().default('http://localhost:4002/graphql'),
      EVALUATION_URL: z.string().url().default('http://localhost:4003/graphql'),
      SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(0).default(30_000),
    }),
  );
  const logger = createLogger(module.name);
  const subgraph = await createSubgraph(module, {
    databaseUrl: environment[options.databaseUrlVariable] as string,
    auth: verifierFromEnvironment(),
    gatewayUrl: environment.GATEWAY_URL as string,
    eventsSecret: environment.INTERNAL_EVENTS_SECRET as string,
    eventTargets: {
      'workplace-committee': environment.WORKPLACE_COMMITTEE_URL as string,
      'residence-committee': environment.RESIDENCE_COMMITTEE_URL as string,
      evaluation: environment.EVALUATION_URL as string,
    },
    scheduleIntervalMs: environment.SCHEDULE_INTERVAL_MS as number,
    logger,
  });
  if (environment.DEMO_DATA === 'if-empty') {
    const day = (environment.DEMO_TODAY as string | undefined) ?? today(systemClock);
    const loaded = await seedDemoDataIfEmpty(module, subgraph.dataSource, buildDemoDataset(day));
    logger.info({ demoDataFor: day }, loaded ? 'demo data loaded' : 'database not empty: demo data left as it is');
  }
  await subgraph.http.listen(environment.PORT as number);
  onShutdownSignal(logger, () => subgraph.close());
}
