import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { createHttpService, type HttpService, type RequestScope } from './http-service.js';
import { byteLimit, parseStrictJson } from './graphql-endpoint.js';
import { createLogger } from './logger.js';
import { requestContext } from './request-context.js';

/** A POST as a client sends it, with the headers given (none added) and the body as given. */
function post(url: string, headers: Record<string, string>, body: Buffer | string, chunked = false): Promise<{ status: number; json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, json: JSON.parse(text) as never }));
    });
    request.on('error', reject);
    if (chunked) {
      request.write(body.slice(0, 5));
      request.end(body.slice(5));
    } else {
      request.end(body);
    }
  });
}

describe('the GraphQL endpoint', () => {
  let service: HttpService;
  let url = '';
  const bodies: unknown[] = [];
  const json = (body: string) => ({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-signed': 'yes' });
  beforeAll(async () => {
    const apollo = new ApolloServer<RequestScope>({ typeDefs: 'type Query { echo(text: String): String }', resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } } });
    service = await createHttpService<RequestScope>({
      name: 'test',
      logger: createLogger('test', 'silent'),
      apollo,
      bodyLimit: '1kb',
      // The signature stands for the caller: judged on the exact bytes, like a subgraph's.
      acceptCaller: (headers, raw) => headers['x-signed'] === 'yes' && raw.length > 0,
      // The request's async context reaches its operation (what the SQL capture and the trace spans rely on).
      trackRequestContext: true,
      context: async (scope) => {
        bodies.push({ body: scope.body, inRequestContext: requestContext.getStore()?.requestId === scope.requestId });
        return scope;
      },
      ready: async () => true,
    });
    await service.listen(0, '127.0.0.1');
    url = service.url;
  });
  afterAll(async () => {
    await service?.close();
  });

  const query = JSON.stringify({ query: '{ echo(text: "xin chào") }' });

  it('answers a plain JSON POST, the parsed body in the context', async () => {
    bodies.length = 0;
    const response = await post(url, json(query), query);
    expect(response).toEqual({ status: 200, json: { data: { echo: 'xin chào' } } });
    expect(bodies).toEqual([{ body: { query: '{ echo(text: "xin chào") }' }, inRequestContext: true }]);
    // A byte-order mark and a charset change nothing.
    const marked = `\uFEFF${query}`;
    expect((await post(url, { ...json(marked), 'content-type': 'application/json; charset=UTF-8' }, marked)).json).toEqual({ data: { echo: 'xin chào' } });
  });

  it('refuses a caller it does not serve, and a body that is not a JSON object or array, as body-parser did', async () => {
    expect(await post(url, { ...json(query), 'x-signed': 'no' }, query)).toMatchObject({ status: 403, json: { errors: [{ extensions: { code: 'GATEWAY_SIGNATURE_REQUIRED' } }] } });
    for (const bad of ['{"query": ', '"a string"', '12']) {
      expect(await post(url, json(bad), bad)).toMatchObject({ status: 400, json: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
    }
  });

  it('leaves anything else to body-parser: compressed, chunked, oversized', async () => {
    const zipped = gzipSync(query);
    expect((await post(url, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(zipped.length), 'x-signed': 'yes' }, zipped)).json).toEqual({ data: { echo: 'xin chào' } });
    expect((await post(url, { 'content-type': 'application/json', 'x-signed': 'yes' }, query, true)).json).toEqual({ data: { echo: 'xin chào' } });
    const large = JSON.stringify({ query: `{ echo(text: "${'x'.repeat(2_000)}") }` });
    expect(await post(url, json(large), large)).toMatchObject({ status: 413, json: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
  });
});

describe('reading bodies', () => {
  it('parses JSON strictly, as body-parser does', () => {
    expect(parseStrictJson('')).toEqual({});
    expect(parseStrictJson(' \n[1]')).toEqual([1]);
    expect(parseStrictJson('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(() => parseStrictJson('true')).toThrow(SyntaxError);
    expect(() => parseStrictJson('{')).toThrow(SyntaxError);
  });

  it('reads limits as body-parser does', () => {
    expect([byteLimit('1mb'), byteLimit('512kb'), byteLimit('100'), byteLimit('1.5KB')]).toEqual([1_048_576, 524_288, 100, 1_536]);
    expect(() => byteLimit('lots')).toThrow();
  });
});
