import { verifierFromEnvironment } from '@twoway/auth';
import { createLogger, loadEnvironment, onShutdownSignal, port, z } from '@twoway/platform';
import { GATEWAY } from '../../topology.js';
import { readCommittedSupergraph } from './supergraph/committed.js';
import { createGateway, subgraphUrlsFromEnvironment } from './server.js';
import { loadPartnerRegistry } from './partners/registry.js';

const environment = loadEnvironment(
  z.object({
    PORT: port(GATEWAY.port),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    GATEWAY_SIGNATURE_SECRET: z.string().min(16, 'must be at least 16 characters'),
    PARTNERS_FILE: z.string().optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  }),
);
const logger = createLogger('gateway');
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
});
await gateway.http.listen(environment.PORT, environment.HOST);
onShutdownSignal(logger, () => gateway.close());
