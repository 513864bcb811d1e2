import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@twoway/platform';
import { startTestSubgraph, type TestSubgraph } from '../../support/subgraph.js';
import { TEST_GATEWAY_SIGNATURE_SECRET } from '../../support/federation.js';
import { testAuth } from '../../support/auth.js';

/**
 * A graceful stop: readiness turns 503 first while the service still serves,
 * keep-alive clients are told to close their connection, and every request
 * in flight when the listener closes is answered in full.
 */
interface Reply {
  status: number;
  connection: string | undefined;
  body: string;
}

describe('graceful stop of a subgraph', () => {
  let residence: TestSubgraph;
  let authorization: string;
  let base: URL;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const query = JSON.stringify({ query: '{ __typename }' });

  beforeAll(async () => {
    residence = await startTestSubgraph('residenceCommittee');
    authorization = (await (await testAuth()).adminHeaders()).authorization!;
    base = new URL(residence.subgraph.http.url);
  });
  afterAll(async () => {
    agent.destroy();
    await residence?.close();
  });

  /** Sends a GraphQL request whose body arrives in two halves: in flight until `finish` is called. */
  function slowRequest(): { finish: () => void; reply: Promise<Reply> } {
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(query)), authorization, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(TEST_GATEWAY_SIGNATURE_SECRET, query) };
    const request = http.request(base, { method: 'POST', headers, agent: false });
    const reply = answerOf(request);
    request.write(query.slice(0, 5));
    request.flushHeaders();
    return { finish: () => request.end(query.slice(5)), reply };
  }

  function get(path: string, options: { agent?: http.Agent } = {}): Promise<Reply> {
    const request = http.request(new URL(path, base), { method: 'GET', agent: options.agent ?? false });
    const reply = answerOf(request);
    request.end();
    return reply;
  }

  function post(options: { agent?: http.Agent } = {}): Promise<Reply> {
    const headers = { 'content-type': 'application/json', authorization, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(TEST_GATEWAY_SIGNATURE_SECRET, query) };
    const request = http.request(base, { method: 'POST', headers, agent: options.agent ?? false });
    const reply = answerOf(request);
    request.end(query);
    return reply;
  }

  it('turns not ready, tells keep-alive clients to go, then answers every request in flight before it closes', async () => {
    // A keep-alive client with an open connection, and three requests whose bodies are still on their way.
    const kept = await post({ agent });
    expect(kept.status).toBe(200);
    expect(kept.connection).toBe('keep-alive');
    const inFlight = [slowRequest(), slowRequest(), slowRequest()];
    await new Promise((resolve) => setTimeout(resolve, 50));

    const draining = residence.subgraph.http.drain(400);
    // Still listening, no longer ready: a new connection is served and told 503.
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'unavailable' });
    // The keep-alive client's next request is served, and told to close its connection.
    const last = await post({ agent });
    expect({ status: last.status, connection: last.connection }).toEqual({ status: 200, connection: 'close' });
    await draining;

    // Now the listener closes while the three requests are still in flight; they finish and are answered.
    const closing = residence.subgraph.http.close();
    for (const request of inFlight) request.finish();
    const replies = await Promise.all(inFlight.map((request) => request.reply));
    await closing;
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ data: { __typename: 'Query' } });
    }
    // And nothing is accepted any more.
    await expect(get('/health/live')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

function answerOf(request: http.ClientRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
    });
  });
}
