import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { foldVietnamese, vietnameseNameSortKey } from '@twoway/platform';
import { postToSubgraph, startTestFederation, type TestFederation } from '../support/federation.js';
import { queryRows } from '@twoway/persistence';
import { TEST_DAY } from '../support/test-day.js';

const SEARCH = `query($text: String!, $first: Int, $after: String) { searchMembers(text: $text, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName } } } }`;
type Found = { searchMembers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; fullName: string } }[] } };

describe('finding people', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  let federation: TestFederation;
  let city: Record<string, string>;
  beforeAll(async () => {
    federation = await startTestFederation();
    city = await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'));
  });
  afterAll(async () => {
    await federation?.close();
  });

  const search = (text: string, headers: Record<string, string>, first = 100, after: string | null = null) =>
    federation.query<Found>(SEARCH, { text, first, after }, headers);

  it('finds "Nguyễn Văn Hoạt" from "nguyen van hoat", by citizen ID and by party card number', async () => {
    const hoat = dataset.workplace.members.find((m) => m.fullName === 'Nguyễn Văn Hoạt')!;
    const byName = await search('nguyen van hoat', city);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.searchMembers.edges.map((e) => e.node.id)).toContain(hoat.id);
    expect(byName.data!.searchMembers.edges.every((e) => foldVietnamese(e.node.fullName).includes('hoat'))).toBe(true);
    const byCitizenId = await search(hoat.citizenId, city);
    expect(byCitizenId.data!.searchMembers.edges.map((e) => e.node.id)).toEqual(
      dataset.workplace.members.filter((m) => m.citizenId === hoat.citizenId).map((m) => m.id).sort((a, b) => {
        const [x, y] = [dataset.workplace.members.find((m) => m.id === a)!, dataset.workplace.members.find((m) => m.id === b)!];
        return vietnameseNameSortKey(x.fullName) < vietnameseNameSortKey(y.fullName) ? -1 : 1;
      }));
    const carded = dataset.workplace.members.find((m) => m.partyCardNumber)!;
    expect((await search(carded.partyCardNumber!, city)).data!.searchMembers.edges.map((e) => e.node.id)).toEqual([carded.id]);
  });

  it('lists what it finds in Vietnamese name order, in pages', async () => {
    const expected = dataset.workplace.members
      .filter((m) => ['nguyen'].every((w) => foldVietnamese(m.fullName).includes(w)))
      .sort((a, b) => (vietnameseNameSortKey(a.fullName) < vietnameseNameSortKey(b.fullName) ? -1 : vietnameseNameSortKey(a.fullName) > vietnameseNameSortKey(b.fullName) ? 1 : a.id < b.id ? -1 : 1))
      .map((m) => m.id);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search('Nguyen', city, 25, after);
      expect(page.data!.searchMembers.totalCount).toBe(expected.length);
      ids.push(...page.data!.searchMembers.edges.map((e) => e.node.id));
      after = page.data!.searchMembers.pageInfo.hasNextPage ? page.data!.searchMembers.pageInfo.endCursor : null;
    } while (after);
    expect(expected.length).toBeGreaterThan(25);
    expect(ids).toEqual(expected);
  });

  it('stays within the caller\'s subtree: a ward finds only members introduced to it', async () => {
    const ward = organizationId('cau-giay');
    const inWard = new Set(dataset.workplace.introductionLetters
      .filter((l) => ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(l.status) && l.toWardId === ward)
      .map((l) => l.memberId));
    const found = await search('nguyen', await federation.auth.headers('WARD_COMMITTEE', ward));
    const ids = found.data!.searchMembers.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => inWard.has(id))).toBe(true);
    const agency = organizationId('so-y-te');
    const byAgency = await search('nguyen', await federation.auth.headers('WORKPLACE_COMMITTEE', agency));
    expect(byAgency.data!.searchMembers.edges.every((e) => dataset.workplace.members.find((m) => m.id === e.node.id)!.workplaceOrganizationId === agency)).toBe(true);
  });

  it('refuses a search too short, and treats SQL and LIKE characters as text', async () => {
    expect((await search('n', city)).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const hostile = await search("%' OR 1=1 --", city);
    expect(hostile.errors).toBeUndefined();
    expect(hostile.data!.searchMembers.totalCount).toBe(0);
    expect((await search('%%', city)).data!.searchMembers.totalCount).toBe(0);
  });

  describe('by a guarded value', () => {
    const hoat = () => dataset.workplace.members.find((m) => m.fullName === 'Nguyễn Văn Hoạt')!;
    const carded = () => dataset.workplace.members.find((m) => m.partyCardNumber)!;
    const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code) ?? [];
    const onWorkplace = (text: string, headers: Record<string, string>) =>
      postToSubgraph<Found>(federation.subgraphs.workplaceCommittee.http.url, { query: SEARCH, variables: { text, first: 100 } }, headers);

    it('is refused with FORBIDDEN to a role that may not read the value, through the gateway and on the subgraph itself', async () => {
      const administrator = await federation.auth.headers('ADMINISTRATOR', organizationId('ha-noi'));
      const partner = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-analytics-dashboard' });
      const grantedPartner = await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-granted', grants: ['PERSONAL_DATA'] });
      const refusals = [
        [hoat().citizenId, await search(hoat().citizenId, administrator)],
        [carded().partyCardNumber, await search(carded().partyCardNumber!, administrator)],
        [hoat().citizenId, await onWorkplace(hoat().citizenId, partner)],
        [carded().partyCardNumber, await onWorkplace(carded().partyCardNumber!, grantedPartner)],
      ] as const;
      for (const [text, response] of refusals) {
        expect({ text, codes: codes(response), data: response.data?.searchMembers ?? null }).toEqual({ text, codes: ['FORBIDDEN'], data: null });
        expect(response.errors![0]!.message).toMatch(/tìm theo họ tên/);
      }
      // A name is searched as before; a partner granted personal data may search by citizen ID.
      expect((await search('nguyen van hoat', administrator)).data!.searchMembers.edges.map((e) => e.node.id)).toContain(hoat().id);
      expect((await onWorkplace(hoat().citizenId, grantedPartner)).data!.searchMembers.edges.map((e) => e.node.id)).toContain(hoat().id);
    });

    it('by citizen ID is audited as a read of it, for each member found', async () => {
      const sub = 'search-audit-oversight';
      const found = await search(hoat().citizenId, await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'), { sub }));
      const ids = found.data!.searchMembers.edges.map((e) => e.node.id).sort();
      expect(ids).toContain(hoat().id);
      const audited = await queryRows<{ entity_id: string; fields: string[] }>(federation.subgraphs.workplaceCommittee.databaseUrl,
        `SELECT entity_id::text, after->'fields' AS fields FROM audit_log WHERE action = 'READ_PERSONAL_DATA' AND actor_subject = $1 ORDER BY entity_id`, [sub]);
      expect(audited).toEqual(ids.map((id) => ({ entity_id: id, fields: ['Member.citizenId'] })));
    });

    it('never matches a birth date, an address or a dossier number', async () => {
      const member = dataset.workplace.members[0]!;
      const address = dataset.workplace.introductionLetters[0]!.residenceAddress;
      for (const text of [member.birthDate, member.dossierNumber, address]) {
        const response = await search(text, city);
        expect({ text, errors: response.errors, total: response.data?.searchMembers.totalCount }).toEqual({ text, errors: undefined, total: 0 });
      }
    });
  });
});
