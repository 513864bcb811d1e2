import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GatewayOptions, SubgraphCallEvent, SubgraphCircuitEvent } from '@twoway/gateway';
import { postGraphQL, startTestFederation, withTestGateway, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { exampleOperation } from '../../support/operations.js';

/**
 * What stands where the evaluation subgraph should be: it passes requests on
 * to the real subgraph, never answers (hung, as under SIGSTOP), or answers 503;
 * and counts the requests that reach it.
 */
class EvaluationStandIn {
  mode: 'pass' | 'hang' | 'fail' = 'pass';
  received = 0;
  private readonly server: http.Server;

  constructor(private readonly target: string) {
    this.server = http.createServer((req, res) => {
      this.received += 1;
      if (this.mode === 'hang') return;
      if (this.mode === 'fail') {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unavailable"}]}');
        return;
      }
      const forward = http.request(this.target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(forward);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface Profile {
  member: { fullName: string; position: string | null; residenceRegistration: unknown; latestReview: unknown; residenceComments: unknown } | null;
}

const TIMEOUT_MS = 1_000;
const unavailable = (response: GraphQLResponse<unknown>) => (response.errors ?? []).filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');

/**
 * Bounded waits at the gateway: a hung subgraph costs the answer only its own
 * fields, within its deadline; a query is tried once more after a 503, a
 * mutation never; a subgraph that keeps failing is not called until a probe
 * finds it back.
 */
describe('the gateway and a subgraph that hangs or fails', () => {
  let federation: TestFederation;
  let standIn: EvaluationStandIn;
  let standInUrl: string;
  let headers: Record<string, string>;
  const profile = exampleOperation('member-profile');

  beforeAll(async () => {
    federation = await startTestFederation();
    headers = await federation.auth.adminHeaders();
    standIn = new EvaluationStandIn(federation.subgraphs.evaluation.http.url);
    standInUrl = await standIn.listen();
  });
  afterAll(async () => {
    await standIn?.close();
    await federation?.close();
  });

  /** A gateway of its own (its own circuits) whose evaluation subgraph is the stand-in. */
  async function withGateway(options: Partial<GatewayOptions>, use: (url: string) => Promise<void>): Promise<void> {
    const subgraphUrls = { ...Object.fromEntries(Object.values(federation.subgraphs).map((s) => [s.name, s.http.url])), evaluation: standInUrl };
    await withTestGateway(federation, { subgraphUrls, subgraphTimeoutMs: TIMEOUT_MS, ...options }, use);
  }

  it('answers the other subgraphs’ fields within the deadline when one hangs, naming it (not its address)', async () => {
    const calls: SubgraphCallEvent[] = [];
    standIn.mode = 'hang';
    standIn.received = 0;
    await withGateway({ observeSubgraphCall: (event) => calls.push(event) }, async (url) => {
      const started = performance.now();
      const answer = await postGraphQL<Profile>(url, { query: profile.query, variables: profile.variables }, headers);
      const elapsed = performance.now() - started;

      expect(elapsed).toBeLessThan(TIMEOUT_MS + 3_000);
      expect(answer.status).toBe(200);
      expect(answer.data?.member?.fullName).toBeTruthy();
      expect(answer.data?.member?.residenceRegistration).not.toBeNull();
      expect(answer.data?.member?.latestReview).toBeNull();
      expect(answer.data?.member?.residenceComments).toBeNull();
      expect(unavailable(answer).map((e) => e.extensions?.serviceName)).toEqual(['evaluation']);
      expect(JSON.stringify(answer.errors)).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/|ETIMEDOUT|abort/i);
      expect(JSON.stringify(answer.errors)).not.toContain(new URL(standInUrl).port);
      // A late subgraph is not asked twice: its deadline is spent.
      expect(standIn.received).toBe(1);
      expect(calls.filter((c) => c.subgraph === 'evaluation')).toEqual([{ subgraph: 'evaluation', outcome: 'timeout', ms: expect.any(Number), attempts: 1 }]);
    });
  });

  it('tries a query once more after a 503, and never a mutation', async () => {
    standIn.mode = 'fail';
    await withGateway({}, async (url) => {
      standIn.received = 0;
      const query = await postGraphQL<Profile>(url, { query: profile.query, variables: profile.variables }, headers);
      expect(unavailable(query).map((e) => e.extensions?.serviceName)).toEqual(['evaluation']);
      expect(standIn.received).toBe(2);

      standIn.received = 0;
      const mutation = await postGraphQL(url, {
        query: 'mutation($input: RequestCommentsInput!) { requestComments(input: $input) { userErrors { code } } }',
        variables: { input: { idempotencyKey: 'gateway-timeout-no-retry', memberId: profile.variables.id, purpose: 'AWARD' } },
      }, headers);
      expect(unavailable(mutation).map((e) => e.extensions?.serviceName)).toEqual(['evaluation']);
      expect(standIn.received).toBe(1);
    });
  });

  it('stops calling a subgraph that keeps failing, and closes the circuit when a probe finds it back', async () => {
    const circuit: SubgraphCircuitEvent[] = [];
    const resetTimeoutMs = 3_000; // long enough for the five calls below on a busy machine
    standIn.mode = 'fail';
    await withGateway({ subgraphCircuitBreaker: { volumeThreshold: 3, resetTimeoutMs }, observeSubgraphCircuit: (event) => circuit.push(event) }, async (url) => {
      const ask = () => postGraphQL<Profile>(url, { query: profile.query, variables: profile.variables }, headers);
      standIn.received = 0;
      for (let i = 0; i < 3; i += 1) await ask();
      expect(circuit).toEqual([{ subgraph: 'evaluation', state: 'open' }]);
      const beforeOpen = standIn.received;
      expect(beforeOpen).toBeGreaterThanOrEqual(3);

      // Open: answered at once, without a call, still with the rest of the answer.
      for (let i = 0; i < 5; i += 1) {
        const answer = await ask();
        expect(answer.data?.member?.fullName).toBeTruthy();
        expect(unavailable(answer).map((e) => e.extensions?.serviceName)).toEqual(['evaluation']);
      }
      expect(standIn.received).toBe(beforeOpen);

      // The subgraph is back; after the reset timeout one probe goes through and closes the circuit.
      standIn.mode = 'pass';
      await new Promise((resolve) => setTimeout(resolve, resetTimeoutMs + 200));
      const probe = await ask();
      expect(probe.errors).toBeUndefined();
      expect(probe.data?.member?.latestReview).not.toBeNull();
      expect(circuit.map((e) => e.state)).toEqual(['open', 'half-open', 'closed']);
      expect(standIn.received).toBe(beforeOpen + 1);
    });
  });
});
