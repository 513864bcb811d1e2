import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPartnerRegistry, operationHash } from '@twoway/gateway';
import { startTestFederation, postGraphQL, type TestFederation } from '../support/federation.js';
import { exampleOperations } from '../support/operations.js';
import { readmePrincipals } from '../support/readme-principals.js';

/**
 * Every documented operation (docs/queries) as every principal the README
 * gives a token command for: each answers without an error, withholding by
 * design (null, an empty list) what the principal may not see. A partner app
 * runs only the operations registered for it; any other is refused, coded.
 */
describe('what each README role sees of the documented operations', () => {
  let federation: TestFederation;
  const operations = exampleOperations();
  const principals = readmePrincipals();
  const partners = loadPartnerRegistry();

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('knows the README principals: one of each role a reader meets', () => {
    expect(new Set(principals.map((p) => p.role))).toEqual(new Set(['OVERSIGHT', 'WARD_COMMITTEE', 'MEMBER', 'WORKPLACE_COMMITTEE', 'CELL_COMMITTEE', 'PARTNER_APP']));
  });

  const cases = principals.flatMap((principal) => operations.map((operation) => [principal.command, operation.name, principal, operation] as const));

  it.each(cases)('%s runs %s without an error', async (_who, _name, principal, operation) => {
    const headers = await federation.auth.headers(principal.role, principal.org, principal.claims);
    const client = principal.role === 'PARTNER_APP' ? partners.get(principal.claims.sub ?? '') : undefined;
    const hash = operationHash(operation.query);
    if (principal.role === 'PARTNER_APP' && !client?.operations.has(hash)) {
      const refused = await postGraphQL(federation.gatewayUrl, { query: operation.query, variables: operation.variables }, headers);
      expect([refused.status, refused.errors?.map((e) => e.extensions?.code)]).toEqual([400, ['PERSISTED_OPERATION_NOT_ALLOWED']]);
      return;
    }
    const body = client
      ? { variables: operation.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: operation.query, variables: operation.variables };
    const response = await postGraphQL(federation.gatewayUrl, body, headers);
    expect(response.errors ?? []).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.data).toBeTruthy();
  });

  it('shows a member their own attendance, meetings included, and nothing of another member', async () => {
    const member = principals.find((p) => p.role === 'MEMBER')!;
    const profile = operations.find((o) => o.name === 'member-profile')!;
    const headers = await federation.auth.headers(member.role, member.org, member.claims);
    type Profile = { member: { attendance: { meetingsExpected: number; entries: { meeting: { heldOn: string } | null }[] } | null } | null };
    const own = await postGraphQL<Profile>(federation.gatewayUrl, { query: profile.query, variables: { id: member.claims.member } }, headers);
    expect(own.errors).toBeUndefined();
    const entries = own.data!.member!.attendance!.entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.meeting !== null && /^\d{4}-\d{2}-\d{2}$/.test(entry.meeting.heldOn))).toBe(true);

    const [other] = (await federation.subgraphs.workplaceCommittee.dataSource.query(
      `SELECT id FROM member WHERE id <> $1 ORDER BY id LIMIT 1`, [member.claims.member],
    )) as { id: string }[];
    const theirs = await postGraphQL<Profile>(federation.gatewayUrl, { query: profile.query, variables: { id: other!.id } }, headers);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.member).toBeNull();
  });
});
