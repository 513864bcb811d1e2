import { withTestGateway, type TestFederation } from './federation.js';

/**
 * Runs `use` against a second gateway over the federation's subgraphs, in
 * production mode (NODE_ENV=production: no introspection, no landing page,
 * no IDE), and stops it afterwards.
 */
export function withProductionGateway(federation: TestFederation, use: (url: string) => Promise<void>): Promise<void> {
  return withTestGateway(federation, { production: true }, use);
}
