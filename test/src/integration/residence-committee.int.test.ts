import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';

describe('residence-committee subgraph', () => {
  let service: TestSubgraph;
  beforeAll(async () => {
    service = await startTestSubgraph('residenceCommittee');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('counts registrations in a ward subtree: its cells once assigned, the ward itself before', async () => {
    const ward = organizationId('dong-ngac');
    const rows = await service.sql<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM residence_registration
       WHERE ward_id = $1 AND status <> 'ENDED' GROUP BY status`, [ward]);
    const expected = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect(expected.RECEIVED).toBeGreaterThan(0);
    const query = `query($id: ID!, $status: RegistrationStatus) { organization(id: $id) { registeredMembers(first: 1, status: $status) { totalCount } } }`;
    for (const status of ['ACTIVE', 'RECEIVED'] as const) {
      const response = await service.query<{ organization: { registeredMembers: { totalCount: number } } }>(query, { id: ward, status });
      expect(response.errors).toBeUndefined();
      expect(response.data!.organization.registeredMembers.totalCount).toBe(expected[status]);
    }
    // A cell's subtree holds only the members assigned to it.
    const cell = organizationId('dong-ngac/tdp-5');
    const [{ n }] = (await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM residence_registration WHERE cell_id = $1 AND status = 'ACTIVE'`, [cell])) as [{ n: number }];
    const response = await service.query<{ organization: { registeredMembers: { totalCount: number } } }>(query, { id: cell, status: 'ACTIVE' });
    expect(response.data!.organization.registeredMembers.totalCount).toBe(n);
  });

  it('refuses a second open registration for the same member', async () => {
    const [open] = await service.sql<{ member_id: string; ward_id: string }>(`SELECT member_id, ward_id FROM residence_registration WHERE status = 'ACTIVE' LIMIT 1`);
    await expect(
      service.sql(
        `INSERT INTO residence_registration (id, member_id, ward_id, address, received_on, status) VALUES (gen_random_uuid(), $1, $2, 'Số 1', '2026-11-01', 'RECEIVED')`,
        [open!.member_id, open!.ward_id],
      ),
    ).rejects.toThrow(/residence_registration_one_open_idx/);
  });

  it('projects the workplace\'s standing with its cell and duty; a workplace cell reaches its members (issue 13)', async () => {
    const [counts] = await service.sql<{ n: number; with_cell: number; duties: string[] }>(
      `SELECT count(*)::int AS n, count(workplace_cell_id)::int AS with_cell, array_agg(DISTINCT residence_duty ORDER BY residence_duty) AS duties FROM member_standing`);
    expect(counts!.n).toBeGreaterThan(0);
    expect(counts!.with_cell).toBe(counts!.n);
    expect(counts!.duties).toEqual(['EXEMPT', 'NONE', 'TWO_WAY']);
    const [open] = await service.sql<{ member_id: string; workplace_cell_id: string }>(
      `SELECT r.member_id, s.workplace_cell_id FROM residence_registration r JOIN member_standing s USING (member_id) WHERE r.status = 'ACTIVE' ORDER BY 1 LIMIT 1`);
    const reach = await service.sql<{ node_id: string }>(`SELECT node_id FROM member_reach WHERE member_id = $1`, [open!.member_id]);
    expect(reach.map((r) => r.node_id)).toContain(open!.workplace_cell_id);
    const [{ activity }] = (await service.sql<{ activity: string }>(`SELECT DISTINCT activity FROM residence_registration`)) as [{ activity: string }];
    expect(activity).toBe('TWO_WAY');
  });

  it('lists the meetings of a subtree over a period, on the nodes in force then, page by page, the newest first', async () => {
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; heldOn: string; kind: string; organization: { id: string; validFrom: string; validTo: string | null } } }[] };
    const query = `query($id: ID!, $after: String) { organization(id: $id) { meetings(from: "2024-01-01", to: "2026-12-01", first: 40, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id heldOn kind organization { id validFrom validTo } } } } } }`;
    const meetings: Page['edges'][number]['node'][] = [];
    let page: Page | undefined;
    do {
      const response = await service.query<{ organization: { meetings: Page } }>(query, { id: organizationId('ha-noi'), after: page?.pageInfo.endCursor ?? null });
      expect(response.errors).toBeUndefined();
      page = response.data!.organization.meetings;
      expect(page.edges.length).toBeLessThanOrEqual(40);
      meetings.push(...page.edges.map((e) => e.node));
    } while (page.pageInfo.hasNextPage);
    // Every meeting of the period once (no longer cut at 100), the newest first.
    const [{ n }] = (await service.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM meeting WHERE held_on BETWEEN '2024-01-01' AND '2026-12-01'`)) as [{ n: number }];
    expect(page.totalCount).toBe(n);
    expect(new Set(meetings.map((m) => m.id)).size).toBe(n);
    expect(meetings.map((m) => m.heldOn)).toEqual(meetings.map((m) => m.heldOn).sort().reverse());
    expect(meetings.length).toBeGreaterThan(0);
    for (const meeting of meetings) {
      expect(meeting.organization.validFrom <= meeting.heldOn).toBe(true);
      expect(meeting.organization.validTo === null || meeting.heldOn <= meeting.organization.validTo).toBe(true);
    }
  });
});
