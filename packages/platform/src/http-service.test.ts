import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { createHttpService, type HttpService, type RequestScope } from './http-service.js';
import { maskError } from './errors.js';
import { createLogger } from './logger.js';

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
