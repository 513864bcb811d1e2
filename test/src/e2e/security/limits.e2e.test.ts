import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { GATEWAY_LIMITS, loadDashboardClient } from '@twoway/gateway';
import { postGraphQL, startTestFederation, type TestFederation } from '../../support/federation.js';
import { withProductionGateway } from '../../support/production-gateway.js';
import { TEST_DAY } from '../../support/test-day.js';

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

  /** Refused with HTTP 400 and the limit's code, by a message that names the limit (Vietnamese first) and nothing else, before any subgraph is asked. */
  async function refused(query: string, code: string, limit: number, variables: Record<string, unknown> = {}) {
    federation.resetStatementCounts();
    const response = await federation.query(query, variables, headers);
    expect({ status: response.status, codes: codes(response), limit: response.errors?.[0]?.extensions?.limit, data: response.data ?? null }).toEqual({ status: 400, codes: [code], limit, data: null });
    const { message } = response.errors![0]!;
    expect(message).toMatch(new RegExp(`^Truy vấn [^.]*giới hạn [^.]*\\(tối đa ${limit}\\b`));
    expect(message).not.toMatch(/Syntax Error|exceeded|found|Did you mean|organization|parent/i);
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.(js|ts):\d+|SELECT |localhost|127\.0\.0\.1/);
    expect(federation.statementCount()).toBe(0);
  }

  it(`refuses nesting deeper than ${GATEWAY_LIMITS.maxDepth}`, async () => {
    let selection = 'name';
    for (let i = 0; i < GATEWAY_LIMITS.maxDepth; i += 1) selection = `parent { ${selection} }`;
    await refused(`{ organization(id: "${ward}") { ${selection} } }`, 'DEPTH_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxDepth);
  });

  it(`refuses more than ${GATEWAY_LIMITS.maxAliases} aliases`, async () => {
    const fields = Array.from({ length: GATEWAY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: name`).join(' ');
    await refused(`{ organization(id: "${ward}") { ${fields} } }`, 'ALIAS_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxAliases);
  });

  it(`refuses more than ${GATEWAY_LIMITS.maxDirectives} directives`, async () => {
    const fragments = Array.from({ length: GATEWAY_LIMITS.maxDirectives + 1 }, () => '... @include(if: true) { name }').join(' ');
    await refused(`{ organization(id: "${ward}") { ${fragments} } }`, 'DIRECTIVE_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxDirectives);
  });

  it(`refuses a document of more than ${GATEWAY_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: GATEWAY_LIMITS.maxTokens }, () => 'name').join(' ');
    await refused(`{ organization(id: "${ward}") { ${fields} } }`, 'TOKEN_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxTokens);
  });

  it(`refuses a document whose shape costs more than ${GATEWAY_LIMITS.maxShapeCost} (a page size written in it counts there)`, async () => {
    await refused(`{ organization(id: "${ward}") { registeredMembers(first: 1000000) { totalCount } } }`, 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxShapeCost);
  });

  it('multiplies the cost by the page size asked, from a variable, and by the lists around it', async () => {
    const query = `query($id: ID!, $n: Int!) { organization(id: $id) { children { id registeredMembers(first: $n) { totalCount edges { node {
      id status address receivedOn member { id fullName citizenId birthDate partyCardNumber position } } } } } } }`;
    const small = await federation.query(query, { id: ward, n: 5 }, headers);
    expect(small.errors).toBeUndefined();
    await refused(query, 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost, { id: ward, n: 100 });
  });

  it('counts a list without `first` at the most it holds: the tree two levels down as a document is refused, as the dashboard\'s registered operation answered', async () => {
    await refused('{ provinces { id children { id children { id name } } } }', 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost);
    await refused(`{ organization(id: "${ward}") { meetings(first: 50, from: "2026-01-01", to: "2026-12-31") { edges { node { attendances { status member { id fullName } } } } } } }`, 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost);
    const tree = [...loadDashboardClient().operations.values()].find((text) => text.includes('query OrganizationTree'))!;
    await refused(tree, 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost, { asOf: TEST_DAY });
    const asDashboard = await federation.query<{ provinces: { children: unknown[] }[] }>(tree, { asOf: TEST_DAY }, { ...headers, 'apollographql-client-name': 'dashboard' });
    expect(asDashboard.errors).toBeUndefined();
    expect(asDashboard.data?.provinces.some((p) => p.children.length > 0)).toBe(true);
  });

  describe('counts a page size past the largest page as asked, before any subgraph is asked', () => {
    const page = (definition: string) => `query($id: ID!, ${definition}) { organization(id: $id) { registeredMembers(first: $first) { totalCount } } }`;

    it('from a variable', async () => {
      const answered = await federation.query<{ organization: { registeredMembers: { totalCount: number } } }>(page('$first: Int'), { id: ward, first: 10 }, headers);
      expect(answered.data?.organization.registeredMembers.totalCount).toBeGreaterThan(0);
      await refused(page('$first: Int'), 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost, { id: ward, first: 1_000_000 });
    });

    it('from the default value of a variable', async () => {
      await refused(page('$first: Int = 1000000'), 'COST_LIMIT_EXCEEDED', GATEWAY_LIMITS.maxPageCost, { id: ward });
    });
  });

  it(`refuses a batch of more than ${GATEWAY_LIMITS.maxBatch} operations, and answers a smaller one`, async () => {
    const operation = { query: `{ organization(id: "${ward}") { name } }` };
    const big = await postGraphQL<unknown>(federation.gatewayUrl, Array.from({ length: GATEWAY_LIMITS.maxBatch + 1 }, () => operation), headers);
    expect(big.status).toBe(400);
    expect(codes(big)).toEqual(['BATCH_LIMIT_EXCEEDED']);
    expect(big.errors![0]!.message).toMatch(new RegExp(`^[^.]*từ 1 đến ${GATEWAY_LIMITS.maxBatch} thao tác`));
    const response = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify([operation, operation]) });
    const answers = (await response.json()) as { data: { organization: { name: string } } }[];
    expect(answers.map((a) => a.data.organization.name)).toEqual([expect.any(String), expect.any(String)]);
  });

  it(`refuses a body over ${GATEWAY_LIMITS.bodyLimit}`, async () => {
    const response = await postGraphQL(federation.gatewayUrl, { query: `{ organization(id: "${ward}") { name } }`, variables: { padding: 'x'.repeat(200_000) } }, headers);
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(response.errors![0]!.message).toMatch(new RegExp(`^Yêu cầu vượt giới hạn kích thước \\(tối đa ${GATEWAY_LIMITS.bodyLimit}\\)`));
  });

  it('in production mode, answers no introspection and shows no landing page', async () => {
    await withProductionGateway(federation, async (url) => {
      const introspection = await postGraphQL(url, { query: '{ __schema { types { name } } }' }, headers);
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/<html|sandbox|landing/i);
      const answered = await postGraphQL<{ organization: { name: string } }>(url, { query: `{ organization(id: "${ward}") { name } }` }, headers);
      expect(answered.data?.organization.name).toBeTruthy();
    });
  });

  it('suggests no field names', async () => {
    const response = await federation.query(`{ organization(id: "${ward}") { nam } }`, {}, headers);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
  });
});
