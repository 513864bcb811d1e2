import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import express from 'express';
import { GraphQLError } from 'graphql';
import { createHttpService, createLogger, languageOf, languagePlugin, localizeErrors, maskError, type HttpService, type Logger, type RequestIdSource, type RequestScope } from '@twoway/platform';
import type { TokenSigner, TokenVerifier } from '@twoway/auth';
import { createServiceMetrics, graphqlMetricsPlugin, graphqlTracingPlugin, serviceTracer, type ServiceMetrics } from '@twoway/telemetry';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { DEFAULT_SUBGRAPH_CALL_POLICY, SubgraphGuard, type CircuitState, type SubgraphCallEvent, type SubgraphCallPolicy, type SubgraphCircuitEvent } from './subgraph-calls/subgraph-guard.js';
import { operationResolution } from './http-statuses.js';
import { SUBGRAPHS } from '../../topology.js';
import { subgraphsOf } from './supergraph/committed.js';
import { codeLimitRefusal, codeTokenLimitRefusals, documentLimits } from './limits/armor.js';
import { batchLimit } from './limits/batch-limit.js';
import { bodyLimitRefusal } from './limits/body-limit.js';
import { GATEWAY_LIMITS } from './limits/limits.js';
import { pageCostLimit } from './limits/page-cost.js';
import { PRINCIPAL_LOCAL, partnerGate } from './partners/partner-gate.js';
import { graphqlIde } from './graphql-ide.js';
// The oversight dashboard (issue 16): its page at /dashboard/ and its safelist.
import { dashboardRoutes, dashboardSafelist, developmentTokenSigner, loadDashboardClient, type DashboardClient } from './dashboard.js';
import { loadPartnerRegistry, type PartnerClient } from './partners/registry.js';

// The gateway reports usage to Apollo unless told not to; nothing leaves this federation.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

export { GATEWAY_LIMITS } from './limits/limits.js';
export { operationPageCost } from './limits/page-cost.js';
export { loadDashboardClient } from './dashboard.js';
export { loadPartnerRegistry, operationHash, type PartnerClient } from './partners/registry.js';
export { DEFAULT_SUBGRAPH_CALL_POLICY, type CircuitState, type SubgraphCallEvent, type SubgraphCallPolicy, type SubgraphCircuitEvent } from './subgraph-calls/subgraph-guard.js';

export interface GatewayOptions {
  /** The committed, composed supergraph (gateway/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding those in the supergraph (other hosts in compose, test ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  /** Signs every request to a subgraph (GATEWAY_SIGNATURE_SECRET): the subgraphs serve no one else. */
  subgraphSignatureSecret: string;
  /** Verifies the bearer token of every request before any subgraph is asked. */
  auth: TokenVerifier;
  logger?: Logger;
  /** Production mode: no introspection, no landing page (the GraphQL IDE). */
  production?: boolean;
  /** Registered partner apps (gateway/partners/partners.json by default). */
  partners?: Map<string, PartnerClient>;
  /** Shares partner rate limits between replicas. */
  redisUrl?: string;
  /** How long the gateway waits for a subgraph's answer (SUBGRAPH_TIMEOUT_MS), 5,000 ms by default. */
  subgraphTimeoutMs?: number;
  /** A deadline of its own for some subgraphs, by name (overrides `subgraphTimeoutMs`). */
  subgraphTimeoutsMs?: Partial<Record<string, number>>;
  /** The retry budget and circuit breaker of every subgraph (see SubgraphCallPolicy); the defaults suit production. */
  subgraphRetry?: Partial<SubgraphCallPolicy['retry']>;
  subgraphCircuitBreaker?: Partial<SubgraphCallPolicy['breaker']>;
  /** Told of every call to a subgraph: its outcome and duration (for metrics). */
  observeSubgraphCall?: (event: SubgraphCallEvent) => void;
  /** Told when a subgraph's circuit opens, half-opens (a probe) or closes. */
  observeSubgraphCircuit?: (event: SubgraphCircuitEvent) => void;
  /** Node's process metrics (CPU, memory, event loop) in the gateway's registry; off where several services share one process (tests). */
  processMetrics?: boolean;
  /** The oversight dashboard's registration (gateway/partners/dashboard.json by default). */
  dashboard?: DashboardClient;
  /**
   * Signs the dashboard's development sign-in tokens (never in production). By default the private key beside
   * AUTH_JWKS_FILE, as `npm start` lays out .keys/; without one the page asks for a token.
   */
  dashboardDevTokenSigner?: () => Promise<TokenSigner | undefined>;
  /**
   * Whose `x-request-id` a request keeps: by default the gateway's own, fresh for every request (the caller's is
   * logged beside it), so the audit log's rows of one request are that request's alone. `caller` only for the
   * benchmark's gateway (scripts/bench/gateway-with-caller-ids.ts), whose capture picks requests by their id.
   */
  requestIds?: RequestIdSource;
}

export interface RunningGateway {
  http: HttpService;
  /** The state of each subgraph's circuit breaker, by subgraph name. */
  subgraphCircuits(): Record<string, CircuitState>;
  /** The gateway's Prometheus metrics (served on their own port by the entry point: METRICS_PORT). */
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

/**
 * Subgraph URL overrides from the environment: for each subgraph of the supergraph, the variable the
 * topology names for it (WORKPLACE_COMMITTEE_URL, ...), when set. Without one, the supergraph's URL.
 */
export function subgraphUrlsFromEnvironment(supergraphSdl: string, environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const { name } of subgraphsOf(supergraphSdl)) {
    const variable = SUBGRAPHS.find((subgraph) => subgraph.name === name)?.urlVariable;
    const url = variable && environment[variable];
    if (url) urls[name] = url;
  }
  return urls;
}

/**
 * The Apollo gateway over the static supergraph, under Apollo Server and the
 * shared HTTP service (health endpoints, request ids, logs).
 */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const metrics = createServiceMetrics({ service: 'gateway', processMetrics: options.processMetrics ?? true });
  const guards = new Map<string, SubgraphGuard>();
  const guardOf = (name: string) => {
    const policy: SubgraphCallPolicy = {
      timeoutMs: options.subgraphTimeoutsMs?.[name] ?? options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_CALL_POLICY.timeoutMs,
      retry: { ...DEFAULT_SUBGRAPH_CALL_POLICY.retry, ...options.subgraphRetry },
      breaker: { ...DEFAULT_SUBGRAPH_CALL_POLICY.breaker, ...options.subgraphCircuitBreaker },
    };
    const guard = new SubgraphGuard(name, policy, {
      call: (event) => {
        metrics.recordSubgraphCall(event.subgraph, event.outcome, event.ms / 1000);
        options.observeSubgraphCall?.(event);
      },
      circuit: (event) => {
        logger[event.state === 'open' ? 'warn' : 'info']({ subgraph: event.subgraph, circuit: event.state }, `subgraph circuit ${event.state}`);
        metrics.recordCircuit(event.subgraph, event.state === 'open');
        options.observeSubgraphCircuit?.(event);
      },
    });
    guards.get(name)?.shutdown();
    guards.set(name, guard);
    return guard;
  };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls?.[name] ?? url ?? '', options.subgraphSignatureSecret, guardOf(name)),
    logger,
  });
  const limits = documentLimits<RequestScope>();
  const mask = maskError((error) => logger.error({ err: error }, 'unexpected error'));
  // In development, GraphiQL served by the gateway itself; Apollo's default landing page loads Sandbox from a CDN.
  const ide = options.production ? undefined : graphqlIde();
  const apollo = new ApolloServer<RequestScope>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    allowBatchedHttpRequests: true,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    validationOptions: limits.validationOptions,
    plugins: [
      graphqlTracingPlugin(),
      graphqlMetricsPlugin(metrics),
      ...limits.plugins,
      pageCostLimit(),
      operationResolution(),
      ide ? ide.landingPage : ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              codeTokenLimitRefusals(errors, languageOf(contextValue.headers['accept-language']));
            },
          };
        },
      },
      languagePlugin<RequestScope>((scope) => languageOf(scope.headers['accept-language'])),
    ],
    formatError: (formatted, error) => mask(codeLimitRefusal(formatted, error), error),
  });
  const partners = partnerGate({ partners: options.partners ?? loadPartnerRegistry(), auth: options.auth, logger, ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}) });
  await partners.ready();
  const http = await createHttpService<RequestScope>({
    name: 'gateway',
    logger,
    apollo,
    bodyLimit: GATEWAY_LIMITS.bodyLimit,
    requestIds: options.requestIds ?? 'own',
    // A span per request (the root of its trace) and every answer counted; the metrics are served on a port of their own (index.ts).
    telemetry: { tracer: serviceTracer('gateway'), metrics },
    routes: (app) => {
      ide?.routes(app);
      dashboardRoutes(app, { production: options.production ?? false, devTokenSigner: options.dashboardDevTokenSigner ?? (() => developmentTokenSigner()), logger });
      app.use('/graphql', express.json({ limit: GATEWAY_LIMITS.bodyLimit }), bodyLimitRefusal(), batchLimit(), dashboardSafelist(options.dashboard ?? loadDashboardClient()), partners.middleware);
    },
    context: async (scope) => {
      if (!scope.locals[PRINCIPAL_LOCAL]) {
        const authorization = scope.headers.authorization;
        await options.auth(typeof authorization === 'string' ? authorization : undefined).catch((error: unknown) => {
          // Refused before any request plugin runs: said here in the caller's language.
          if (error instanceof GraphQLError) localizeErrors([error], languageOf(scope.headers['accept-language']));
          throw error;
        });
      }
      return scope;
    },
    ready: async () => true,
  });
  return {
    http,
    metrics,
    subgraphCircuits: () => Object.fromEntries([...guards].map(([name, guard]) => [name, guard.state])),
    async close() {
      await http.close();
      await apollo.stop();
      await partners.close();
      for (const guard of guards.values()) guard.shutdown();
    },
  };
}
