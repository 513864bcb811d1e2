import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { postGraphQL, startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';

interface LogLine {
  service: string;
  req?: { id?: string; callerId?: string; headers?: Record<string, string> };
  msg?: string;
}

describe('one request id from the gateway to every subgraph', () => {
  const logs: string[] = [];
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation({ logs });
  });
  afterAll(async () => {
    await federation?.close();
  });

  const lines = () => logs.map((line) => JSON.parse(line) as LogLine);

  it('gives the request an id of its own, logs it in the gateway and in each subgraph the plan touched, and the caller\'s beside it', async () => {
    const operation = exampleOperation('member-profile');
    const { authorization } = await federation.auth.adminHeaders();
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-e2e-213', authorization: authorization! },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    expect(response.status).toBe(200);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const services = new Set(lines().filter((l) => l.req?.id === id).map((l) => l.service));
    expect([...services].sort()).toEqual(['evaluation', 'gateway', 'residence-committee', 'workplace-committee']);
    expect(lines().filter((l) => l.req?.callerId === 'req-e2e-213').map((l) => [l.service, l.req?.id])).toEqual([['gateway', id]]);
    expect(lines().some((l) => l.req?.id === 'req-e2e-213')).toBe(false);
    expect(logs.join('\n')).not.toContain(authorization!.slice('Bearer '.length));
  });

  it('gives a request without an id a fresh one', async () => {
    const before = logs.length;
    await postGraphQL(federation.gatewayUrl, { query: '{ __typename }' }, await federation.auth.adminHeaders());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const gatewayLine = lines().slice(before).find((l) => l.service === 'gateway' && l.req?.id);
    expect(gatewayLine?.req?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
