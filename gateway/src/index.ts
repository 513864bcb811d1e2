import { verifierFromEnvironment } from '@twoway/auth';
import { createLogger, loadEnvironment, onShutdownSignal, port, z } from '@twoway/platform';
import { readCommittedSupergraph } from './supergraph/compose.js';
import { createGateway, subgraphUrlsFromEnvironment } from './server.js';

const environment = loadEnvironment(
  z.object({
    PORT: port(4000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  }),
);
const logger = createLogger('gateway');
const gateway = await createGateway({
  supergraphSdl: readCommittedSupergraph(),
  subgraphUrls: subgraphUrlsFromEnvironment(),
  auth: verifierFromEnvironment(),
  logger,
  production: environment.NODE_ENV === 'production',
});
await gateway.http.listen(environment.PORT);
onShutdownSignal(logger, () => gateway.close());
