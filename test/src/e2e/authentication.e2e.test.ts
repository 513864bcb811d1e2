import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT, importJWK } from 'jose';
import { createTokenSigner, generateSigningKeys } from '@twoway/auth';
import { organizationId } from '@twoway/demo-data';
import { postGraphQL, postToSubgraph, startTestFederation, withTestGateway, type TestFederation } from '../support/federation.js';
import { signGatewayRequest } from '@twoway/platform';
import { exampleOperation } from '../support/operations.js';

const ORG = organizationId('dong-ngac');
const claims = { role: 'WARD_COMMITTEE', org: ORG };

/**
 * Every request carries a principal from a verified bearer JWT: the gateway
 * refuses anything else, and so does each subgraph when called directly.
 */
describe('authentication', () => {
  let federation: TestFederation;
  const operation = exampleOperation('member-profile');
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const ask = (authorization?: string) =>
    postGraphQL<{ member: { fullName: string } | null }>(federation.gatewayUrl, { query: operation.query, variables: operation.variables }, authorization ? { authorization } : {});

  async function expectRefused(authorization: string | undefined): Promise<void> {
    const response = await ask(authorization);
    expect(response.status).toBe(401);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  }

  it('answers a valid token of a real role', async () => {
    const response = await ask(`Bearer ${await federation.auth.token('WARD_COMMITTEE', ORG)}`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.member?.fullName).toBeTruthy();
  });

  it('refuses a request without a token, or with a header that is not a bearer JWT', async () => {
    await expectRefused(undefined);
    await expectRefused('Basic dXNlcjpwYXNz');
    await expectRefused('Bearer not-a-jwt');
  });

  it('refuses expired, not yet valid, wrong issuer and wrong audience tokens', async () => {
    const { signer } = federation.auth;
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', ...claims } as never, { expiresIn: '-1m' })}`);
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', ...claims } as never, { notBefore: '1h' })}`);
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', ...claims } as never, { issuer: 'someone-else' })}`);
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', ...claims } as never, { audience: 'another-app' })}`);
  });

  it('refuses alg none, a key it does not know, another algorithm, and a tampered token', async () => {
    await expectRefused(`Bearer ${new UnsecuredJWT({ ...claims }).setSubject('s').setIssuer('two-way-federation').setAudience('two-way-federation').setExpirationTime('1h').encode()}`);
    const stranger = await createTokenSigner((await generateSigningKeys('test-key')).privateKey);
    await expectRefused(`Bearer ${await stranger.sign({ sub: 's', ...claims } as never)}`);
    const hmac = await importJWK({ kty: 'oct', k: Buffer.from('a shared secret that is long enough!').toString('base64url') }, 'HS256');
    await expectRefused(`Bearer ${await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', kid: 'test-key' }).setSubject('s').setIssuer('two-way-federation').setAudience('two-way-federation').setExpirationTime('1h').sign(hmac)}`);
    const valid = await federation.auth.token('WARD_COMMITTEE', ORG);
    const [header, payload, signature] = valid.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMINISTRATOR' })).toString('base64url');
    await expectRefused(`Bearer ${header}.${forged}.${signature}`);
  });

  it('refuses tokens without a role and organisation, or a member token without the member', async () => {
    const { signer } = federation.auth;
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', role: 'SUPERUSER', org: ORG } as never)}`);
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', role: 'WARD_COMMITTEE', org: 'not-an-id' } as never)}`);
    await expectRefused(`Bearer ${await signer.sign({ sub: 's', role: 'MEMBER', org: ORG } as never)}`);
  });

  it.each(['workplaceCommittee', 'residenceCommittee', 'evaluation'] as const)('the %s subgraph serves only what the gateway signed, with a valid token: no side door', async (key) => {
    const url = federation.subgraphs[key].http.url;
    const entities = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{ __typename: 'Member', id: operation.variables.id }] } };
    const admin = await federation.auth.adminHeaders();
    // A valid token sent straight to the subgraph, unsigned or signed with another secret: refused before GraphQL.
    for (const headers of [admin, { ...admin, 'x-gateway-signature': signGatewayRequest('a-secret-the-gateway-does-not-hold', JSON.stringify(entities)) }]) {
      const response = await postGraphQL(url, entities, headers);
      expect(response.status).toBe(403);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['GATEWAY_SIGNATURE_REQUIRED']);
      expect(JSON.stringify(response)).not.toContain('Member');
    }
    const sdl = await postGraphQL(url, { query: '{ _service { sdl } }' }, admin);
    expect(sdl.status).toBe(403);
    expect(sdl.data).toBeUndefined();
    // Signed, but without a valid token: still refused.
    for (const headers of [{}, { authorization: 'Bearer x.y.z' }] as Record<string, string>[]) {
      const response = await postToSubgraph(url, entities, headers);
      expect(response.status).toBe(401);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    const allowed = await postToSubgraph(url, entities, admin);
    expect(allowed.errors).toBeUndefined();
  });

  it('a gateway whose signature the subgraphs do not take answers SUBGRAPH_UNAVAILABLE, never the caller\'s fault', async () => {
    await withTestGateway(federation, { subgraphSignatureSecret: 'a-secret-the-subgraphs-do-not-hold' }, async (url) => {
      const answer = await postGraphQL<{ member: unknown }>(url, { query: operation.query, variables: operation.variables }, await federation.auth.adminHeaders());
      expect(answer.status).toBe(503);
      expect(answer.data?.member ?? null).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(answer.errors?.[0]?.extensions?.serviceName).toBe('workplace-committee');
      expect(JSON.stringify(answer)).not.toMatch(/signature|GATEWAY_SIGNATURE/i);
    });
  });
});
