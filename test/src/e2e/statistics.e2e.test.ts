import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset, membersNeverExpectedAtMeetings } from '../support/demo-dataset.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { TEST_DAY } from '../support/test-day.js';

const FIGURES = `organizationId period from to members membersAssignedAtResidence shareRegisteredAtResidence
  registeredMembers semiAnnualMeetingsHeld semiAnnualAttendancesExpected semiAnnualAttendanceRate
  commentsDue commentsReturnedOnTime commentsReturnedOnTimeRate
  recommendations { commend none considerAction } ratings { excellent good completed notCompleted }`;

interface Figures {
  organizationId: string; period: string; from: string; to: string;
  members: number; membersAssignedAtResidence: number; shareRegisteredAtResidence: number | null;
  registeredMembers: number; semiAnnualMeetingsHeld: number; semiAnnualAttendancesExpected: number; semiAnnualAttendanceRate: number | null;
  commentsDue: number; commentsReturnedOnTime: number; commentsReturnedOnTimeRate: number | null;
  recommendations: { commend: number; none: number; considerAction: number };
  ratings: { excellent: number; good: number; completed: number; notCompleted: number };
}

/**
 * The dashboard figures for a ward, joined at the gateway from the three
 * subgraphs, equal the same counts computed here from the demo data set.
 */
describe('analytics per node and period', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const ward = organizationId('dong-ngac');
  const wardNodes = new Set(dataset.organizations.filter((o) => o.path.includes(`/${ward}/`)).map((o) => o.id));
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  function expected(from: string, to: string) {
    // A member lives where their latest open letter sent them (a second open letter is a disagreement, not a second home).
    const home = new Map<string, (typeof dataset.workplace.introductionLetters)[number]>();
    for (const l of dataset.workplace.introductionLetters.filter((l) => ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(l.status))) {
      const other = home.get(l.memberId);
      if (!other || l.issuedOn > other.issuedOn || (l.issuedOn === other.issuedOn && l.id > other.id)) home.set(l.memberId, l);
    }
    const known = dataset.workplace.members.filter((m) => {
      const letter = home.get(m.id);
      return m.status === 'ACTIVE' && m.admissionDate <= to && letter !== undefined && letter.issuedOn <= to && wardNodes.has(letter.toCellId ?? letter.toWardId);
    });
    const assigned = known.filter((m) => dataset.workplace.introductionLetters.some((l) => l.memberId === m.id && l.status === 'ASSIGNED' && l.assignedOn! <= to));
    const registered = dataset.residence.registrations.filter((r) => wardNodes.has(r.cellId ?? r.wardId) && r.assignedOn !== null && r.assignedOn <= to && (r.endedOn === null || r.endedOn > to));
    const meetings = dataset.residence.meetings.filter((m) => m.kind === 'SEMI_ANNUAL_TWO_WAY' && m.heldOn >= from && m.heldOn <= to && wardNodes.has(m.organizationId));
    const neverExpected = membersNeverExpectedAtMeetings(dataset);
    const attendances = dataset.residence.attendances.filter((a) => meetings.some((m) => m.id === a.meetingId))
      .filter((a) => !neverExpected.has(a.memberId) || ['PRESENT', 'LATE', 'LEFT_EARLY'].includes(a.status));
    const attended = attendances.filter((a) => ['PRESENT', 'LATE', 'LEFT_EARLY'].includes(a.status));
    const requestInWard = (r: { cellId: string | null; wardId: string | null; workplaceCellId: string }) => wardNodes.has(r.cellId ?? r.wardId ?? '') || wardNodes.has(r.workplaceCellId);
    const forms = new Map(dataset.evaluation.commentForms.map((f) => [f.requestId, f]));
    const due = dataset.evaluation.commentRequests.filter((r) => r.dueOn >= from && r.dueOn <= to && r.status !== 'WAIVED' && r.status !== 'CANCELLED' && requestInWard(r));
    const onTime = due.filter((r) => forms.get(r.id)?.returnedOn != null && forms.get(r.id)!.returnedOn! <= r.dueOn);
    const requests = new Map(dataset.evaluation.commentRequests.map((r) => [r.id, r]));
    const signed = dataset.evaluation.commentForms.filter((f) => f.signedOn >= from && f.signedOn <= to && requestInWard(requests.get(f.requestId)!));
    const formsById = new Map(dataset.evaluation.commentForms.map((f) => [f.id, f]));
    const reviews = dataset.evaluation.annualReviews.filter((v) => v.decidedOn >= from && v.decidedOn <= to
      && (wardNodes.has(v.workplaceCellId) || (v.commentFormId !== null && wardNodes.has(formsById.get(v.commentFormId)!.cellId))));
    const band = (score: number) => (score >= 90 ? 'excellent' : score >= 70 ? 'good' : score >= 50 ? 'completed' : 'notCompleted');
    return {
      members: known.length,
      membersAssignedAtResidence: assigned.length,
      registeredMembers: registered.length,
      semiAnnualMeetingsHeld: meetings.length,
      semiAnnualAttendancesExpected: attendances.length,
      semiAnnualAttendanceRate: attendances.length ? attended.length / attendances.length : null,
      commentsDue: due.length,
      commentsReturnedOnTime: onTime.length,
      recommendations: {
        commend: signed.filter((f) => f.recommendation === 'COMMEND').length,
        none: signed.filter((f) => f.recommendation === 'NONE').length,
        considerAction: signed.filter((f) => f.recommendation === 'CONSIDER_ACTION').length,
      },
      ratings: {
        excellent: reviews.filter((v) => band(v.score) === 'excellent').length,
        good: reviews.filter((v) => band(v.score) === 'good').length,
        completed: reviews.filter((v) => band(v.score) === 'completed').length,
        notCompleted: reviews.filter((v) => band(v.score) === 'notCompleted').length,
      },
    };
  }

  it('a ward\'s figures for a year, from all three subgraphs, equal counts computed independently', async () => {
    const response = await federation.query<{ statisticsSeries: Figures[] }>(
      `query($id: ID!) { statisticsSeries(organizationId: $id, granularity: YEAR, from: "2025-01-01", to: "${TEST_DAY}") { ${FIGURES} } }`, { id: ward });
    expect(response.errors).toBeUndefined();
    const [y2025, y2026] = response.data!.statisticsSeries;
    for (const [figures, from, to] of [[y2025!, '2025-01-01', '2025-12-31'], [y2026!, '2026-01-01', '2026-12-31']] as const) {
      expect(figures).toMatchObject({ from, to, ...expected(from, to) });
      expect(figures.members).toBeGreaterThan(0);
      expect(figures.shareRegisteredAtResidence).toBeCloseTo(figures.membersAssignedAtResidence / figures.members, 10);
    }
    expect(y2025!.ratings.good + y2025!.ratings.excellent).toBeGreaterThan(0);
    expect(y2026!.commentsDue).toBeGreaterThan(0);
    expect(y2026!.semiAnnualAttendanceRate).not.toBeNull();
  });

  it('a province counts each member working or introduced in it once, on past days too', async () => {
    const haNoi = organizationId('ha-noi');
    const inProvince = new Set(dataset.organizations.filter((o) => o.id === haNoi || o.path.includes(`/${haNoi}/`)).map((o) => o.id));
    const home = new Map<string, (typeof dataset.workplace.introductionLetters)[number]>();
    for (const l of dataset.workplace.introductionLetters.filter((l) => ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(l.status))) {
      const other = home.get(l.memberId);
      if (!other || l.issuedOn > other.issuedOn || (l.issuedOn === other.issuedOn && l.id > other.id)) home.set(l.memberId, l);
    }
    // Working in the province from the admission, or introduced there (the latest open letter) from its issue.
    const counted = (to: string) => dataset.workplace.members.filter((m) => {
      if (m.status !== 'ACTIVE' || m.admissionDate > to) return false;
      const letter = home.get(m.id);
      return inProvince.has(m.workplaceCellId) || (letter !== undefined && letter.issuedOn <= to && inProvince.has(letter.toCellId ?? letter.toWardId));
    }).length;
    for (const year of ['2022', '2024', '2026']) {
      const response = await federation.query<{ statistics: { members: number } }>(`query($id: ID!, $period: String!) { statistics(organizationId: $id, period: $period) { members } }`,
        { id: haNoi, period: year });
      expect(response.errors).toBeUndefined();
      expect([year, response.data!.statistics.members]).toEqual([year, counted(`${year}-12-31`)]);
    }
  });

  it('breaks a node down by its children in force at the end of the period', async () => {
    const response = await federation.query<{ statistics: Figures & { children: (Figures & { organization: { name: string } })[] } }>(
      `query($id: ID!) { statistics(organizationId: $id, period: "2026-Q2") { registeredMembers semiAnnualMeetingsHeld children { organization { name } registeredMembers semiAnnualMeetingsHeld semiAnnualAttendanceRate } } }`, { id: ward });
    const { statistics } = response.data!;
    expect(statistics.children.map((c) => c.organization.name).sort()).toEqual(['Chi bộ Tổ dân phố số 5', 'Chi bộ Tổ dân phố số 7']);
    expect(statistics.children.reduce((sum, c) => sum + c.semiAnnualMeetingsHeld, 0)).toBe(statistics.semiAnnualMeetingsHeld);
    expect(statistics.semiAnnualMeetingsHeld).toBe(2);
    // Registered members of the ward itself (received, not yet assigned, count at neither) = the sum over its cells.
    expect(statistics.children.reduce((sum, c) => sum + c.registeredMembers, 0)).toBe(statistics.registeredMembers);
  });

  it('costs the same number of statements for a ward and for the whole city with its children, for 2 or 12 periods', async () => {
    const count = async (query: string, variables: Record<string, unknown>) => {
      federation.resetStatementCounts();
      const response = await federation.query(query, variables);
      expect(response.errors).toBeUndefined();
      return federation.statementCount();
    };
    const drill = `query($id: ID!) { statistics(organizationId: $id, period: "2026") { ${FIGURES} children { ${FIGURES} } } }`;
    expect(await count(drill, { id: organizationId('ha-noi') })).toBe(await count(drill, { id: ward }));
    const series = (from: string) => `query($id: ID!) { statisticsSeries(organizationId: $id, granularity: MONTH, from: "${from}", to: "2026-11-30") { ${FIGURES} } }`;
    expect(await count(series('2025-12-01'), { id: ward })).toBe(await count(series('2026-10-01'), { id: ward }));
  });

  it('refuses a period it cannot read, with a code', async () => {
    const response = await federation.query(`query($id: ID!) { statistics(organizationId: $id, period: "2026-Q7") { members } }`, { id: ward });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
