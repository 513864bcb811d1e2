import { createGateway } from '@twoway/gateway';
import { readCommittedSupergraph } from '@twoway/gateway/supergraph';
import { createLogger } from '@twoway/platform';
import { TEST_GATEWAY_SIGNATURE_SECRET, type TestFederation } from './federation.js';

/**
 * Runs `use` against a second gateway over the federation's subgraphs, in
 * production mode (NODE_ENV=production: no introspection, no landing page,
 * no IDE), and stops it afterwards.
 */
export async function withProductionGateway(federation: TestFederation, use: (url: string) => Promise<void>): Promise<void> {
  const gateway = await createGateway({
    supergraphSdl: readCommittedSupergraph(),
    subgraphUrls: Object.fromEntries(Object.values(federation.subgraphs).map((s) => [s.name, s.http.url])),
    subgraphSignatureSecret: TEST_GATEWAY_SIGNATURE_SECRET,
    processMetrics: false,
    auth: federation.auth.verifier,
    logger: createLogger('gateway', 'silent'),
    production: true,
  });
  await gateway.http.listen(0, '127.0.0.1');
  try {
    await use(gateway.http.url);
  } finally {
    await gateway.close();
  }
}
