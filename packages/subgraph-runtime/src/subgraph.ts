import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { GraphQLError, GraphQLScalarType, parse } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DateScalar, ErrorCode, createHttpService, say, verifyGatewaySignature, GATEWAY_SIGNATURE_HEADER, createLogger, languageOf, languagePlugin, localizeErrors, maskError, systemClock,
  type Clock, type HttpService, type Language, type Logger, type RequestScope,
} from '@twoway/platform';
import { createSubgraphDataSource, databaseErrorAnswer, migrate, poolOf, type StatementCounter, type StatementObserver, type SubgraphDataSource } from '@twoway/persistence';
import {
  createServiceMetrics, graphqlMetricsPlugin, graphqlTracingPlugin, registerOutboxGauges, registerPoolGauges, serviceTracer, type ServiceMetrics, type Tracer,
} from '@twoway/telemetry';
import {
  AddOrganizationUnitVersion1764400000070, CreateOrganizationUnit1764400000000, IndexSuccessorPaths1764400000900, IndexSuccessors1764400000990, OrganizationUnit, createOrganizationLoaders, organizationResolvers,
  type OrganizationLoaders,
} from '@twoway/org-tree';
import { subgraphTypeDefs } from './shared-schema.js';
import { oversightResolvers } from './oversight.js';
import { createFederationClient, type FederationClient, type FederationEndpoint } from './federation-client.js';
import { JSONScalar } from './mutations/json-scalar.js';
import { ProjectionLockWithoutUpgrade1764400000910 } from './projections/projection-lock.migration.js';
import { ProjectionRefreshOnReadColumns1764400000980 } from './projections/refresh-on-read-columns.migration.js';
import { RollupWritersInTurn1764400000960, StatisticsRebuiltInOnePass1764400000970, StatisticsSubtreeRollup1764400000930 } from './statistics/subtree-rollup.migration.js';
import { RootOfPlpgsql1764400000940 } from './statistics/rollup.migration.js';
import { ListCountsByDay1764400000950 } from './statistics/list-counts.js';
import { CreateMutationSupport1764400000050 } from './mutations/create-mutation-support.migration.js';
import type { BeforeMutationCommit } from './mutations/mutation.js';
import {
  CreateEventInbox1764400000060, OutboxDelivery1764400000920, createOutboxDispatcher, createScheduler,
  type DrainResult, type EventHandler, type OutboxBacklog, type OutboxTargets, type ScheduledJob,
} from './events/index.js';
import { mountEventReceiver } from './events/event-receiver.js';
import { organizationUnitChanged } from './tree/tree.workflow.js';
import type { Principal, TokenVerifier } from '@twoway/auth';
import { createAccess, type Access } from './access/access.js';
import { guardOrganizationData } from './access/guard-organization-data.js';
import { isQueryRequest } from './read-only-request.js';

/** How long a caller waits before asking again for a response withheld because its reads could not be audited. */
const AUDIT_RETRY_SECONDS = 5;
const NOT_AUDITED = {
  vi: `Không ghi được nhật ký truy cập dữ liệu cá nhân nên câu trả lời không được gửi; hãy thử lại sau ${AUDIT_RETRY_SECONDS} giây.`,
  en: `The read of personal data could not be recorded in the audit log, so the answer is withheld; try again in ${AUDIT_RETRY_SECONDS} s.`,
};

/** What every subgraph's GraphQL context holds; each subgraph adds its own loaders. */
export interface BaseSubgraphContext {
  requestId: string;
  /** Who acts: verified again here from the bearer token the gateway forwards. */
  principal: Principal;
  /** The language the caller reads (Accept-Language, forwarded by the gateway); Vietnamese by default. */
  language: Language;
  logger: Logger;
  clock: Clock;
  organizations: OrganizationLoaders;
  /** Reads what other subgraphs own, through the gateway, as the caller. */
  federation: FederationClient;
  /**
   * This subgraph's own database, as this request reads it: for a query, its read replicas when it has any
   * (replicaReader: its SELECTs there, anything that writes and every transaction on the primary); for a
   * mutation, the primary, so that its answer reads what it has just written.
   */
  dataSource: DataSource;
  /** What the principal may read here (records by member reach, organisation data by node, guarded fields). */
  access: Access;
  /** The plugins' say before a mutation commits (SubgraphPlugin); none in a deployment. */
  beforeMutationCommit?: BeforeMutationCommit;
}

/**
 * A subgraph's resolver map, every resolver given the subgraph's context. A
 * subgraph's generated `Resolvers` (src/generated/resolvers-types.ts,
 * graphql-codegen with `federation: true` and its context type) is one, so a
 * subgraph passes it as it is.
 */
export type SubgraphResolvers<TContext> = GraphQLResolverMap<TContext>;

/**
 * Everything that makes one subgraph what it is. The runtime around it (data
 * source, migrations, schema, HTTP, health, logs) is the same for all three.
 */
export interface SubgraphModule<TContext extends BaseSubgraphContext, TResolvers extends SubgraphResolvers<TContext> = SubgraphResolvers<TContext>> {
  /** Its name in the federation (the root's topology.ts): its logs, the source of its events, the target others give theirs. */
  name: string;
  /** The subgraph's own `schema.graphql`; the shared organisation types are added to it. */
  schema: string;
  /** Its resolvers, typed by its generated `Resolvers` (TResolvers); the runtime adds the shared types' own. */
  resolvers: TResolvers;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Adds the subgraph's per-request loaders to the base context. */
  createContext(base: BaseSubgraphContext, dataSource: DataSource): TContext;
  /**
   * Writes the subgraph's demo data for the day (its copy of the organisation
   * tree included) into its empty database, inside the given transaction.
   * The subgraph builds it (its `src/demo/`); the runtime only calls it.
   */
  seedDemoData(manager: EntityManager, today: string): Promise<void>;
  /** Effects other subgraphs ask this one to apply (outbox topics it receives). */
  eventHandlers?: Record<string, EventHandler>;
  /** Time-driven steps this subgraph owns (reminders, overdue, periodic compilations). */
  jobs?: ScheduledJob[];
}

/**
 * Extends a running subgraph from outside it, without the subgraph knowing
 * what for: what it is told and what it may decide. A deployment's entry
 * points load none; the benchmark's SQL capture is one
 * (scripts/bench/sql-capture.ts, loaded by its own entry point).
 */
export interface SubgraphPlugin {
  /**
   * Told every statement the subgraph sends, whole, with the id of the request
   * it serves when that request is one `observes` names. Turns on request
   * tracking for those requests (an AsyncLocalStorage: while one is in flight,
   * a hook on every promise of the process), which is otherwise off.
   */
  statementSent?: StatementObserver;
  /** The requests whose statements `statementSent` is to be told with their id (all, when not given). */
  observes?: (requestId: string) => boolean;
  /** Asked before each mutation commits whether to keep it (see BeforeMutationCommit). */
  beforeMutationCommit?: BeforeMutationCommit;
}

export interface SubgraphOptions {
  databaseUrl: string;
  /** Streaming replicas of that database (`<SUBGRAPH>_READ_DATABASE_URLS`): queries read there; none, the primary. */
  readDatabaseUrls?: readonly string[];
  /** Verifies the bearer token of every request; a subgraph called without a valid one refuses. */
  auth: TokenVerifier;
  /** Where the gateway is, for reading other subgraphs' facts (GATEWAY_URL). */
  gatewayUrl?: string;
  /**
   * The secret the gateway signs its requests with (GATEWAY_SIGNATURE_SECRET): GraphQL is served only to a
   * request it signed, so a token sent straight to the subgraph skips none of the gateway's limits.
   */
  gatewaySignatureSecret: string;
  /** Shared secret signing event deliveries between subgraphs (INTERNAL_EVENTS_SECRET). */
  eventsSecret?: string;
  /** Base URLs of the subgraphs this one delivers events to, by name. */
  eventTargets?: Record<string, string>;
  /** How often the scheduler runs the jobs and drains the outbox; 0 (tests) runs them only when asked. */
  scheduleIntervalMs?: number;
  clock?: Clock;
  logger?: Logger;
  /** Extensions of this subgraph (none in a deployment). */
  plugins?: SubgraphPlugin[];
  /** Longest a statement may run (DATABASE_STATEMENT_TIMEOUT_MS); persistence's default when not set. */
  statementTimeoutMs?: number;
  /** Node's process metrics (CPU, memory, event loop) in the subgraph's registry; off where several services share one process (tests). */
  processMetrics?: boolean;
}

export interface RunningSubgraph {
  name: string;
  http: HttpService;
  /** The subgraph's own database. */
  databaseUrl: string;
  dataSource: DataSource;
  statements: StatementCounter;
  /** Where this subgraph finds the gateway; may be set after start. */
  federation: FederationEndpoint;
  /** Where this subgraph delivers events; may be set after start. */
  eventTargets: OutboxTargets;
  /** Delivers the outbox now (tests drain it deterministically). */
  drainOutbox(): Promise<DrainResult>;
  /** Runs every scheduled job once now, outbox delivery last. */
  runScheduledJobs(): Promise<Record<string, unknown>>;
  /** What waits in the outbox, per target (the queue's signals). */
  outboxBacklog(): Promise<OutboxBacklog[]>;
  /** The subgraph's Prometheus metrics (also served at GET /metrics). */
  metrics: ServiceMetrics;
  /** Stops HTTP, then closes the database pool. */
  close(): Promise<void>;
}

/** Shallow merge of resolver maps, type by type. */
export function mergeResolvers<TContext>(...maps: SubgraphResolvers<TContext>[]): SubgraphResolvers<TContext> {
  const merged: SubgraphResolvers<TContext> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const existing = merged[typeName];
      const mergeable = existing && !(existing instanceof GraphQLScalarType) && !(fields instanceof GraphQLScalarType);
      // Both field maps (or both enum maps) of one type: TypeScript cannot tell that the merge is one of them again.
      merged[typeName] = (mergeable ? { ...existing, ...fields } : fields) as SubgraphResolvers<TContext>[string];
    }
  }
  return merged;
}

/** The resolvers of what every subgraph's schema shares (subgraphTypeDefs): the scalars, the organisation tree, the oversight types. */
const sharedResolvers: SubgraphResolvers<BaseSubgraphContext> = mergeResolvers<BaseSubgraphContext>(
  { Date: DateScalar, JSON: JSONScalar },
  organizationResolvers,
  oversightResolvers,
);

export function subgraphEntities(module: Pick<SubgraphModule<BaseSubgraphContext>, 'entities'>) {
  return [OrganizationUnit, ...module.entities];
}

export function subgraphMigrations(module: Pick<SubgraphModule<BaseSubgraphContext>, 'migrations'>) {
  return [CreateOrganizationUnit1764400000000, CreateMutationSupport1764400000050, CreateEventInbox1764400000060, AddOrganizationUnitVersion1764400000070, ...module.migrations, IndexSuccessorPaths1764400000900, ProjectionLockWithoutUpgrade1764400000910, OutboxDelivery1764400000920, StatisticsSubtreeRollup1764400000930, RootOfPlpgsql1764400000940, ListCountsByDay1764400000950, RollupWritersInTurn1764400000960, StatisticsRebuiltInOnePass1764400000970, ProjectionRefreshOnReadColumns1764400000980, IndexSuccessors1764400000990];
}

/**
 * Opens a subgraph's own database with the subgraph's entities and applies its
 * pending migrations: what a service, the test templates and the generator all
 * do before anything else. The caller destroys the data source.
 */
export async function openSubgraphDatabase(
  module: Pick<SubgraphModule<BaseSubgraphContext>, 'entities' | 'migrations'>,
  options: { url: string; readUrls?: readonly string[]; logger: Logger; poolSize?: number; statementTimeoutMs?: number; tracer?: Tracer },
): Promise<SubgraphDataSource & { applied: string[] }> {
  const opened = createSubgraphDataSource({
    url: options.url,
    ...(options.readUrls ? { readUrls: options.readUrls } : {}),
    entities: subgraphEntities(module),
    migrations: subgraphMigrations(module),
    logger: options.logger,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    ...(options.statementTimeoutMs !== undefined ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    ...(options.tracer ? { tracer: options.tracer } : {}),
  });
  await opened.dataSource.initialize();
  try {
    return { ...opened, applied: await migrate(opened.dataSource) };
  } catch (error) {
    await opened.dataSource.destroy();
    throw error;
  }
}

/**
 * Connects to the subgraph's own database, applies its migrations, and
 * builds its HTTP service (call `http.listen(port)` to serve).
 */
export async function createSubgraph<TContext extends BaseSubgraphContext, TResolvers extends SubgraphResolvers<TContext>>(
  module: SubgraphModule<TContext, TResolvers>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(module.name);
  const clock = options.clock ?? systemClock;
  // Spans cost nothing until tracing is started in the process (startTracing: the entry point, or a test).
  const tracer = serviceTracer(module.name);
  const metrics = createServiceMetrics({ service: module.name, processMetrics: options.processMetrics ?? true });
  const { dataSource, reader, statements, applied } = await openSubgraphDatabase(module, {
    url: options.databaseUrl,
    ...(options.readDatabaseUrls ? { readUrls: options.readDatabaseUrls } : {}),
    logger,
    tracer,
    ...(options.statementTimeoutMs !== undefined ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
  });
  registerPoolGauges(metrics, () => poolOf(dataSource));
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  const plugins = options.plugins ?? [];
  const observing = plugins.flatMap(({ statementSent, observes }) => (statementSent ? [{ statementSent, observes }] : []));
  for (const { statementSent } of observing) statements.observe(statementSent);
  // A mutation is rolled back when any plugin asks for it.
  const deciding = plugins.flatMap(({ beforeMutationCommit }) => (beforeMutationCommit ? [beforeMutationCommit] : []));
  const beforeMutationCommit: BeforeMutationCommit | undefined =
    deciding.length > 0 ? (mutation) => (deciding.some((decide) => decide(mutation) === 'rollback') ? 'rollback' : 'commit') : undefined;

  const resolvers = mergeResolvers<TContext>(sharedResolvers, guardOrganizationData(module.resolvers));
  // A list of schema modules, not the `{ typeDefs, resolvers }` object: the same schema (Apollo turns that
  // object into this list), but a module's resolver map takes any context where that object's is typed for
  // `unknown`, which no resolver reading its context is. So the typed map goes in as it is, without a cast.
  const schema = buildSubgraphSchema([{ typeDefs: parse(subgraphTypeDefs(module.schema)), resolvers }]);
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio here: tracing would only cost CPU on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No @cacheControl hints either (answers are per caller): Apollo's default cache-control plugin would wrap
      // every resolver to work out a policy no one reads, a few percent of a subgraph's CPU in the bench's profile.
      ApolloServerPluginCacheControlDisabled(),
      graphqlTracingPlugin(),
      graphqlMetricsPlugin(metrics),
      languagePlugin<TContext>((context) => context.language),
      {
        // Officials' reads of personal data: one multi-row insert into the audit log per request. Fails closed:
        // a read that cannot be audited is not answered (the whole response becomes one SERVICE_UNAVAILABLE error).
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              try {
                await contextValue.access?.flushReads();
              } catch (error) {
                logger.error({ err: error }, 'personal-data reads could not be audited: the response is withheld');
                const withheld = { message: say(NOT_AUDITED, contextValue.language), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: AUDIT_RETRY_SECONDS } };
                // As a GraphQL error, not an HTTP 503: the gateway passes it on with its words, not as an unavailable subgraph.
                if (response.body.kind === 'single') response.body.singleResult = { errors: [withheld] };
              }
            },
          };
        },
      },
    ],
    // A database that is restarting or busy is SERVICE_UNAVAILABLE (503), bad text BAD_USER_INPUT, never an internal error.
    formatError: maskError((error) => logger.error({ err: error }, 'unexpected error'), databaseErrorAnswer),
  });
  const federation: FederationEndpoint = { gatewayUrl: options.gatewayUrl };
  const eventTargets: OutboxTargets = { urls: { ...options.eventTargets } };
  const dispatcher = createOutboxDispatcher({ dataSource, source: module.name, targets: eventTargets, secret: options.eventsSecret, clock, logger, metrics, tracer });
  registerOutboxGauges(metrics, async () => {
    const waiting = await dispatcher.backlog();
    // Every target this subgraph delivers to, 0 when nothing waits for it: an alert sees an empty queue, not a missing one.
    const targets = new Set([...Object.keys(eventTargets.urls), ...waiting.map(({ target }) => target)]);
    return [...targets].map((target) => {
      const backlog = waiting.find((entry) => entry.target === target);
      return { target, pending: backlog?.waiting ?? 0, oldestAgeSeconds: backlog?.oldestSeconds ?? 0 };
    });
  });
  const scheduler = createScheduler({
    dataSource,
    clock,
    logger,
    metrics,
    jobs: [...(module.jobs ?? [])],
  });
  const http = await createHttpService<TContext>({
    // No plugin told statements (a deployment): no tracking middleware at all.
    trackRequestContext: observing.length > 0 ? (requestId) => observing.some((plugin) => plugin.observes?.(requestId) ?? true) : false,
    // A subgraph listens on loopback (or compose's network): its /metrics on the same port.
    telemetry: { tracer, metrics, metricsRoute: true },
    acceptCaller: (headers, rawBody) => {
      const signature = headers[GATEWAY_SIGNATURE_HEADER];
      return verifyGatewaySignature(options.gatewaySignatureSecret, rawBody, typeof signature === 'string' ? signature : undefined);
    },
    routes: (app) =>
      mountEventReceiver(app, {
        dataSource,
        // Every subgraph keeps a copy of the tree: the owners' changes arrive as events.
        handlers: { OrganizationUnitChanged: organizationUnitChanged, ...module.eventHandlers },
        secret: options.eventsSecret,
        clock,
        logger,
      }),
    name: module.name,
    logger,
    apollo,
    context: async (scope: RequestScope) => {
      const authorization = scope.headers.authorization;
      const bearer = typeof authorization === 'string' ? authorization : undefined;
      const language = languageOf(scope.headers['accept-language']);
      const principal = await options.auth(bearer).catch((error: unknown) => {
        // Refused before any request plugin runs: said here in the caller's language.
        if (error instanceof GraphQLError) localizeErrors([error], language);
        throw error;
      });
      // The one place a request's reads are sent: a query's to the replicas (when there are any), a mutation's to the primary.
      const reads = reader !== dataSource && isQueryRequest(scope.body) ? reader : dataSource;
      const organizations = createOrganizationLoaders(reads);
      return module.createContext(
        {
          requestId: scope.requestId,
          principal,
          language,
          logger: scope.logger,
          clock,
          organizations,
          federation: createFederationClient(federation, bearer, scope.requestId, language),
          dataSource: reads,
          access: createAccess({ principal, dataSource: reads, organizations, clock, requestId: scope.requestId }),
          beforeMutationCommit,
        },
        reads,
      );
    },
    ready: async () => {
      await dataSource.query('SELECT 1');
      return true;
    },
  });
  const interval = options.scheduleIntervalMs ?? 0;
  const tick =
    interval > 0
      ? setInterval(() => {
          void scheduler
            .runOnce()
            .then(() => dispatcher.drain())
            .catch((error: unknown) => logger.error({ err: error }, 'scheduled run failed'));
        }, interval)
      : undefined;
  tick?.unref();
  return {
    name: module.name,
    http,
    databaseUrl: options.databaseUrl,
    dataSource,
    statements,
    federation,
    eventTargets,
    drainOutbox: () => dispatcher.drain(),
    outboxBacklog: () => dispatcher.backlog(),
    metrics,
    async runScheduledJobs() {
      const outcomes = await scheduler.runOnce();
      return { ...outcomes, outbox: await dispatcher.drain() };
    },
    async close() {
      if (tick) clearInterval(tick);
      await scheduler.idle();
      await http.close();
      await apollo.stop();
      // A delivery run in flight records its outcomes before the pool closes.
      await dispatcher.idle();
      await dataSource.destroy();
    },
  };
}

/**
 * Loads the subgraph's demo data for the day into an empty database, in one
 * transaction. Returns false (and writes nothing) when the database already has data.
 */
export async function seedDemoDataIfEmpty<TContext extends BaseSubgraphContext>(
  module: SubgraphModule<TContext>,
  dataSource: DataSource,
  today: string,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const [{ empty }] = (await manager.query('SELECT NOT EXISTS (SELECT 1 FROM organization_unit) AS empty')) as [{ empty: boolean }];
    if (!empty) return false;
    await module.seedDemoData(manager, today);
    return true;
  });
}

/** Multi-row inserts in chunks that stay under PostgreSQL's bind-parameter limit. */
export async function insertInChunks<T extends object>(
  manager: EntityManager,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entity: Function,
  rows: readonly T[],
  chunkSize = 1_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager.insert(entity, rows.slice(start, start + chunkSize) as never);
  }
}
