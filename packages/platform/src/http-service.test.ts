import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { createHttpService, type HttpService, type RequestScope } from './http-service.js';
import { maskError } from './errors.js';
import { createLogger } from './logger.js';
import { requestContext } from './request-context.js';

interface Answer {
  status: number;
  type: string;
  body: { errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * What the HTTP layer answers by itself, before or instead of an operation: every answer a coded JSON error in
 * the caller's language (Vietnamese unless it asks for English), never Express's HTML page or Apollo's bare English.
 */
describe('the answers of the HTTP layer', () => {
  let service: HttpService;
  let origin = '';
  beforeAll(async () => {
    const apollo = new ApolloServer<RequestScope>({
      typeDefs: 'type Query { echo(text: String): String }',
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } },
      formatError: maskError(() => undefined),
    });
    service = await createHttpService<RequestScope>({ name: 'test', logger: createLogger('test', 'silent'), apollo, bodyLimit: '1kb', context: async (scope) => scope, ready: async () => true });
    await service.listen(0, '127.0.0.1');
    origin = new URL(service.url).origin;
  });
  afterAll(async () => {
    await service?.close();
  });

  async function send(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${origin}${path}`, init);
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: JSON.parse(await response.text()) as Answer['body'] };
  }
  const english = { 'accept-language': 'en-US,en;q=0.9' };
  const only = (answer: Answer) => ({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code, message: answer.body.errors?.[0]?.message ?? '' });

  it('answers an address it has nothing at with NOT_FOUND, in Vietnamese first and in English on request', async () => {
    const vietnamese = await send('/khong-co');
    expect(vietnamese.type).toMatch(/^application\/json/);
    expect(only(vietnamese)).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.stringMatching(/^Không có gì ở địa chỉ này/) });
    expect(only(await send('/khong-co', { method: 'POST', headers: english }))).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.stringMatching(/^There is nothing at this address/) });
  });

  it('answers a body that is not JSON, or too large, with its code in the language asked for', async () => {
    const broken = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' };
    expect(only(await send('/graphql', broken))).toEqual({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(/^Không đọc được yêu cầu/) });
    expect(only(await send('/graphql', { ...broken, headers: { ...broken.headers, ...english } }))).toEqual({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(/^The request could not be read/) });
    const large = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ echo(text: "${'a'.repeat(2000)}") }` }) };
    expect(only(await send('/graphql', large))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/^Phần thân yêu cầu vượt quá/) });
  });

  it("says Apollo Server's own refusals in Vietnamese first, its English detail after", async () => {
    // A POST a browser form could send without a preflight: Apollo's CSRF prevention.
    const form = only(await send('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ echo(text: "a") }' }) }));
    expect(form).toEqual({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(/^Yêu cầu không đúng quy cách GraphQL qua HTTP \(This operation has been blocked as a potential Cross-Site Request Forgery/) });
    // A JSON POST with no operation in it.
    const empty = only(await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variables: {} }) }));
    expect(empty).toEqual({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(/^Yêu cầu không đúng quy cách GraphQL qua HTTP \(.*query/) });
  });

  it('still answers a well-formed operation', async () => {
    const answer = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ echo(text: "xin chào") }' }) });
    expect(await answer.json()).toEqual({ data: { echo: 'xin chào' } });
  });
});

/**
 * Request tracking for the requests asked for only: what a resolver reads of requestContext while its request
 * runs, and later. Once no tracked request is in flight the storage is disabled (its promise hook off), so
 * what a tracked request left running reads nothing after its answer.
 */
describe('tracking the requests asked for', () => {
  let service: HttpService;
  let origin = '';
  const seen: { requestId: string; during: string | undefined; after: Promise<string | undefined> }[] = [];
  beforeAll(async () => {
    const apollo = new ApolloServer<RequestScope>({
      typeDefs: 'type Query { whoAmI: String }',
      resolvers: {
        Query: {
          whoAmI: async (_: unknown, __: unknown, scope: RequestScope) => {
            await new Promise((resolve) => setImmediate(resolve));
            const after = new Promise<string | undefined>((resolve) => setTimeout(() => resolve(requestContext.getStore()?.requestId), 50));
            seen.push({ requestId: scope.requestId, during: requestContext.getStore()?.requestId, after });
            return scope.requestId;
          },
        },
      },
    });
    service = await createHttpService<RequestScope>({
      name: 'test', logger: createLogger('test', 'silent'), apollo, context: async (scope) => scope, ready: async () => true,
      trackRequestContext: (requestId) => requestId.startsWith('track:'),
    });
    await service.listen(0, '127.0.0.1');
    origin = new URL(service.url).origin;
  });
  afterAll(async () => {
    await service?.close();
  });

  const ask = (requestId: string) => fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify({ query: '{ whoAmI }' }) }).then((answer) => answer.json());

  it('carries the id of a tracked request through its steps, and no other', async () => {
    seen.length = 0;
    expect(await ask('track:1')).toEqual({ data: { whoAmI: 'track:1' } });
    expect(await ask('plain:2')).toEqual({ data: { whoAmI: 'plain:2' } });
    expect(seen.map(({ requestId, during }) => ({ requestId, during }))).toEqual([
      { requestId: 'track:1', during: 'track:1' },
      { requestId: 'plain:2', during: undefined },
    ]);
  });

  it('turns the tracking off once no tracked request is in flight, and on again for the next', async () => {
    seen.length = 0;
    await ask('track:3');
    // Still running after the answer, from inside the tracked request: the storage is disabled by then.
    expect(await seen[0]!.after).toBeUndefined();
    await Promise.all([ask('track:4'), ask('track:5')]);
    expect(seen.slice(1).map(({ requestId, during }) => ({ requestId, during })).sort((a, b) => a.requestId.localeCompare(b.requestId))).toEqual([
      { requestId: 'track:4', during: 'track:4' },
      { requestId: 'track:5', during: 'track:5' },
    ]);
  });
});
