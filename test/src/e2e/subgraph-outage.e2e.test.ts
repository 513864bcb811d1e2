import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';

interface Profile {
  member: {
    fullName: string;
    position: string | null;
    latestReview: unknown;
    residenceComments: unknown;
    residenceRegistration: unknown;
    attendance: unknown;
  } | null;
}

const portOf = (url: string) => Number(new URL(url).port);

/**
 * One subgraph down: the gateway answers with what the others know, plus a
 * coded error naming the missing subgraph (never its address), and recovers
 * without a restart when the subgraph is back.
 */
describe.each([
  ['evaluation', 'evaluation', ['latestReview', 'residenceComments']],
  ['residence-committee', 'residenceCommittee', ['residenceRegistration', 'attendance']],
] as const)('when the %s subgraph is down', (serviceName, key, missingFields) => {
  let federation: TestFederation;
  const operation = exampleOperation('member-profile');

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('answers the rest with a SUBGRAPH_UNAVAILABLE error, then recovers when it returns', async () => {
    const subgraph = federation.subgraphs[key];
    const port = portOf(subgraph.http.url);
    await subgraph.http.close();

    const degraded = await federation.query<Profile>(operation.query, operation.variables);
    expect(degraded.data?.member?.fullName).toBeTruthy();
    expect(degraded.data?.member?.position).toBeTruthy();
    for (const field of missingFields) expect(degraded.data!.member![field]).toBeNull();
    expect(degraded.errors?.length).toBeGreaterThan(0);
    const unavailable = degraded.errors!.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((e) => e.extensions?.serviceName === serviceName)).toBe(true);
    const text = JSON.stringify(degraded.errors);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED|https?:\/\//);
    expect(text).not.toContain(String(port));
    expect(text).not.toMatch(/stack|\bat .*\.ts:\d+/);

    await subgraph.http.listen(port, '127.0.0.1');
    const recovered = await federation.query<Profile>(operation.query, operation.variables);
    expect(recovered.errors).toBeUndefined();
    for (const field of missingFields) expect(recovered.data!.member![field]).not.toBeNull();
  });
});
