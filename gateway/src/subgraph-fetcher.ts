import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@twoway/platform';
import { Agent, request } from 'undici';
import { SubgraphFailure } from './subgraph-calls/subgraph-failure.js';

/**
 * The connections to the subgraphs, kept alive and pooled, shared by every
 * data source. undici's own timeouts (300 s for headers and body) are no
 * bound worth the name: each call carries the deadline of its subgraph
 * instead (an AbortSignal; see subgraph-calls/).
 */
const subgraphConnections = new Agent({ keepAliveTimeout: 60_000, connections: 64 });

/** What a subgraph answered (below 500): its status and its body, read whole. */
export interface SubgraphAnswer {
  status: number;
  text: string;
}

/** Statuses worth one more try for a query: the subgraph (or what stands in front of it) was momentarily unable to answer. */
const PASSING_STATUSES = new Set([502, 503, 504]);

/**
 * Posts one signed body to a subgraph with undici's own request API (the
 * WHATWG fetch layers showed in the gateway's CPU profile on every subgraph
 * call; a subgraph answer is one small JSON body). Every body goes out signed
 * with the secret the subgraphs share with the gateway (x-gateway-signature).
 * A 5xx answer, a connection error and the end of the deadline are thrown as
 * a SubgraphFailure; every other answer, 4xx included, is returned.
 */
export async function postToSubgraph(url: string, headers: Record<string, string>, body: string, signatureSecret: string, signal: AbortSignal): Promise<SubgraphAnswer> {
  try {
    const response = await request(url, {
      method: 'POST',
      headers: { ...headers, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(signatureSecret, body) },
      body,
      dispatcher: subgraphConnections,
      signal,
    });
    const text = await response.body.text();
    if (response.statusCode >= 500) {
      throw new SubgraphFailure('error', { retriable: PASSING_STATUSES.has(response.statusCode), status: response.statusCode, retryAfterSeconds: retryAfter(response.headers['retry-after']) });
    }
    return { status: response.statusCode, text };
  } catch (error) {
    if (error instanceof SubgraphFailure) throw error;
    if (signal.aborted) throw new SubgraphFailure('timeout', { retriable: false, cause: error });
    // Refused, reset or closed before an answer: the subgraph may be restarting.
    throw new SubgraphFailure('error', { retriable: true, cause: error });
  }
}

function retryAfter(header: string | string[] | undefined): number | undefined {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}
