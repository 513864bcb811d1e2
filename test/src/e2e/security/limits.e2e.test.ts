import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { GATEWAY_LIMITS, createGateway } from '@twoway/gateway';
import { readCommittedSupergraph } from '@twoway/gateway/supergraph';
import { createLogger } from '@twoway/platform';
import { postGraphQL, startTestFederation, type TestFederation } from '../../support/federation.js';

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);

/**
 * The gateway refuses oversized or deeply nested requests, each with a code of
 * its own, before any subgraph is asked (nothing is counted at the subgraphs).
 */
describe('limits at the gateway', () => {
  let federation: TestFederation;
  let headers: Record<string, string>;
  const ward = organizationId('dong-ngac');
  beforeAll(async () => {
    federation = await startTestFederation();
    headers = await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'));
  });
  afterAll(async () => {
    await federation?.close();
  });

  async function refused(query: string, code: string, variables: Record<string, unknown> = {}) {
    federation.resetStatementCounts();
    const response = await federation.query(query, variables, headers);
    expect({ codes: codes(response), data: response.data ?? null }).toEqual({ codes: [code], data: null });
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.(js|ts):\d+|SELECT |localhost|127\.0\.0\.1/);
    expect(federation.statementCount()).toBe(0);
  }

  it(`refuses nesting deeper than ${GATEWAY_LIMITS.maxDepth}`, async () => {
    let selection = 'name';
    for (let i = 0; i < GATEWAY_LIMITS.maxDepth; i += 1) selection = `parent { ${selection} }`;
    await refused(`{ organization(id: "${ward}") { ${selection} } }`, 'DEPTH_LIMIT_EXCEEDED');
  });

  it(`refuses more than ${GATEWAY_LIMITS.maxAliases} aliases`, async () => {
    const fields = Array.from({ length: GATEWAY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: name`).join(' ');
    await refused(`{ organization(id: "${ward}") { ${fields} } }`, 'ALIAS_LIMIT_EXCEEDED');
  });

  it(`refuses more than ${GATEWAY_LIMITS.maxDirectives} directives`, async () => {
    const fragments = Array.from({ length: GATEWAY_LIMITS.maxDirectives + 1 }, () => '... @include(if: true) { name }').join(' ');
    await refused(`{ organization(id: "${ward}") { ${fragments} } }`, 'DIRECTIVE_LIMIT_EXCEEDED');
  });

  it(`refuses a document of more than ${GATEWAY_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: GATEWAY_LIMITS.maxTokens }, () => 'name').join(' ');
    await refused(`{ organization(id: "${ward}") { ${fields} } }`, 'TOKEN_LIMIT_EXCEEDED');
  });

  it('multiplies the cost by the page size asked, from a variable too', async () => {
    const list = (i: number) => `l${i}: organization(id: $id) { absentFromLastTwoSemiAnnualMeetings(first: $n) { edges { node {
      id status address receivedOn assignedOn member { id fullName citizenId birthDate partyCardNumber position } } } } }`;
    const query = `query($id: ID!, $n: Int!) { ${Array.from({ length: 8 }, (_, i) => list(i)).join(' ')} }`;
    const small = await federation.query(query, { id: ward, n: 5 }, headers);
    expect(small.errors).toBeUndefined();
    await refused(query, 'COST_LIMIT_EXCEEDED', { id: ward, n: 100 });
  });

  it(`refuses a batch of more than ${GATEWAY_LIMITS.maxBatch} operations, and answers a smaller one`, async () => {
    const operation = { query: `{ organization(id: "${ward}") { name } }` };
    const big = await postGraphQL<unknown>(federation.gatewayUrl, Array.from({ length: GATEWAY_LIMITS.maxBatch + 1 }, () => operation), headers);
    expect(big.status).toBe(400);
    expect(codes(big)).toEqual(['BATCH_LIMIT_EXCEEDED']);
    const response = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify([operation, operation]) });
    const answers = (await response.json()) as { data: { organization: { name: string } } }[];
    expect(answers.map((a) => a.data.organization.name)).toEqual([expect.any(String), expect.any(String)]);
  });

  it(`refuses a body over ${GATEWAY_LIMITS.bodyLimit}`, async () => {
    const response = await postGraphQL(federation.gatewayUrl, { query: `{ organization(id: "${ward}") { name } }`, variables: { padding: 'x'.repeat(200_000) } }, headers);
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('in production mode, answers no introspection and shows no landing page', async () => {
    const gateway = await createGateway({
      supergraphSdl: readCommittedSupergraph(),
      subgraphUrls: Object.fromEntries(Object.values(federation.subgraphs).map((s) => [s.name, s.http.url])),
      auth: federation.auth.verifier,
      logger: createLogger('gateway', 'silent'),
      production: true,
    });
    await gateway.http.listen(0, '127.0.0.1');
    try {
      const introspection = await postGraphQL(gateway.http.url, { query: '{ __schema { types { name } } }' }, headers);
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const page = await fetch(gateway.http.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/<html|sandbox|landing/i);
      const answered = await postGraphQL<{ organization: { name: string } }>(gateway.http.url, { query: `{ organization(id: "${ward}") { name } }` }, headers);
      expect(answered.data?.organization.name).toBeTruthy();
    } finally {
      await gateway.close();
    }
  });

  it('suggests no field names', async () => {
    const response = await federation.query(`{ organization(id: "${ward}") { nam } }`, {}, headers);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
  });
});
