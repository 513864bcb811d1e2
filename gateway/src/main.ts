import { verifierFromEnvironment } from '@twoway/auth';
import { DEFAULT_DRAIN_DELAY_MS, createLogger, loadEnvironment, onShutdownSignal, port, sharedSecret, z } from '@twoway/platform';
import { serveMetrics, startTracing } from '@twoway/telemetry';
import { GATEWAY } from '../../topology.js';
import { readCommittedSupergraph } from './supergraph/committed.js';
import { DEFAULT_SUBGRAPH_CALL_POLICY, createGateway, subgraphUrlsFromEnvironment, type GatewayOptions } from './server.js';
import { loadPartnerRegistry } from './partners/registry.js';

/**
 * The gateway's process: its environment read and checked, the gateway listening, its metrics on their own
 * port, and a graceful stop on SIGINT/SIGTERM. `options` are for another entry point of the same process (the
 * benchmark's, scripts/bench/gateway-with-caller-ids.ts); the service's own, index.ts, gives none.
 */
export async function runGateway(options: Pick<GatewayOptions, 'requestIds'> = {}): Promise<void> {
  const environment = loadEnvironment(
    z.object({
      PORT: port(GATEWAY.port),
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      HOST: z.string().min(1).default('0.0.0.0'),
      GATEWAY_SIGNATURE_SECRET: sharedSecret(),
      PARTNERS_FILE: z.string().optional(),
      REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
      // Prometheus metrics on a port of their own, on loopback unless told otherwise: operation names and subgraph health are not for clients.
      METRICS_PORT: port(9464),
      SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).default(DEFAULT_DRAIN_DELAY_MS),
      METRICS_HOST: z.string().min(1).default('127.0.0.1'),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100, 'must be at least 100 (milliseconds)').default(DEFAULT_SUBGRAPH_CALL_POLICY.timeoutMs),
    }),
  );
  const logger = createLogger('gateway');
  // Before anything serves: spans are exported over OTLP when the standard OTEL_EXPORTER_OTLP_* variables say where.
  const tracing = startTracing({ serviceName: GATEWAY.name });
  const supergraphSdl = readCommittedSupergraph();
  const gateway = await createGateway({
    supergraphSdl,
    subgraphUrls: subgraphUrlsFromEnvironment(supergraphSdl),
    subgraphSignatureSecret: environment.GATEWAY_SIGNATURE_SECRET,
    auth: verifierFromEnvironment(),
    logger,
    production: environment.NODE_ENV === 'production',
    partners: loadPartnerRegistry(environment.PARTNERS_FILE),
    ...(environment.REDIS_URL ? { redisUrl: environment.REDIS_URL } : {}),
    subgraphTimeoutMs: environment.SUBGRAPH_TIMEOUT_MS,
    ...options,
  });
  const metricsServer = await serveMetrics(gateway.metrics, environment.METRICS_PORT, environment.METRICS_HOST);
  await gateway.http.listen(environment.PORT, environment.HOST);
  onShutdownSignal(
    logger,
    async () => {
      await gateway.close();
      await metricsServer.close();
      await tracing.shutdown();
    },
    { drainDelayMs: environment.SHUTDOWN_DRAIN_DELAY_MS },
  );
}
