import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { GATEWAY_LIMITS } from '@twoway/gateway';
import { postGraphQL, startTestFederation, type TestFederation } from '../../support/federation.js';
import { exampleOperation } from '../../support/operations.js';

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);

/**
 * HTTP statuses a client can act on: every mistake of the caller is a 4xx;
 * a request that failed only because subgraphs were unavailable is a 503 with
 * Retry-After; a partial answer stays 200.
 */
describe('HTTP statuses of the gateway', () => {
  let federation: TestFederation;
  let headers: Record<string, string>;
  const ward = organizationId('dong-ngac');
  const profile = exampleOperation('member-profile');

  beforeAll(async () => {
    federation = await startTestFederation();
    headers = await federation.auth.adminHeaders();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it.each([
    ['a syntax error', { query: `{ organization(id: "${ward}") { name ` }, 'GRAPHQL_PARSE_FAILED'],
    ['a document over the token limit', { query: `{ organization(id: "${ward}") { ${'name '.repeat(GATEWAY_LIMITS.maxTokens)} } }` }, 'TOKEN_LIMIT_EXCEEDED'],
    ['an unknown field', { query: `{ organization(id: "${ward}") { nope } }` }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', { query: 'query($id: ID!) { organization(id: $id) { name } }', variables: { id: { not: 'an id' } } }, 'BAD_USER_INPUT'],
    ['an operation name the document does not have', { query: `query A { organization(id: "${ward}") { name } }`, operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no name', { query: `query A { organization(id: "${ward}") { name } } query B { organization(id: "${ward}") { id } }` }, 'OPERATION_RESOLUTION_FAILURE'],
    ['no query', { variables: {} }, 'BAD_REQUEST'],
  ])('answers %s with 400', async (_case, body, code) => {
    const response = await postGraphQL(federation.gatewayUrl, body, headers);
    expect({ status: response.status, code: codes(response)?.[0] }).toEqual({ status: 400, code });
    expect(JSON.stringify(response.errors)).not.toMatch(/Internal server error|at .*\.(js|ts):\d+/);
  });

  it('answers 503 with Retry-After when the subgraphs a request needs are all down, and 200 for a partial answer', async () => {
    const workplace = federation.subgraphs.workplaceCommittee;
    const evaluation = federation.subgraphs.evaluation;
    const workplacePort = Number(new URL(workplace.http.url).port);
    const evaluationPort = Number(new URL(evaluation.http.url).port);
    await evaluation.http.close();
    try {
      const partial = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: profile.query, variables: profile.variables }) });
      const partialBody = (await partial.json()) as { data: { member: { fullName: string } | null }; errors: { extensions: Record<string, unknown> }[] };
      expect(partial.status).toBe(200);
      expect(partial.headers.get('retry-after')).toBeNull();
      expect(partialBody.data.member?.fullName).toBeTruthy();
      expect(partialBody.errors.map((e) => e.extensions.code)).toContain('SUBGRAPH_UNAVAILABLE');

      await workplace.http.close();
      const failed = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: profile.query, variables: profile.variables }) });
      const failedBody = (await failed.json()) as { data: { member: null } | null; errors: { extensions: Record<string, unknown> }[] };
      expect(failed.status).toBe(503);
      expect(Number(failed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(failedBody.data?.member ?? null).toBeNull();
      expect(failedBody.errors.map((e) => [e.extensions.code, e.extensions.serviceName])).toEqual([['SUBGRAPH_UNAVAILABLE', 'workplace-committee']]);
    } finally {
      await workplace.http.listen(workplacePort, '127.0.0.1').catch(() => undefined);
      await evaluation.http.listen(evaluationPort, '127.0.0.1').catch(() => undefined);
    }
    const recovered = await federation.query(profile.query, profile.variables, headers);
    expect({ status: recovered.status, errors: recovered.errors }).toEqual({ status: 200, errors: undefined });
  });
});
