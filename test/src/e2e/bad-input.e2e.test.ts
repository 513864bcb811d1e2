import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestFederation, type GraphQLResponse, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';

/** Nothing a caller sends may earn a stack trace, SQL text or an address in the answer. */
function expectNoLeaks(response: GraphQLResponse | string): void {
  const text = typeof response === 'string' ? response : JSON.stringify(response);
  expect(text).not.toMatch(/stacktrace|\bat [^ ]+ \(|node_modules|\.ts:\d+/i);
  expect(text).not.toMatch(/\bSELECT\b|\bFROM\b|\bWHERE\b|QueryFailedError|syntax error at or near|invalid input syntax/);
  expect(text).not.toMatch(/localhost|127\.0\.0\.1|postgres:\/\//);
}

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

describe('bad input gets a clear, coded error', () => {
  let federation: TestFederation;
  const organizationMembers = exampleOperation('organization-members');

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('a malformed member id: INVALID_ID, member null', async () => {
    const response = await federation.query('query($id: ID!) { member(id: $id) { fullName } }', { id: "1' OR '1'='1" });
    expect(codes(response)).toEqual(['INVALID_ID']);
    expect(response.data).toEqual({ member: null });
    expectNoLeaks(response);
  });

  it('an unknown organisation id: null, no error', async () => {
    const response = await federation.query('{ organization(id: "00000000-0000-4000-8000-000000000000") { name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: null });
  });

  it('an invalid enum value: GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await federation.query(`{ organization(id: "${organizationMembers.variables.organizationId as string}") { registeredMembers(status: SLEEPING) { totalCount } } }`);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expectNoLeaks(response);
  });

  it('an invalid enum value in variables: BAD_USER_INPUT', async () => {
    const response = await federation.query(
      'query($id: ID!, $status: RegistrationStatus) { organization(id: $id) { registeredMembers(status: $status) { totalCount } } }',
      { id: organizationMembers.variables.organizationId, status: 'SLEEPING' },
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expectNoLeaks(response);
  });

  it('a malformed document: GRAPHQL_PARSE_FAILED, HTTP 400', async () => {
    const response = await federation.query('{ member(id: "x") { fullName ');
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(response.errors![0]!.message).toMatch(/^Syntax Error: /);
    expectNoLeaks(response);
  });

  it('an unknown field: GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await federation.query('{ member(id: "cbbd5c42-08e4-5265-8c70-27a2114d564d") { salary } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('a page larger than 100: PAGE_SIZE_OUT_OF_RANGE', async () => {
    // Just past the largest page, so that the gateway's page cost lets it through (far past it, the gateway refuses the cost).
    const response = await federation.query(organizationMembers.query, { ...organizationMembers.variables, first: 101 });
    expect(codes(response)).toContain('PAGE_SIZE_OUT_OF_RANGE');
    expectNoLeaks(response);
  });

  it('a forged cursor: INVALID_CURSOR', async () => {
    const response = await federation.query(organizationMembers.query, { ...organizationMembers.variables, first: 10, after: "W1snOyBEUk9QIFRBQkxFIG1lbWJlcjsgLS0nXV0" });
    expect(codes(response)).toContain('INVALID_CURSOR');
    expectNoLeaks(response);
  });

  it('a cursor that decodes to a well-formed but hostile key changes nothing and leaks nothing', async () => {
    const hostile = Buffer.from(JSON.stringify(["2020-01-01'; DROP TABLE residence_registration; --", 'x'])).toString('base64url');
    const response = await federation.query(organizationMembers.query, { ...organizationMembers.variables, first: 10, after: hostile });
    expectNoLeaks(response);
    const again = await federation.query<{ organization: { registeredMembers: { totalCount: number } } }>(organizationMembers.query, { ...organizationMembers.variables, first: 10 });
    expect(again.errors).toBeUndefined();
    expect(again.data!.organization.registeredMembers.totalCount).toBeGreaterThan(300);
  });

  it('an impossible date written in the document: GRAPHQL_VALIDATION_FAILED from the subgraph', async () => {
    const response = await federation.query('query($id: ID!) { member(id: $id) { attendance(from: "2025-02-30") { present } } }', { id: 'cbbd5c42-08e4-5265-8c70-27a2114d564d' });
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0]!.extensions?.serviceName).toBe('residence-committee');
    expectNoLeaks(response);
  });

  it('an impossible date in the variables: BAD_USER_INPUT', async () => {
    const response = await federation.query('query($id: ID!, $from: Date) { member(id: $id) { fullName attendance(from: $from) { present } } }', { id: 'cbbd5c42-08e4-5265-8c70-27a2114d564d', from: '2025-13-01' });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expectNoLeaks(response);
  });

  it('a period that ends before it starts: BAD_USER_INPUT', async () => {
    const response = await federation.query('query($id: ID!) { member(id: $id) { fullName attendance(from: "2026-06-01", to: "2026-01-01") { present } } }', { id: 'cbbd5c42-08e4-5265-8c70-27a2114d564d' });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect((response.data as { member: { fullName: string } }).member.fullName).toBeTruthy();
  });

  it('a body that is not JSON: 400 with a code, no stack', async () => {
    const response = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ message: expect.stringMatching(/^Không đọc được yêu cầu/), extensions: { code: 'BAD_REQUEST' } }] });
    expectNoLeaks(text);
  });

  it('an address the gateway has nothing at: 404 NOT_FOUND in JSON, not an HTML page', async () => {
    const response = await fetch(new URL('/wp-admin/', federation.gatewayUrl), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/^Không có gì ở địa chỉ này/), extensions: { code: 'NOT_FOUND' } }] });
    expectNoLeaks(text);
  });

  it('a request a browser form could send unasked (CSRF): 400 BAD_REQUEST, said in Vietnamese first', async () => {
    const response = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ provinces { name } }' }) });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/^Yêu cầu không đúng quy cách GraphQL qua HTTP \(This operation has been blocked/), extensions: { code: 'BAD_REQUEST' } }] });
    expectNoLeaks(text);
  });
});
