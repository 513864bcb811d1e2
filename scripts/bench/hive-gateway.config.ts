import { defineConfig } from '@graphql-hive/gateway';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@twoway/platform';

/**
 * Hive Gateway, the independent peer in `npm run bench`: the same committed
 * supergraph, the same subgraphs, the same headers forwarded (the bearer
 * token, which every subgraph verifies, and the request id).
 *
 * Its HTTP executor merges identical subgraph queries in flight by default;
 * our gateway does not. The benchmark draws its variables at random, but at a
 * province (63 of them, ten requests at a time) identical entity fetches still
 * meet often, and the peer ran a third of the statements ours did for the same
 * answers. The merging is switched off, so both gateways do the same work.
 *
 * The subgraphs serve only requests signed with the gateway's secret: the peer signs each body the same way
 * (GATEWAY_SIGNATURE_SECRET, passed by peer.ts), as our gateway's fetcher does.
 */
const signatureSecret = process.env.GATEWAY_SIGNATURE_SECRET ?? '';
export const gatewayConfig = defineConfig({
  supergraph: 'gateway/supergraph.graphql',
  logging: 'error',
  plugins: () => [
    {
      onFetch({ options, setOptions }) {
        const body = typeof options.body === 'string' ? options.body : '';
        setOptions({ ...options, headers: { ...options.headers, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(signatureSecret, body) } });
      },
    },
  ],
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? '',
      'x-request-id': request.headers.get('x-request-id') ?? '',
    }),
  },
});
