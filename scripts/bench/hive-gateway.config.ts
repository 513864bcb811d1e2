import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway, the independent peer in `npm run bench`: the same committed
 * supergraph, the same subgraphs, the same headers forwarded (the bearer
 * token, which every subgraph verifies, and the request id).
 */
export const gatewayConfig = defineConfig({
  supergraph: 'gateway/supergraph.graphql',
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? '',
      'x-request-id': request.headers.get('x-request-id') ?? '',
    }),
  },
});
