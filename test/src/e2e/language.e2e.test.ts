import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { postGraphQL, startTestFederation, type GraphQLResponse, type TestFederation } from '../support/federation.js';

/**
 * Officials read Vietnamese: every error a person reads is Vietnamese unless
 * the request asks for English (Accept-Language), whichever part of the
 * federation refuses it: the gateway (a limit, a missing token), a subgraph
 * (a malformed id, a role acting out of its kind) or a mutation's rules.
 */
describe('errors are said in Vietnamese first, in English on request', () => {
  let federation: TestFederation;
  const english = { 'accept-language': 'en-US,en;q=0.9' };
  const ward = organizationId('dong-ngac');

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const first = (response: GraphQLResponse) => ({ code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message });
  const asWard = async (extra: Record<string, string> = {}) => ({ ...(await federation.auth.headers('WARD_COMMITTEE', ward)), ...extra });

  it('a malformed id (a subgraph refuses it): INVALID_ID, Vietnamese by default and in English when asked', async () => {
    const query = 'query($id: ID!) { member(id: $id) { fullName } }';
    const vietnamese = await federation.query(query, { id: 'x' });
    const inEnglish = await federation.query(query, { id: 'x' }, { ...(await federation.auth.adminHeaders()), ...english });
    expect(first(vietnamese)).toEqual({ code: 'INVALID_ID', message: '"id" không phải là một mã hợp lệ' });
    expect(first(inEnglish)).toEqual({ code: 'INVALID_ID', message: '"id" is not a valid id' });
  });

  it('a query nested too deep (the gateway refuses it): one language at a time', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 20; depth += 1) selection = `parent { ${selection} }`;
    const query = `{ organization(id: "${ward}") { ${selection} } }`;
    const vietnamese = await federation.query(query);
    const inEnglish = await federation.query(query, {}, { ...(await federation.auth.adminHeaders()), ...english });
    expect(first(vietnamese).code).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(first(vietnamese).message).toMatch(/^Truy vấn vượt giới hạn độ sâu \(tối đa \d+ cấp lồng nhau\)\.$/);
    expect(first(inEnglish).message).toMatch(/^The query is nested deeper than the limit \(at most \d+ levels\)\.$/);
  });

  it('no token: UNAUTHENTICATED, in the language asked', async () => {
    const vietnamese = await postGraphQL<Record<string, unknown>>(federation.gatewayUrl, { query: '{ __typename }' });
    const inEnglish = await postGraphQL<Record<string, unknown>>(federation.gatewayUrl, { query: '{ __typename }' }, english);
    expect(first(vietnamese)).toEqual({ code: 'UNAUTHENTICATED', message: 'Cần có mã truy cập (bearer token)' });
    expect(first(inEnglish)).toEqual({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
  });

  it('a ward committee token bound to the province acts for nothing: FORBIDDEN, said in both languages', async () => {
    const mutation = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } userErrors { code } } }`;
    const input = { idempotencyKey: 'language-forbidden', organizationId: ward, kind: 'RESIDENTS', heldOn: '2026-12-20' };
    const tooHigh = await federation.auth.headers('WARD_COMMITTEE', organizationId('ha-noi'));
    const vietnamese = await federation.query(mutation, { input }, tooHigh);
    const inEnglish = await federation.query(mutation, { input }, { ...tooHigh, ...english });
    expect(first(vietnamese).code).toBe('FORBIDDEN');
    expect(first(vietnamese).message).toMatch(/^Việc này do cấp ủy của đảng ủy xã, phường làm/);
    expect(first(inEnglish).message).toMatch(/^This is done by the committee of a WARD node; your token is bound to a PROVINCE node$/);
  });

  it("a mutation's user error: the same code, its message in the language asked, nothing changed", async () => {
    const mutation = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } } }`;
    const input = { idempotencyKey: 'not a valid key!', organizationId: ward, kind: 'RESIDENTS', heldOn: '2026-12-20' };
    const vietnamese = await federation.query<{ scheduleMeeting: { meeting: null; userErrors: { code: string; message: string }[] } }>(mutation, { input }, await asWard());
    const inEnglish = await federation.query<{ scheduleMeeting: { meeting: null; userErrors: { code: string; message: string }[] } }>(mutation, { input }, await asWard(english));
    expect(vietnamese.data?.scheduleMeeting).toEqual({
      meeting: null,
      userErrors: [{ code: 'INVALID_IDEMPOTENCY_KEY', field: ['input', 'idempotencyKey'], message: 'Khóa chống lặp (idempotencyKey) gồm 1 đến 128 chữ cái, chữ số hoặc ._:-' }],
    });
    expect(inEnglish.data?.scheduleMeeting.userErrors[0]?.message).toBe('The idempotency key must be 1 to 128 letters, digits or ._:-');
  });
});
