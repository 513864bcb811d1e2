import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { organizationId } from '@twoway/demo-data';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { codes, mutate, type UserError } from '../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

type Payload = { organization: { id: string; version: number; validTo: string | null; keptBy: string } | null; userErrors: UserError[] };
const CREATE_RESIDENCE = `mutation($input: CreateOrganizationUnitInput!) { createResidenceOrganization(input: $input) { organization { id version validTo keptBy } userErrors { code field message } } }`;
const END_RESIDENCE = `mutation($input: EndOrganizationUnitInput!) { endResidenceOrganization(input: $input) { organization { id version validTo keptBy } userErrors { code field message } } }`;
const CREATE_WORKPLACE = `mutation($input: CreateOrganizationUnitInput!) { createWorkplaceOrganization(input: $input) { organization { id version validTo keptBy } userErrors { code field message } } }`;

/**
 * One owner per node, a copy of the tree in every subgraph: the owner's
 * changes reach the copies through the outbox, once, and only from the owner.
 */
describe('the organisation tree, kept by its owners and copied everywhere', () => {
  let federation: TestFederation;
  let keeper: Record<string, string>;
  beforeAll(async () => {
    federation = await startTestFederation();
    keeper = await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'), { sub: 'city-organisation-board' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  async function copies(id: string) {
    return Promise.all(Object.values(federation.subgraphs).map(async (subgraph) => {
      const [row] = await queryRows(subgraph.databaseUrl, 'SELECT id, parent_id, kind, name, path, valid_from::text, valid_to::text, successor_id, owner, version FROM organization_unit WHERE id = $1', [id]);
      return row ?? null;
    }));
  }

  let cell: string;

  it('the residence side adds a residential cell; the copies follow once delivered', async () => {
    const created = await mutate<Payload>(federation, keeper, CREATE_RESIDENCE, {
      idempotencyKey: 'new-cell', parentId: organizationId('dong-ngac'), kind: 'RESIDENTIAL_CELL', name: 'Chi bộ Tổ dân phố số 12', validFrom: TEST_DAY,
    });
    expect(created.userErrors).toEqual([]);
    expect(created.organization).toMatchObject({ version: 1, validTo: null, keptBy: 'residence-committee' });
    cell = created.organization!.id;
    const [workplaceBefore, residenceBefore, evaluationBefore] = await copies(cell);
    expect(residenceBefore).not.toBeNull();
    expect([workplaceBefore, evaluationBefore]).toEqual([null, null]);
    await federation.settle();
    const [workplace, residence, evaluation] = await copies(cell);
    expect(workplace).toEqual(residence);
    expect(evaluation).toEqual(residence);
  });

  it('refuses what the owner may not do, with codes', async () => {
    const wrongSide = await mutate<Payload>(federation, keeper, CREATE_RESIDENCE, {
      idempotencyKey: 'agency-here', parentId: organizationId('khoi-co-quan'), kind: 'AGENCY', name: 'Đảng bộ Sở Khoa học', validFrom: TEST_DAY,
    });
    expect(codes(wrongSide)).toEqual(['NOT_OWNED_HERE']);
    const wrongParent = await mutate<Payload>(federation, keeper, CREATE_RESIDENCE, {
      idempotencyKey: 'cell-under-city', parentId: organizationId('ha-noi'), kind: 'RESIDENTIAL_CELL', name: 'Chi bộ lạc chỗ', validFrom: TEST_DAY,
    });
    expect(codes(wrongParent)).toEqual(['KIND_NOT_ALLOWED_HERE']);
    expect(wrongParent.userErrors[0]!.message).toBe('Tổ chức loại chi bộ khu dân cư không thể đặt dưới tỉnh, thành ủy');
    expect(wrongSide.userErrors[0]!.message).toMatch(/^Tổ chức loại tổ chức cơ sở đảng nơi công tác do subgraph /);
    const beforeParent = await mutate<Payload>(federation, keeper, CREATE_RESIDENCE, {
      idempotencyKey: 'cell-too-early', parentId: organizationId('dong-ngac'), kind: 'RESIDENTIAL_CELL', name: 'Chi bộ Tổ dân phố số 13', validFrom: '2024-01-01',
    });
    expect(codes(beforeParent)).toEqual(['PARENT_NOT_IN_FORCE']);
    const ward = await federation.query(CREATE_RESIDENCE, { input: { idempotencyKey: 'ward-tries', parentId: organizationId('dong-ngac'), kind: 'RESIDENTIAL_CELL', name: 'Chi bộ 14', validFrom: TEST_DAY } },
      await federation.auth.headers('WARD_COMMITTEE', organizationId('dong-ngac')));
    expect(ward.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('ends a cell, naming its successor; a stale version is a conflict; copies end it too', async () => {
    const old = organizationId('dong-ngac/tdp-5');
    const stale = await mutate<Payload>(federation, keeper, END_RESIDENCE, { idempotencyKey: 'end-stale', id: old, version: 7, validTo: TEST_DAY, successorId: cell });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const ended = await mutate<Payload>(federation, keeper, END_RESIDENCE, { idempotencyKey: 'end-tdp5', id: old, version: 1, validTo: TEST_DAY, successorId: cell });
    expect(ended.organization).toMatchObject({ version: 2, validTo: TEST_DAY });
    await federation.settle();
    await federation.settle();
    const rows = await copies(old);
    expect(rows.map((r) => [r!.valid_to, r!.successor_id, r!.version])).toEqual([[TEST_DAY, cell, 2], [TEST_DAY, cell, 2], [TEST_DAY, cell, 2]]);
    const { data } = await federation.query<{ organization: { successor: { name: string }; inForce: boolean } }>(
      `query($id: ID!) { organization(id: $id) { successor { name } inForce(asOf: "2027-01-01") } }`, { id: old });
    expect(data!.organization).toEqual({ successor: { name: 'Chi bộ Tổ dân phố số 12' }, inForce: false });
  });

  it('ends a ward only once its cells have ended, each naming its successor', async () => {
    const ward = organizationId('dong-ngac');
    const [{ version }] = await queryRows<{ version: number }>(federation.subgraphs.residenceCommittee.databaseUrl, 'SELECT version FROM organization_unit WHERE id = $1', [ward]) as [{ version: number }];
    const refused = await mutate<Payload>(federation, keeper, END_RESIDENCE, { idempotencyKey: 'end-dong-ngac', id: ward, version, validTo: TEST_DAY, successorId: organizationId('cau-giay') });
    expect(codes(refused)).toEqual(['CHILDREN_IN_FORCE']);
    expect(refused.userErrors[0]!.message).toMatch(/^Còn \d+ tổ chức trực thuộc hoạt động sau ngày đó/);
    const [row] = await queryRows(federation.subgraphs.residenceCommittee.databaseUrl, 'SELECT valid_to, version FROM organization_unit WHERE id = $1', [ward]);
    expect(row).toEqual({ valid_to: null, version });
  });

  it('the workplace side keeps its own branch', async () => {
    const agency = await mutate<Payload>(federation, keeper, CREATE_WORKPLACE, {
      idempotencyKey: 'new-agency', parentId: organizationId('khoi-co-quan'), kind: 'AGENCY', name: 'Đảng bộ Sở Khoa học và Công nghệ', validFrom: TEST_DAY,
    });
    expect(agency.organization).toMatchObject({ keptBy: 'workplace-committee' });
    await federation.settle();
    expect((await copies(agency.organization!.id)).every((row) => row?.owner === 'workplace-committee')).toBe(true);
  });

  it('a copy refuses a change to a node from a subgraph that does not keep it', async () => {
    const url = federation.subgraphs.evaluation.databaseUrl;
    const kept = (await copies(cell))[1]!;
    const renamed = { id: kept.id, parentId: kept.parent_id, kind: kept.kind, name: 'Đổi tên trái phép', path: kept.path, depth: 3, validFrom: kept.valid_from, validTo: null, successorId: null, owner: 'residence-committee', version: 99 };
    const actor = { subject: 's', role: 'ADMINISTRATOR', organizationId: organizationId('ha-noi') };
    await queryRows(url, `INSERT INTO outbox_message (id, topic, target, payload, created_at, available_at) VALUES (gen_random_uuid(), 'OrganizationUnitChanged', 'workplace-committee', $1, $2::timestamptz - interval '1 day', $2::timestamptz - interval '1 day')`,
      [JSON.stringify({ unit: renamed, actor }), TEST_INSTANT]);
    const drained = await federation.subgraphs.evaluation.drainOutbox();
    expect(drained.refused).toBe(1);
    const rows = await queryRows(url, `SELECT refused_at IS NOT NULL AS refused FROM outbox_message WHERE topic = 'OrganizationUnitChanged'`);
    expect(rows).toEqual([{ refused: true }]);
    const [workplace] = await copies(cell);
    expect(workplace!.name).toBe('Chi bộ Tổ dân phố số 12');
  });
});
