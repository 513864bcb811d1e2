import { verifierFromEnvironment } from '@twoway/auth';
import { createLogger, loadEnvironment, onShutdownSignal, port, z } from '@twoway/platform';
import { readCommittedSupergraph } from './supergraph/compose.js';
import { createGateway, subgraphUrlsFromEnvironment } from './server.js';
import { loadPartnerRegistry } from './partners/registry.js';

const environment = loadEnvironment(
  z.object({
    PORT: port(4000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PARTNERS_FILE: z.string().optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  }),
);
const logger = createLogger('gateway');
const gateway = await createGateway({
  supergraphSdl: readCommittedSupergraph(),
  subgraphUrls: subgraphUrlsFromEnvironment(),
  auth: verifierFromEnvironment(),
  logger,
  production: environment.NODE_ENV === 'production',
  partners: loadPartnerRegistry(environment.PARTNERS_FILE),
  ...(environment.REDIS_URL ? { redisUrl: environment.REDIS_URL } : {}),
});
await gateway.http.listen(environment.PORT);
onShutdownSignal(logger, () => gateway.close());
