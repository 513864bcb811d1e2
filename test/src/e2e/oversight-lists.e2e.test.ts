import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset, membersNeverExpectedAtMeetings, nodesCovered } from '../support/demo-dataset.js';
import { addDays } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { TEST_DAY } from '../support/test-day.js';

type Page<N> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: ({ node: N } & Record<string, unknown>)[] };

/**
 * Each oversight list is answered by the subgraph that holds both facts it
 * compares; each is checked here against the same rule computed independently
 * from the demo data set the databases were loaded with.
 */
describe('oversight lists', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const haNoi = organizationId('ha-noi');
  let federation: TestFederation;
  let oversight: Record<string, string>;
  beforeAll(async () => {
    federation = await startTestFederation();
    oversight = await federation.auth.headers('OVERSIGHT', haNoi);
  });
  afterAll(async () => {
    await federation?.close();
  });

  /** Every page of a list field of `organization(id)`, as ids. */
  async function all<N extends object>(node: string, field: string, args: string, selection: string, idOf: (n: N, edge: Record<string, unknown>) => string): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const response: { data?: { organization: Record<string, Page<N>> } | null; errors?: unknown } = await federation.query(
        `query($id: ID!, $after: String) { organization(id: $id) { ${field}(${args}${args ? ', ' : ''}first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { ${selection} } } } }`, { id: node, after }, oversight);
      expect(response.errors).toBeUndefined();
      const page = response.data!.organization[field]!;
      total = page.totalCount;
      ids.push(...page.edges.map((edge) => idOf(edge.node, edge)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    return { ids: ids.sort(), total };
  }

  it('letters lost between the two sides (workplace-committee)', async () => {
    const expected = dataset.workplace.introductionLetters.filter((l) => {
      if (l.status === 'ENDED' || l.status === 'RETURNED' || l.issuedOn > TEST_DAY) return false;
      if (l.assignedOn !== null && l.assignedOn <= TEST_DAY) return false;
      if (l.receivedOn === null) return l.dueOn < TEST_DAY;
      return addDays(l.receivedOn, 30) < TEST_DAY;
    });
    const { ids } = await all<{ id: string }>(haNoi, 'lostIntroductionLetters', '', 'stage deadline node { id }', (n) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected.map((l) => l.id).sort());
    const notAssigned = await all<{ id: string }>(organizationId('dong-ngac'), 'lostIntroductionLetters', 'stage: NOT_ASSIGNED', 'node { id }', (n) => n.id);
    expect(notAssigned.ids).toEqual(expected.filter((l) => l.receivedOn !== null && l.toWardId === organizationId('dong-ngac')).map((l) => l.id).sort());
    expect(notAssigned.ids.length).toBeGreaterThan(0);
  });

  it('registered members absent from the last two semi-annual meetings (residence-committee)', async () => {
    const absentAtBoth = (memberId: string, day: string) => {
      const lastTwo = dataset.residence.attendances
        .filter((a) => a.memberId === memberId && a.heldOn <= day && dataset.residence.meetings.find((m) => m.id === a.meetingId)!.kind === 'SEMI_ANNUAL_TWO_WAY')
        .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
        .slice(0, 2);
      return lastTwo.length === 2 && lastTwo.every((a) => a.status === 'ABSENT' || a.status === 'EXCUSED');
    };
    const neverExpected = membersNeverExpectedAtMeetings(dataset);
    const expectedOn = (day: string, cells: string[]) => dataset.residence.registrations
      .filter((r) => !neverExpected.has(r.memberId))
      .filter((r) => r.assignedOn !== null && r.assignedOn <= day && (r.endedOn === null || r.endedOn > day) && cells.includes(r.cellId!))
      .filter((r) => absentAtBoth(r.memberId, day))
      .map((r) => r.id).sort();
    const tdp7 = organizationId('dong-ngac/tdp-7');
    const now = await all<{ id: string }>(tdp7, 'absentFromLastTwoSemiAnnualMeetings', '', 'node { id }', (n) => n.id);
    expect(now.ids.length).toBeGreaterThan(0);
    expect(now.ids).toEqual(expectedOn(TEST_DAY, [tdp7]));

    // Before the 2025 reform: the abolished district still answers for the records that moved to its successors.
    const before = await all<{ id: string }>(organizationId('bac-tu-liem'), 'absentFromLastTwoSemiAnnualMeetings', 'asOf: "2025-05-01"', 'node { id }', (n) => n.id);
    expect(before.ids.length).toBeGreaterThan(0);
    expect(before.ids).toEqual(expectedOn('2025-05-01', [tdp7, organizationId('dong-ngac/tdp-5'), organizationId('duc-thang/tdp-7'), organizationId('duc-thang/tdp-5')]));
    const caugiay = await all<{ id: string }>(organizationId('cau-giay-district'), 'absentFromLastTwoSemiAnnualMeetings', 'asOf: "2025-05-01"', 'node { id }', (n) => n.id);
    expect(caugiay.ids.some((id) => before.ids.includes(id))).toBe(false);
  });

  it('registered members of an abolished district include those registered at its successors (residence-committee)', async () => {
    const district = dataset.organizations.find((o) => o.id === organizationId('bac-tu-liem'))!;
    const subtree = dataset.organizations.filter((o) => o.path.startsWith(district.path));
    const scope = nodesCovered(dataset.organizations, district);
    const expected = dataset.residence.registrations.filter((r) => scope.has(r.cellId ?? r.wardId)).map((r) => r.id).sort();
    const { ids } = await all<{ id: string }>(district.id, 'registeredMembers', '', 'node { id }', (n) => n.id);
    expect(subtree.every((o) => o.successorId === null || o.successorId === undefined)).toBe(false);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
  });

  it('overdue comment requests, and their count by organisation (evaluation)', async () => {
    const returned = new Map(dataset.evaluation.commentForms.map((f) => [f.requestId, f.returnedOn]));
    const expected = dataset.evaluation.commentRequests.filter((r) =>
      r.requestedOn <= TEST_DAY && r.dueOn < TEST_DAY && r.status !== 'WAIVED' && r.status !== 'CANCELLED' && ((returned.get(r.id) ?? null) === null || returned.get(r.id)! > TEST_DAY));
    const { ids } = await all<{ id: string }>(haNoi, 'overdueCommentRequests', '', 'node { id }', (n) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected.map((r) => r.id).sort());

    const { data } = await federation.query<{ organization: { overdueCommentRequestsByOrganization: { organization: { id: string }; count: number }[] } }>(
      'query($id: ID!) { organization(id: $id) { overdueCommentRequestsByOrganization(side: WORKPLACE) { organization { id } count } } }', { id: haNoi }, oversight);
    const counts = new Map<string, number>();
    for (const r of expected) counts.set(r.workplaceOrganizationId, (counts.get(r.workplaceOrganizationId) ?? 0) + 1);
    expect(Object.fromEntries(data!.organization.overdueCommentRequestsByOrganization.map((c) => [c.organization.id, c.count]))).toEqual(Object.fromEntries(counts));
  });

  it('members whose latest comment recommends considering action (evaluation)', async () => {
    const latest = new Map<string, (typeof dataset.evaluation.commentForms)[number]>();
    for (const form of dataset.evaluation.commentForms) {
      const seen = latest.get(form.memberId);
      if (!seen || form.signedOn > seen.signedOn) latest.set(form.memberId, form);
    }
    const expected = [...latest.values()].filter((f) => f.recommendation === 'CONSIDER_ACTION').map((f) => f.id).sort();
    const { ids } = await all<{ id: string }>(haNoi, 'membersRecommendedForAction', '', 'node { id }', (n) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
  });

  it('for a year, members whose latest comment of that year recommends action, whatever was signed later', async () => {
    const years = [...new Set(dataset.evaluation.commentForms.map((f) => f.year).filter((y): y is number => y !== null))].sort();
    /** The forms recommending action that are their member's latest among `forms`. */
    const latestRecommending = (forms: typeof dataset.evaluation.commentForms) => {
      const latest = new Map<string, (typeof forms)[number]>();
      for (const form of forms) if (!latest.has(form.memberId) || form.signedOn > latest.get(form.memberId)!.signedOn) latest.set(form.memberId, form);
      return [...latest.values()].filter((f) => f.recommendation === 'CONSIDER_ACTION').map((f) => f.id).sort();
    };
    let differsFromLatestOfAnyYear = false;
    for (const year of years) {
      const expected = latestRecommending(dataset.evaluation.commentForms.filter((f) => f.year === year));
      const { ids } = await all<{ id: string }>(haNoi, 'membersRecommendedForAction', `year: ${year}`, 'node { id }', (n) => n.id);
      expect({ year, ids }).toEqual({ year, ids: expected });
      expect(expected.length).toBeGreaterThan(0);
      // The reading this replaces: each member's latest comment of any year, kept when it is of this year.
      const ofAnyYear = latestRecommending(dataset.evaluation.commentForms).filter((id) => dataset.evaluation.commentForms.find((f) => f.id === id)!.year === year);
      if (ofAnyYear.length !== expected.length) differsFromLatestOfAnyYear = true;
    }
    // The data holds a member recommended for action one year and commented on again later: the year argument matters.
    expect(differsFromLatestOfAnyYear).toBe(true);
  });

  it('a shared citizen ID is told by the records, never by the number; each caller sees of the others what its reach and the field policy allow', async () => {
    const members = dataset.workplace.members;
    const byId = new Map(members.map((m) => [m.id, m]));
    const sharing = members.filter((m) => members.some((o) => o.id !== m.id && o.citizenId === m.citizenId));
    const numbers = sharing.flatMap((m) => [m.citizenId, m.dossierNumber, m.partyCardNumber]).filter((n): n is string => Boolean(n));
    type Clash = { cursor: string; node: { detail: string; member: { id: string }; relatedMembers: { id: string; citizenId: string | null; dossierNumber: string | null }[] } };
    const clashes = async (node: string, headers: Record<string, string>) => {
      const response = await federation.query<{ organization: { workplaceDisagreements: { edges: Clash[] } } }>(
        `query($id: ID!) { organization(id: $id) { workplaceDisagreements(kind: SHARED_CITIZEN_ID, first: 100) {
          edges { cursor node { detail member { id } relatedMembers { id citizenId dossierNumber } } } } } }`, { id: node }, headers);
      expect(response.errors).toBeUndefined();
      const edges = response.data!.organization.workplaceDisagreements.edges;
      // Neither the text nor the cursor (which the client holds and sends back) carries a number of the records.
      const told = edges.map((e) => `${e.node.detail} ${Buffer.from(e.cursor, 'base64url').toString('utf8')}`).join('\n');
      expect(numbers.filter((n) => told.includes(n))).toEqual([]);
      return edges;
    };
    const others = (id: string) => sharing.filter((o) => o.id !== id && o.citizenId === byId.get(id)!.citizenId).map((o) => o.id).sort();

    // Oversight of the city reaches every record, and reads the citizen ID and dossier number of each.
    const city = await clashes(haNoi, oversight);
    expect(city.map((e) => e.node.member.id).sort()).toEqual(sharing.map((m) => m.id).sort());
    for (const { node } of city) {
      expect(node.detail).toMatch(/trùng với \d+ hồ sơ/);
      expect(node.relatedMembers.map((r) => r.id).sort()).toEqual(others(node.member.id));
      expect(node.relatedMembers.map((r) => [r.citizenId, r.dossierNumber])).toEqual(node.relatedMembers.map((r) => [byId.get(r.id)!.citizenId, byId.get(r.id)!.dossierNumber]));
    }
    // The records of one citizen ID are listed together.
    const order = city.map((e) => byId.get(e.node.member.id)!.citizenId);
    expect(order.filter((id, i) => order.indexOf(id) !== i && order[i - 1] !== id)).toEqual([]);

    // An administrator of the city sees the same records, without their numbers.
    const administrator = await clashes(haNoi, await federation.auth.headers('ADMINISTRATOR', haNoi));
    expect(administrator.map((e) => e.node.relatedMembers.map((r) => r.id).sort())).toEqual(city.map((e) => e.node.relatedMembers.map((r) => r.id).sort()));
    expect(administrator.flatMap((e) => e.node.relatedMembers.flatMap((r) => [r.citizenId, r.dossierNumber])).every((n) => n === null)).toBe(true);

    // The workplace committee of one agency does not see the record another agency keeps under the same citizen ID.
    const acrossAgencies = sharing.find((m) => sharing.some((o) => o.citizenId === m.citizenId && o.workplaceOrganizationId !== m.workplaceOrganizationId))!;
    expect(acrossAgencies).toBeDefined();
    const agency = acrossAgencies.workplaceOrganizationId;
    const own = await clashes(agency, await federation.auth.headers('WORKPLACE_COMMITTEE', agency));
    const mine = own.find((e) => e.node.member.id === acrossAgencies.id)!;
    expect(mine.node.relatedMembers.map((r) => r.id).sort()).toEqual(others(acrossAgencies.id).filter((id) => byId.get(id)!.workplaceOrganizationId === agency));
    expect(own.every((e) => e.node.relatedMembers.every((r) => byId.get(r.id)!.workplaceOrganizationId === agency))).toBe(true);
  });

  it('disagreements between the sides, each found where both facts are', async () => {
    const members = new Map(dataset.workplace.members.map((m) => [m.id, m]));
    const open = dataset.residence.registrations.filter((r) => r.status !== 'ENDED');
    const residence = await all<{ kind: string; member: { id: string } }>(haNoi, 'residenceDisagreements', '', 'node { kind member { id } }', (n) => `${n.kind}:${n.member.id}`);
    expect(residence.ids).toEqual(open.flatMap((r) => {
      const member = members.get(r.memberId);
      if (!member) return [`UNKNOWN_AT_WORKPLACE:${r.memberId}`];
      return member.status === 'ACTIVE' ? [] : [`LEFT_AT_WORKPLACE:${r.memberId}`];
    }).sort());
    expect(residence.ids.some((id) => id.startsWith('UNKNOWN'))).toBe(true);
    expect(residence.ids.some((id) => id.startsWith('LEFT'))).toBe(true);

    const workplace = await all<{ kind: string; member: { id: string; fullName: string } }>(haNoi, 'workplaceDisagreements', '', 'node { kind member { id fullName } detail }', (n) => `${n.kind}:${n.member.id}`);
    const openLetters = dataset.workplace.introductionLetters.filter((l) => ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(l.status));
    const twoWards = [...new Set(openLetters.map((l) => l.memberId))].filter((id) => new Set(openLetters.filter((l) => l.memberId === id).map((l) => l.toWardId)).size > 1);
    const shared = dataset.workplace.members.filter((m) => dataset.workplace.members.some((o) => o.id !== m.id && o.citizenId === m.citizenId));
    expect(workplace.ids).toEqual([...twoWards.map((id) => `OPEN_TO_TWO_WARDS:${id}`), ...shared.map((m) => `SHARED_CITIZEN_ID:${m.id}`)].sort());
    expect(twoWards.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('costs the same number of statements for a page of 10 and of 100', async () => {
    const lists = [
      ['lostIntroductionLetters', 'node { id member { fullName } }'],
      ['absentFromLastTwoSemiAnnualMeetings', 'node { id member { fullName latestReview { rating } } }'],
      ['overdueCommentRequests', 'node { id member { fullName } ward { name } }'],
      ['residenceDisagreements', 'node { kind member { fullName } organization { name } }'],
    ] as const;
    for (const [field, selection] of lists) {
      const statements = async (first: number) => {
        federation.resetStatementCounts();
        const response = await federation.query(`query($id: ID!) { organization(id: $id) { ${field}(first: ${first}) { totalCount edges { ${selection} } } } }`, { id: haNoi }, oversight);
        expect(response.errors).toBeUndefined();
        return federation.statementCount();
      };
      expect([field, await statements(10)]).toEqual([field, await statements(100)]);
    }
  });
});

describe('the tree as of a date', () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('shows districts and wards before 1 July 2025, wards directly under the city after', async () => {
    const query = `query($id: ID!, $asOf: Date) { organization(id: $id) { inForce(asOf: $asOf) successor { name } children(asOf: $asOf) { name kind } } }`;
    type Node = { organization: { inForce: boolean; successor: { name: string } | null; children: { name: string; kind: string }[] } };
    const district = (asOf: string) => federation.query<Node>(query, { id: organizationId('bac-tu-liem'), asOf });
    expect((await district('2025-06-30')).data!.organization).toEqual({ inForce: true, successor: null, children: [{ name: 'Đảng bộ phường Đức Thắng', kind: 'WARD' }] });
    expect((await district('2025-07-01')).data!.organization).toEqual({ inForce: false, successor: null, children: [] });
    const city = (asOf: string) => federation.query<Node>(query, { id: organizationId('ha-noi'), asOf });
    const before = (await city('2025-01-01')).data!.organization.children.map((c) => c.kind).sort();
    const after = (await city('2026-01-01')).data!.organization.children.map((c) => c.kind).sort();
    expect(before).toEqual(['BLOC', 'BLOC', 'DISTRICT', 'DISTRICT']);
    expect(after).toEqual(['BLOC', 'BLOC', 'WARD', 'WARD']);
    const ward = await federation.query<Node>(query, { id: organizationId('duc-thang'), asOf: '2026-01-01' });
    expect(ward.data!.organization.successor).toEqual({ name: 'Đảng bộ phường Đông Ngạc' });
  });
});
