import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { databaseName, queryRows, withDatabase } from '@twoway/persistence';
import { createLogger, fixedClock } from '@twoway/platform';
import { createSubgraph, type BaseSubgraphContext, type RunningSubgraph, type SubgraphModule } from '@twoway/subgraph-runtime';
import { organizationId } from '@twoway/demo-data';
import { workplaceCommittee } from '@twoway/workplace-committee';
import { createTestDatabase, dropTestDatabase } from '../support/databases.js';
import { TEST_EVENTS_SECRET, TEST_GATEWAY_SIGNATURE_SECRET, postToSubgraph, type GraphQLResponse } from '../support/federation.js';
import { testAuth } from '../support/auth.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';
import { freePort } from '@twoway/dev-database';
import { canMakeReplicas, startStreamingReplica, type StreamingReplica } from '../support/streaming-replica.js';

type Organization = { id: string; name: string; parent: { name: string } | null } | null;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { id name parent { name } } }`;
const CREATE = `mutation($input: CreateOrganizationUnitInput!) {
  createWorkplaceOrganization(input: $input) { organization { id name parent { name } } userErrors { code } }
}`;

/** A subgraph serving HTTP on a free port, its queries reading `readDatabaseUrls`. */
async function startSubgraph(databaseUrl: string, readDatabaseUrls: string[]) {
  const auth = await testAuth();
  const subgraph = await createSubgraph(workplaceCommittee as unknown as SubgraphModule<BaseSubgraphContext>, {
    databaseUrl,
    readDatabaseUrls,
    auth: auth.verifier,
    clock: fixedClock(TEST_INSTANT),
    eventsSecret: TEST_EVENTS_SECRET,
    gatewaySignatureSecret: TEST_GATEWAY_SIGNATURE_SECRET,
    processMetrics: false,
    logger: createLogger('workplace-committee', process.env.LOG_LEVEL ?? 'silent'),
  });
  await subgraph.http.listen(0, '127.0.0.1');
  const call = async <T>(query: string, variables: Record<string, unknown>) =>
    postToSubgraph<T>(subgraph.http.url, { query, variables }, await auth.adminHeaders());
  return {
    subgraph,
    organization: async (id: string) => {
      const answer = await call<{ organization: Organization }>(ORGANIZATION, { id });
      expect(answer.errors).toBeUndefined();
      return answer.data!.organization;
    },
    create: (name: string, idempotencyKey: string): Promise<GraphQLResponse<{ createWorkplaceOrganization: { organization: Organization; userErrors: { code: string }[] } }>> =>
      call(CREATE, { input: { idempotencyKey, parentId: organizationId('khoi-co-quan'), kind: 'AGENCY', name, validFrom: TEST_DAY } }),
  };
}

/**
 * Queries read a real streaming replica (pg_basebackup -R of the server the
 * tests use, a hot standby on another port); mutations write, and read their
 * own answer, on the primary; a replica that is down sends its reads to the
 * primary. Replay is paused on the replica to tell the two apart: a change
 * made on the primary meanwhile is visible there and not on the replica.
 * Needs pg_basebackup (a PostgreSQL install: CI's machine has one); skipped,
 * saying so, where there is none outside CI.
 */
const runs = canMakeReplicas() || process.env.CI ? describe : describe.skip;
if (!canMakeReplicas() && !process.env.CI) console.warn('read-replica test skipped: pg_basebackup is not installed');

runs('a subgraph with a read replica', () => {
  let databaseUrl: string;
  let replica: StreamingReplica | undefined;
  let service: Awaited<ReturnType<typeof startSubgraph>> | undefined;
  let subgraph: RunningSubgraph;
  const bloc = organizationId('khoi-co-quan');
  const onPrimary = (text: string, values: unknown[] = []) => queryRows(databaseUrl, text, values);
  const renameBloc = (name: string) => onPrimary('UPDATE organization_unit SET name = $2 WHERE id = $1', [bloc, name]);

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('workplaceCommittee');
    replica = await startStreamingReplica(databaseUrl);
    service = await startSubgraph(databaseUrl, [withDatabase(replica.url, databaseName(databaseUrl))]);
    subgraph = service.subgraph;
  });
  afterAll(async () => {
    // Each step on its own: the replica is stopped and its folder removed whatever failed before.
    await service?.subgraph.close().catch(() => undefined);
    await replica?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('answers a query from the replica: a change made on the primary appears only once the replica has replayed it', async () => {
    const [{ name: original }] = (await onPrimary('SELECT name FROM organization_unit WHERE id = $1', [bloc])) as [{ name: string }];
    await replica!.pauseReplay();
    await renameBloc(`${original} (đổi tên)`);
    const sent = subgraph.statements.total;
    expect((await service!.organization(bloc))!.name).toBe(original);
    // The replica's statements are counted like the primary's.
    expect(subgraph.statements.total).toBeGreaterThan(sent);
    const sessions = await queryRows<{ n: number }>(replica!.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'two-way-federation'`, [databaseName(databaseUrl)]);
    expect(sessions[0]!.n).toBeGreaterThan(0);
    // The service's sessions compile no statement (data-source.ts: JIT cost more than the statements).
    expect(await subgraph.dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);

    await replica!.resumeReplay();
    await replica!.catchUp();
    expect((await service!.organization(bloc))!.name).toBe(`${original} (đổi tên)`);
  });

  it('writes a mutation on the primary and reads its answer there, while the replica lags behind', async () => {
    await replica!.pauseReplay();
    await renameBloc('Khối các cơ quan (tên mới)');
    const created = await service!.create('Đảng bộ Sở Giao thông', 'replica-agency');
    expect(created.errors).toBeUndefined();
    const { organization, userErrors } = created.data!.createWorkplaceOrganization;
    expect(userErrors).toEqual([]);
    // Its answer read the primary: the parent as renamed there a moment ago, which the replica has not replayed.
    expect(organization).toMatchObject({ name: 'Đảng bộ Sở Giao thông', parent: { name: 'Khối các cơ quan (tên mới)' } });
    expect(await onPrimary('SELECT name FROM organization_unit WHERE id = $1', [organization!.id])).toEqual([{ name: 'Đảng bộ Sở Giao thông' }]);
    expect(await service!.organization(organization!.id)).toBeNull();

    await replica!.resumeReplay();
    await replica!.catchUp();
    expect(await service!.organization(organization!.id)).toEqual({ id: organization!.id, name: 'Đảng bộ Sở Giao thông', parent: { name: 'Khối các cơ quan (tên mới)' } });
  });

  it('reads the primary when the replica is down: the same answers, no error', async () => {
    await replica!.stop();
    await renameBloc('Khối các cơ quan (sau khi bản sao dừng)');
    expect(await service!.organization(bloc)).toMatchObject({ name: 'Khối các cơ quan (sau khi bản sao dừng)' });
    const created = await service!.create('Đảng bộ Sở Xây dựng', 'replica-down-agency');
    expect(created.data!.createWorkplaceOrganization.userErrors).toEqual([]);
    expect(await service!.organization(created.data!.createWorkplaceOrganization.organization!.id)).toMatchObject({ name: 'Đảng bộ Sở Xây dựng' });
  });

  it('starts, and serves, with a replica that is down from the start', async () => {
    const nowhere = `postgres://postgres@127.0.0.1:${await freePort()}/${databaseName(databaseUrl)}`;
    const another = await startSubgraph(databaseUrl, [nowhere]);
    try {
      expect(await another.organization(bloc)).toMatchObject({ name: 'Khối các cơ quan (sau khi bản sao dừng)' });
    } finally {
      await another.subgraph.close();
    }
  });
});
