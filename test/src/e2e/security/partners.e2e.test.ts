import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { operationHash, type PartnerClient, type RunningGateway } from '@twoway/gateway';
import { organizationId } from '@twoway/demo-data';
import { postGraphQL, startTestFederation, startTestGateway, type TestFederation } from '../../support/federation.js';
import { exampleOperation } from '../../support/operations.js';
import { callPersisted } from '../../../../docs/examples/partner-client.js';

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);
const dashboard = exampleOperation('ward-dashboard');
const dashboardText = readFileSync(new URL('../../../../docs/queries/ward-dashboard.graphql', import.meta.url), 'utf8');

/**
 * Partner apps: registered clients, each with a safelist of persisted
 * operations (by SHA-256) and a rate limit, kept in memory or, with Redis,
 * shared by every gateway replica.
 */
describe('partner apps', () => {
  let federation: TestFederation;
  let partner: Record<string, string>;
  const extra: RunningGateway[] = [];
  beforeAll(async () => {
    federation = await startTestFederation();
    partner = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-analytics-dashboard' });
  });
  afterAll(async () => {
    await Promise.all(extra.map((g) => g.close()));
    await federation?.close();
  });

  /** Another gateway over the same subgraphs, with its own partner registry. */
  async function gatewayWith(partners: Map<string, PartnerClient>, redisUrl?: string) {
    const gateway = await startTestGateway(federation.subgraphs, federation.auth, { partners, ...(redisUrl ? { redisUrl } : {}) });
    extra.push(gateway);
    return gateway.http.url;
  }

  const byHash = (hash: string) => ({ variables: dashboard.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

  it('runs a safelisted operation sent by its hash, or as its text', async () => {
    const hashed = await postGraphQL<{ statistics: unknown }>(federation.gatewayUrl, byHash(operationHash(dashboardText)), partner);
    expect(hashed.errors).toBeUndefined();
    expect(hashed.data?.statistics).toBeTruthy();
    const text = await postGraphQL<{ statistics: unknown }>(federation.gatewayUrl, { query: dashboardText, variables: dashboard.variables }, partner);
    expect(text.errors).toBeUndefined();
  });

  it('refuses any other operation, an unknown hash, a request without one, and an unregistered client', async () => {
    federation.resetStatementCounts();
    const other = await postGraphQL(federation.gatewayUrl, { query: exampleOperation('member-profile').query, variables: exampleOperation('member-profile').variables }, partner);
    expect([other.status, codes(other)]).toEqual([400, ['PERSISTED_OPERATION_NOT_ALLOWED']]);
    const unknown = await postGraphQL(federation.gatewayUrl, byHash('0'.repeat(64)), partner);
    expect([unknown.status, codes(unknown)]).toEqual([400, ['PERSISTED_OPERATION_NOT_ALLOWED']]);
    const none = await postGraphQL(federation.gatewayUrl, { variables: {} }, partner);
    expect([none.status, codes(none)]).toEqual([400, ['PERSISTED_OPERATION_REQUIRED']]);
    const stranger = await postGraphQL(federation.gatewayUrl, byHash(operationHash(dashboardText)), await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-unknown' }));
    expect([stranger.status, codes(stranger)]).toEqual([403, ['FORBIDDEN']]);
    expect(federation.statementCount()).toBe(0);
  });

  it('other principals are not held to a safelist', async () => {
    const response = await federation.query(exampleOperation('member-profile').query, exampleOperation('member-profile').variables);
    expect(response.errors).toBeUndefined();
  });

  const client = (clientId: string, requests: number): Map<string, PartnerClient> =>
    new Map([[clientId, { clientId, name: 'test partner', rateLimit: { requests, perSeconds: 60 }, operations: new Map([[operationHash(dashboardText), dashboardText]]) }]]);

  it('holds a client to its rate limit, with RATE_LIMITED and Retry-After', async () => {
    const url = await gatewayWith(client('partner-limited', 3));
    const headers = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-limited' });
    for (let i = 0; i < 3; i += 1) expect(codes(await postGraphQL(url, byHash(operationHash(dashboardText)), headers))).toBeUndefined();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(byHash(operationHash(dashboardText))) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('counts each operation of a batch against the limit: a batch of four is over a limit of three', async () => {
    const url = await gatewayWith(client('partner-batching', 3));
    const headers = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-batching' });
    const batch = Array.from({ length: 4 }, () => byHash(operationHash(dashboardText)));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(batch) });
    expect(response.status).toBe(429);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('shares the limit between gateway replicas through Redis', async () => {
    const clientId = `partner-shared-${process.pid}-${Date.now()}`;
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const [first, second] = [await gatewayWith(client(clientId, 3), redisUrl), await gatewayWith(client(clientId, 3), redisUrl)];
    const headers = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: clientId });
    const statuses: number[] = [];
    for (const url of [first, second, first, second]) statuses.push((await postGraphQL(url, byHash(operationHash(dashboardText)), headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('the example client of docs/partners.md runs its safelisted operation by hash, and reports a rate limit it may not wait out', async () => {
    const token = await federation.auth.token('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-analytics-dashboard' });
    const call = { token, operation: dashboardText, variables: dashboard.variables };
    const data = await callPersisted<{ statistics: { organization: { name: string } } }>({ gatewayUrl: federation.gatewayUrl, ...call });
    expect(data.statistics.organization.name).toBeTruthy();
    const limited = await gatewayWith(client('partner-analytics-dashboard', 1));
    await callPersisted({ gatewayUrl: limited, ...call });
    await expect(callPersisted({ gatewayUrl: limited, ...call, attempts: 1 })).rejects.toThrow(/^RATE_LIMITED: /);
  });

  it('the example client runs as the program docs/partners.md shows (npx tsx docs/examples/partner-client.ts), printing the ward dashboard', async () => {
    const token = await federation.auth.token('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-analytics-dashboard' });
    const program = fileURLToPath(new URL('../../../../docs/examples/partner-client.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', program], {
      env: { ...process.env, GATEWAY_URL: federation.gatewayUrl, PARTNER_TOKEN: token },
    });
    const printed = JSON.parse(stdout) as { statistics: { organization: { name: string } } };
    expect(printed.statistics.organization.name).toBeTruthy();
    expect(printed).toEqual(await callPersisted({ gatewayUrl: federation.gatewayUrl, token, operation: dashboardText, variables: dashboard.variables }));
  }, 30_000);
});
