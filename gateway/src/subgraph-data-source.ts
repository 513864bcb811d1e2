import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, REQUEST_ID_HEADER, codedError, type RequestScope } from '@twoway/platform';
import { subgraphFetcher } from './subgraph-fetcher.js';

/** Headers the gateway passes on to every subgraph. */
const FORWARDED_HEADERS = ['authorization', 'accept-language'] as const;

/**
 * How the gateway calls one subgraph: forwards the request id (and the
 * caller's token), and turns a subgraph that cannot be reached, or answers
 * with a server error, into a coded error that names the subgraph but never
 * its URL, host or port.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestScope> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestScope>): void {
    if (!request.http || !context.requestId) return;
    request.http.headers.set(REQUEST_ID_HEADER, context.requestId);
    for (const name of FORWARDED_HEADERS) {
      const value = context.headers?.[name];
      if (typeof value === 'string') request.http.headers.set(name, value);
    }
  }

  override didEncounterError(error: Error, _request: unknown, response: { status?: number } | undefined, context: RequestScope): void {
    const status = response?.status;
    if (status === 401 || status === 403) throw error;
    // The subgraph answered, but refused the request (a literal it could not
    // accept, say): pass its own coded error on, named after the subgraph.
    const refusal = status !== undefined && status >= 400 && status < 500 ? firstGraphQLError(error) : undefined;
    if (refusal) {
      throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, serviceName: this.name } });
    }
    context.logger?.warn({ subgraph: this.name, status, err: error }, 'subgraph unavailable');
    throw codedError(ErrorCode.SUBGRAPH_UNAVAILABLE, {
      vi: `Dịch vụ ${this.name} đang không trả lời được; các trường của nó để trống (null) trong câu trả lời này.`,
      en: `The ${this.name} service is unavailable; its fields are null in this answer.`,
    }, { serviceName: this.name });
  }

  constructor(
    private readonly name: string,
    url: string,
    signatureSecret: string,
  ) {
    super({ url, fetcher: subgraphFetcher(signatureSecret) });
  }
}

/** The first error of a GraphQL response body that came back with a 4xx status. */
function firstGraphQLError(error: Error): { message: string; code: string } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
  if (typeof first?.message !== 'string') return undefined;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : ErrorCode.BAD_USER_INPUT;
  return { message: first.message, code };
}
