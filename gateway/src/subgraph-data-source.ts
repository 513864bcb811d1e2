import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, REQUEST_ID_HEADER, codedError, type RequestScope } from '@twoway/platform';
import { injectTraceHeaders } from '@twoway/telemetry';
import { postToSubgraph, type SubgraphAnswer } from './subgraph-fetcher.js';
import { SubgraphFailure } from './subgraph-calls/subgraph-failure.js';
import { retryAfterSecondsOf, type SubgraphGuard } from './subgraph-calls/subgraph-guard.js';
import { mergeFetches, type SubgraphFetch } from './subgraph-calls/fetch-batch.js';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<RequestScope>['process']>>;

/** A fetch waiting for the end of its tick, to go with the other fetches of its request to the same subgraph. */
interface PendingFetch {
  options: GraphQLDataSourceProcessOptions<RequestScope>;
  fetch: SubgraphFetch;
  resolve: (response: GatewayGraphQLResponse) => void;
  reject: (error: unknown) => void;
}

/** Headers the gateway passes on to every subgraph. */
const FORWARDED_HEADERS = ['authorization', 'accept-language'] as const;

/**
 * How the gateway calls one subgraph: one signed POST for the fetches of the
 * query plan a request asks of it at once (one or several, merged: see
 * subgraph-calls/fetch-batch.ts), carrying the request id and the caller's token and language, under
 * the subgraph's deadline, retries and circuit breaker (SubgraphGuard). A
 * subgraph that cannot be reached, is late, answers with a server error or
 * has its circuit open becomes SUBGRAPH_UNAVAILABLE, which names the subgraph
 * but never its URL, host or port; the other subgraphs' fields still answer.
 *
 * Written on the gateway's GraphQLDataSource interface rather than on
 * RemoteGraphQLDataSource: the deadline has to reach each request, and that
 * class builds a node-fetch Request per call only to hand it to hooks unused here.
 */
export class SubgraphDataSource implements GraphQLDataSource<RequestScope> {
  /** The fetches of each request (by its context) waiting for this tick to end, to be sent as one (see fetch-batch.ts). */
  private readonly pending = new WeakMap<object, PendingFetch[]>();

  constructor(
    private readonly name: string,
    private readonly url: string,
    private readonly signatureSecret: string,
    private readonly guard: SubgraphGuard,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<RequestScope>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const { incoming, context } = requestOf(options);
    const fetch: SubgraphFetch = { query: request.query ?? '', variables: request.variables, operationName: request.operationName };
    // The fetches of a query (never a mutation's: its order is the plan's) asked of this subgraph in the same tick,
    // for the same request, go as one request when there are several.
    const hasExtensions = request.extensions !== undefined && Object.keys(request.extensions).length > 0;
    if (incoming?.operation?.operation !== 'query' || !context || !request.query || hasExtensions) {
      return this.send(options, JSON.stringify({ ...fetch, extensions: request.extensions }));
    }
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(context);
      if (waiting) {
        waiting.push({ options, fetch, resolve, reject });
        return;
      }
      this.pending.set(context, [{ options, fetch, resolve, reject }]);
      setImmediate(() => {
        const batch = this.pending.get(context)!;
        this.pending.delete(context);
        void this.sendBatch(batch);
      });
    });
  }

  /** Sends the fetches of one request that waited together: one request for all of them, or each alone if they cannot merge. */
  private async sendBatch(batch: PendingFetch[]): Promise<void> {
    const merged = batch.length > 1 ? mergeFetches(batch.map((pending) => pending.fetch)) : null;
    if (!merged) {
      for (const { options, fetch, resolve, reject } of batch) this.send(options, JSON.stringify(fetch)).then(resolve, reject);
      return;
    }
    try {
      const results = merged.split(await this.send(batch[0]!.options, JSON.stringify(merged.body)));
      batch.forEach(({ resolve }, i) => resolve(results[i]! as GatewayGraphQLResponse));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  /** One signed POST of `body` to the subgraph, with the headers of the request `options` belongs to. */
  private async send(options: GraphQLDataSourceProcessOptions<RequestScope>, body: string): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const { incoming, context } = requestOf(options);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    headers['content-type'] = 'application/json';
    if (context?.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    for (const name of FORWARDED_HEADERS) {
      const value = context?.headers?.[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // The subgraph's spans continue this request's trace (traceparent), when tracing is on.
    injectTraceHeaders(headers);
    // Only a query may be sent twice: a mutation's first request may have been applied.
    const retriable = incoming?.operation?.operation === 'query';
    try {
      const answer = await this.guard.call((deadline) => postToSubgraph(this.url, headers, body, this.signatureSecret, deadline).then((a) => this.read(a)), retriable);
      // No cache hints from subgraphs: an answer through the gateway is never cacheable (as RemoteGraphQLDataSource decided without a Cache-Control header).
      const policy = incoming?.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict({ maxAge: 0 });
      return answer;
    } catch (error) {
      if (!(error instanceof SubgraphFailure)) throw error;
      if (error.outcome !== 'circuit-open') context?.logger?.warn({ subgraph: this.name, outcome: error.outcome, status: error.status, err: error.cause ?? error }, 'subgraph unavailable');
      throw codedError(ErrorCode.SUBGRAPH_UNAVAILABLE, {
        vi: `Dịch vụ ${this.name} đang không trả lời được; các trường của nó để trống (null) trong câu trả lời này.`,
        en: `The ${this.name} service is unavailable; its fields are null in this answer.`,
      }, { serviceName: this.name, retryAfterSeconds: retryAfterSecondsOf(error) });
    }
  }

  /** A subgraph's answer: its GraphQL response, or (a 4xx) its own first error passed on, named after the subgraph. */
  private read(answer: SubgraphAnswer): GatewayGraphQLResponse {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch (error) {
      throw new SubgraphFailure('error', { status: answer.status, cause: error });
    }
    if (answer.status >= 400) {
      const refusal = firstError(body);
      // The subgraph does not take this gateway's signature (another secret, clocks apart): the gateway's fault, not the
      // caller's. It is unavailable to this gateway, and counts against its circuit.
      if (refusal?.code === ErrorCode.GATEWAY_SIGNATURE_REQUIRED) throw new SubgraphFailure('error', { status: answer.status });
      // The subgraph answered, but refused the request (a token, a literal it could not accept).
      throw new GraphQLError(refusal?.message ?? `HTTP ${answer.status}`, {
        extensions: { code: refusal?.code ?? (answer.status === 401 ? ErrorCode.UNAUTHENTICATED : answer.status === 403 ? ErrorCode.FORBIDDEN : ErrorCode.BAD_USER_INPUT), serviceName: this.name },
      });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SubgraphFailure('error', { status: answer.status });
    return body as GatewayGraphQLResponse;
  }
}

/** The incoming request a fetch belongs to, and its scope; neither for the gateway's own calls (no incoming request). */
function requestOf(options: GraphQLDataSourceProcessOptions<RequestScope>) {
  const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
  return { incoming, context: incoming ? (options.context as RequestScope) : undefined };
}

/** The first error of a GraphQL response body. */
function firstError(body: unknown): { message: string; code: string | undefined } | undefined {
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
  if (typeof first?.message !== 'string') return undefined;
  return { message: first.message, code: typeof first.extensions?.code === 'string' ? first.extensions.code : undefined };
}
