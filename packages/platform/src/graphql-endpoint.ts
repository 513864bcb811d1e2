import { AsyncResource } from 'node:async_hooks';
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';

/** What the endpoint is told of a request it serves: the request and its answer, and the body as parsed. */
export interface GraphQLCall {
  req: http.IncomingMessage;
  res: http.ServerResponse & { locals: Record<string, unknown> };
  body: unknown;
}

/** `1mb`, `512kb`, `100b`, `1024`: a body limit as body-parser reads it (powers of 1024), in bytes. */
export function byteLimit(limit: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!match) throw new Error(`Not a size: ${limit}`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.floor(Number(match[1]) * unit);
}

/** An error the service's error handler answers with its status (the same shapes body-parser's errors have). */
function readError(status: number, type: string, message: string): Error & { status: number; type: string } {
  return Object.assign(new Error(message), { status, type });
}

/** JSON per RFC 7159 may start with white space only: space, tab, line feed, carriage return. */
const FIRST_CHARACTER = /^[\x20\x09\x0a\x0d]*(.)/s; // eslint-disable-line no-control-regex

/**
 * Whether this request is one the endpoint reads itself: a POST with a body of
 * known length within the limit, `application/json` in UTF-8, not compressed.
 * Anything else (none of which a gateway sends) goes on to the general path,
 * body-parser and Apollo's Express integration, which answer it as before.
 */
function plainJsonPost(req: http.IncomingMessage, limit: number): boolean {
  if (req.method !== 'POST' || 'body' in req) return false;
  const length = Number(req.headers['content-length']);
  if (!Number.isInteger(length) || length < 0 || length > limit || req.headers['transfer-encoding'] !== undefined) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const [type, ...parameters] = (req.headers['content-type'] ?? '').split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=');
    return name!.trim().toLowerCase() !== 'charset' || value.trim().replace(/^"(.*)"$/, '$1').toLowerCase() === 'utf-8';
  });
}

/**
 * Express middleware answering GraphQL POSTs at its path with Apollo Server
 * directly: it reads the body, has `acceptCaller` judge the exact bytes (a
 * refusal is thrown to the error handler, as body-parser's `verify` did),
 * parses it as body-parser's strict JSON parser would (an empty body as `{}`,
 * a leading byte-order mark dropped, anything but an object or array refused
 * 400), runs the operation and writes Apollo's answer. Requests it does not
 * read itself go on (`next()`) to body-parser and `@as-integrations/express5`.
 *
 * Why: for the small requests a gateway sends its subgraphs, body-parser's
 * layers (content-type and charset parsing, iconv, raw-body's stream
 * handling), the Express integration's header copying and URL parsing, and
 * `res.send`'s ETag were together some 5 % of a subgraph's CPU in the
 * benchmark's profile, for a body that is always UTF-8 JSON of known length.
 */
export function graphqlEndpoint<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: {
    limit: number;
    acceptCaller?: (headers: http.IncomingHttpHeaders, rawBody: Buffer) => boolean;
    refusal: () => Error;
    context: (call: GraphQLCall) => Promise<TContext>;
  },
) {
  return (req: http.IncomingMessage, res: http.ServerResponse & { locals: Record<string, unknown> }, next: (error?: unknown) => void) => {
    if (!plainJsonPost(req, options.limit)) return next();
    const chunks: Buffer[] = [];
    const finish = (error?: Error) => {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('aborted', onAborted);
      req.removeListener('error', onError);
      if (error) next(readError(400, 'request.aborted', error.message));
    };
    const onData = (chunk: Buffer) => void chunks.push(chunk);
    // The request's end is told in the socket's own async context: run in this one, what runs on from it (the
    // operation, its SQL) keeps the request's (its trace span, the request id of requestContext), as raw-body does.
    // (runInAsyncScope rather than AsyncResource's bind, which defines deprecated getters on every function bound.)
    const request = new AsyncResource('GraphQLRequestBody');
    const onAborted = () => request.runInAsyncScope(finish, undefined, new Error('request aborted'));
    const onError = (error: Error) => request.runInAsyncScope(finish, undefined, error);
    const onEnd = () => request.runInAsyncScope(end);
    const end = () => {
      finish();
      const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (options.acceptCaller && !options.acceptCaller(req.headers, raw)) return next(options.refusal());
      let body: unknown;
      try {
        body = parseStrictJson(raw.toString('utf8'));
      } catch (error) {
        return next(readError(400, 'entity.parse.failed', (error as Error).message));
      }
      (req as { body?: unknown }).body = body;
      answer(apollo, req, res, body, options.context).catch(next);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onError);
  };
}

/** body-parser's strict JSON: an empty body is `{}`; a byte-order mark is dropped; only an object or an array. */
export function parseStrictJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = FIRST_CHARACTER.exec(body)?.[1];
  if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'}: only an object or an array is accepted`);
  return JSON.parse(body) as unknown;
}

/** Apollo's answer to the request, written as `@as-integrations/express5` writes it. */
async function answer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: http.IncomingMessage,
  res: http.ServerResponse & { locals: Record<string, unknown> },
  body: unknown,
  context: (call: GraphQLCall) => Promise<TContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers, search: query >= 0 ? url.slice(query) : '', body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res, body }) });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
