import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { queryRows } from '@twoway/persistence';
import { mutableClock } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../../support/test-day.js';

const ATTENDANCE = `query($id: ID!) { member(id: $id) {
  residenceRegistration { id exempt activity }
  attendance(from: "2024-01-01", to: "2026-12-01") { meetingsExpected present late leftEarly excused absent attendanceRate entries { status } } } }`;
const CELLS = `query($id: ID!, $asOf: Date) { organization(id: $id) { cellsWithoutSemiAnnualMeeting(asOf: $asOf, first: 100) {
  totalCount edges { node { id kind } lastHeldOn twoWayMembersWaiting } } } }`;
const ABSENT = `query($id: ID!) { organization(id: $id) { absentFromLastTwoSemiAnnualMeetings(first: 100) { totalCount edges { node { id member { id } } } } } }`;
const FIGURES = `query($id: ID!) { statistics(organizationId: $id, period: "2026") { semiAnnualAttendancesExpected semiAnnualAttendanceRate } }`;

/**
 * Issue 13 at residence: the workplace's word on a member (their residence
 * duty, their workplace cell, their retirement) as the residence projects it
 * from the outbox. The workplace's events are delivered here as its outbox
 * would deliver them (rows in its outbox, drained by settle()), so this file
 * does not depend on how the workplace decides them.
 */
describe('residence: what the workplace says of a member (duty, cell, retirement)', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const ward = organizationId('dong-ngac');
  const cell = organizationId('dong-ngac/tdp-7');
  const standing = new Map(dataset.residence.memberStandings.map((s) => [s.memberId, s]));
  const meetingKind = new Map(dataset.residence.meetings.map((m) => [m.id, m.kind]));
  let federation: TestFederation;
  let asWard: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
    asWard = await federation.auth.headers('WARD_COMMITTEE', ward);
  });
  afterAll(async () => {
    await federation?.close();
  });

  /** Delivers an event from the workplace to the residence, as the workplace's outbox does. */
  const fromWorkplace = async (topic: string, payload: Record<string, unknown>) => {
    const actor = { subject: 'test:workplace', role: 'WORKPLACE_COMMITTEE', organizationId: organizationId('ha-noi') };
    await queryRows(federation.subgraphs.workplaceCommittee.databaseUrl,
      `INSERT INTO outbox_message (id, topic, target, payload, created_at, available_at) VALUES (gen_random_uuid(), $1, 'residence-committee', $2, $3, $3)`,
      [topic, JSON.stringify({ ...payload, actor }), TEST_INSTANT]);
    await federation.settle();
  };

  it('an exempt member is never counted absent: attendance, the absentees list and the figures leave them out', async () => {
    const { data: before } = await federation.query<{ organization: { absentFromLastTwoSemiAnnualMeetings: { edges: { node: { id: string; member: { id: string } } }[] } } }>(ABSENT, { id: cell }, asWard);
    const absentee = before!.organization.absentFromLastTwoSemiAnnualMeetings.edges[0]!.node.member.id;
    const entries = dataset.residence.attendances.filter((a) => a.memberId === absentee && a.heldOn >= '2024-01-01' && a.heldOn <= TEST_DAY);
    const came = entries.filter((a) => ['PRESENT', 'LATE', 'LEFT_EARLY'].includes(a.status));
    const missedSemiAnnual2026 = entries.filter((a) => a.heldOn >= '2026-01-01' && meetingKind.get(a.meetingId) === 'SEMI_ANNUAL_TWO_WAY' && !came.includes(a)).length;
    expect(entries.length).toBeGreaterThan(came.length);
    const figuresBefore = (await federation.query<{ statistics: { semiAnnualAttendancesExpected: number } }>(FIGURES, { id: cell }, asWard)).data!.statistics;

    const member = dataset.workplace.members.find((m) => m.id === absentee)!;
    await fromWorkplace('MemberStandingChanged', {
      memberId: absentee, status: 'ACTIVE', workplaceOrganizationId: member.workplaceOrganizationId, workplaceCellId: member.workplaceCellId, residenceDuty: 'EXEMPT', changedOn: TEST_DAY,
    });

    const after = await federation.query<{ member: { residenceRegistration: { exempt: boolean; activity: string }; attendance: Record<string, unknown> & { entries: unknown[] } } }>(ATTENDANCE, { id: absentee }, asWard);
    expect(after.errors).toBeUndefined();
    expect(after.data!.member.residenceRegistration).toMatchObject({ exempt: true, activity: 'TWO_WAY' });
    expect(after.data!.member.attendance).toMatchObject({ meetingsExpected: came.length, excused: 0, absent: 0, attendanceRate: came.length === 0 ? null : 1 });
    // Every entry is still listed: the exemption changes what is expected, not what happened.
    expect(after.data!.member.attendance.entries).toHaveLength(entries.length);
    const { data: absentNow } = await federation.query<{ organization: { absentFromLastTwoSemiAnnualMeetings: { edges: { node: { member: { id: string } } }[] } } }>(ABSENT, { id: cell }, asWard);
    expect(absentNow!.organization.absentFromLastTwoSemiAnnualMeetings.edges.map((e) => e.node.member.id)).not.toContain(absentee);
    const figuresAfter = (await federation.query<{ statistics: { semiAnnualAttendancesExpected: number } }>(FIGURES, { id: cell }, asWard)).data!.statistics;
    expect(figuresAfter.semiAnnualAttendancesExpected).toBe(figuresBefore.semiAnnualAttendancesExpected - missedSemiAnnual2026);
  });

  it('an old event without a duty or a cell is still understood: active means two-way', async () => {
    const registration = dataset.residence.registrations.find((r) => r.cellId === cell && r.status === 'ACTIVE' && standing.get(r.memberId)?.residenceDuty === 'EXEMPT')
      ?? dataset.residence.registrations.find((r) => r.cellId === cell && r.status === 'ACTIVE')!;
    const member = dataset.workplace.members.find((m) => m.id === registration.memberId)!;
    await fromWorkplace('MemberStandingChanged', { memberId: member.id, status: 'ACTIVE', workplaceOrganizationId: member.workplaceOrganizationId, changedOn: TEST_DAY });
    const [row] = await queryRows<{ residence_duty: string; workplace_cell_id: string | null }>(federation.subgraphs.residenceCommittee.databaseUrl,
      'SELECT residence_duty, workplace_cell_id FROM member_standing WHERE member_id = $1', [member.id]);
    expect(row).toEqual({ residence_duty: 'TWO_WAY', workplace_cell_id: null });
  });

  it('a retired member\'s registration becomes their official activity; the ward keeps listing them', async () => {
    const registration = dataset.residence.registrations.filter((r) => r.cellId === cell && r.status === 'ACTIVE').at(-1)!;
    await fromWorkplace('MemberRetired', { memberId: registration.memberId, effectiveOn: TEST_DAY, wardId: ward, cellId: cell });
    const { data } = await federation.query<{ residenceRegistration: { status: string; activity: string; version: number; history: { edges: { node: { action: string } }[] } } }>(
      `query($id: ID!) { residenceRegistration(id: $id) { status activity version history { edges { node { action } } } } }`, { id: registration.id }, asWard);
    expect(data!.residenceRegistration).toMatchObject({ status: 'ACTIVE', activity: 'OFFICIAL', version: 2 });
    expect(data!.residenceRegistration.history.edges.map((e) => e.node.action)).toEqual(['UPDATE']);
    const listed = await federation.query<{ organization: { registeredMembers: { edges: { node: { id: string; activity: string } }[] } } }>(
      `query($id: ID!) { organization(id: $id) { registeredMembers(first: 100, status: ACTIVE) { edges { node { id activity } } } } }`, { id: cell }, asWard);
    expect(listed.data!.organization.registeredMembers.edges.map((e) => e.node)).toContainEqual({ id: registration.id, activity: 'OFFICIAL' });
  });

  it('a retirement for a member with no open registration is refused, left for follow-up', async () => {
    const unregistered = dataset.workplace.members.find((m) => !dataset.residence.registrations.some((r) => r.memberId === m.id && r.status !== 'ENDED'))!;
    await fromWorkplace('MemberRetired', { memberId: unregistered.id, effectiveOn: TEST_DAY, wardId: ward, cellId: cell });
    const rows = await queryRows<{ refused: boolean }>(federation.subgraphs.workplaceCommittee.databaseUrl,
      `SELECT refused_at IS NOT NULL AS refused FROM outbox_message WHERE topic = 'MemberRetired' AND payload->>'memberId' = $1`, [unregistered.id]);
    expect(rows).toEqual([{ refused: true }]);
    const official = await queryRows<{ n: number }>(federation.subgraphs.residenceCommittee.databaseUrl, `SELECT count(*)::int AS n FROM residence_registration WHERE activity = 'OFFICIAL'`);
    expect(official).toEqual([{ n: 1 }]);
  });

  it('a workplace committee bound to a workplace cell reaches its members\' registrations, and asks their wards for annual comments', async () => {
    const registration = dataset.residence.registrations.find((r) => r.status === 'ACTIVE' && standing.get(r.memberId)?.residenceDuty === 'TWO_WAY')!;
    const workplaceCell = standing.get(registration.memberId)!.workplaceCellId;
    const asCellCommittee = await federation.auth.headers('WORKPLACE_COMMITTEE', workplaceCell);
    const { data } = await federation.query<{ member: { residenceRegistration: { id: string } | null } }>(
      `query($id: ID!) { member(id: $id) { residenceRegistration { id } } }`, { id: registration.memberId }, asCellCommittee);
    expect(data!.member.residenceRegistration).toEqual({ id: registration.id });

    // The demo asked about every member for 2026 already: the cell's requests of the year are taken back first.
    await queryRows(federation.subgraphs.evaluation.databaseUrl,
      `UPDATE comment_request SET status = 'CANCELLED' WHERE purpose = 'ANNUAL' AND year = 2026 AND workplace_cell_id = $1`, [workplaceCell]);
    // The members of the cell the residence may be asked about this year: active, assigned, two-way or exempt.
    const expected = dataset.residence.registrations
      .filter((r) => r.status === 'ACTIVE' && standing.get(r.memberId)?.workplaceCellId === workplaceCell && standing.get(r.memberId)?.status === 'ACTIVE')
      .filter((r) => ['TWO_WAY', 'EXEMPT'].includes(standing.get(r.memberId)!.residenceDuty))
      .map((r) => r.memberId).sort();
    const payload = await mutate<{ commentRequests: { member: { id: string } }[]; userErrors: UserError[] }>(federation, asCellCommittee,
      `mutation($input: RequestAnnualCommentsInput!) { requestAnnualComments(input: $input) { commentRequests { member { id } } userErrors { code field message } } }`,
      { idempotencyKey: 'cell-committee-annual', workplaceOrganizationId: workplaceCell, year: 2026 });
    expect(payload.userErrors).toEqual([]);
    expect(expected.length).toBeGreaterThan(0);
    expect(payload.commentRequests.map((r) => r.member.id).sort()).toEqual(expected);
  });

  it('lists the residential cells without a semi-annual meeting in the policy months, until they hold one', async () => {
    type Edge = { node: { id: string; kind: string }; lastHeldOn: string | null; twoWayMembersWaiting: number };
    const cells = async (asOf: string) => (await federation.query<{ organization: { cellsWithoutSemiAnnualMeeting: { totalCount: number; edges: Edge[] } } }>(CELLS, { id: ward, asOf }, asWard)).data!.organization.cellsWithoutSemiAnnualMeeting;
    // The demo's cells last met on 15 June 2026: within six months on the test day, overdue from 16 December.
    expect((await cells(TEST_DAY)).edges.map((e) => e.node.id)).not.toContain(cell);
    const waiting = (await queryRows<{ n: number }>(federation.subgraphs.residenceCommittee.databaseUrl,
      `SELECT count(*)::int AS n FROM residence_registration r JOIN member_standing s ON s.member_id = r.member_id
       WHERE r.cell_id = $1 AND r.status = 'ACTIVE' AND r.activity = 'TWO_WAY' AND s.residence_duty = 'TWO_WAY'`, [cell]))[0]!.n;
    const overdue = await cells('2026-12-16');
    expect(overdue.edges.find((e) => e.node.id === cell)).toEqual({ node: { id: cell, kind: 'RESIDENTIAL_CELL' }, lastHeldOn: '2026-06-15', twoWayMembersWaiting: waiting });
    expect(overdue.edges.every((e) => e.node.kind === 'RESIDENTIAL_CELL' && e.twoWayMembersWaiting > 0)).toBe(true);
    expect(overdue.totalCount).toBe(overdue.edges.length);

    const scheduled = await mutate<{ meeting: { id: string; version: number }; userErrors: UserError[] }>(federation, asWard,
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id version } userErrors { code field message } } }`,
      { idempotencyKey: 'cells-overdue-meeting', organizationId: cell, kind: 'SEMI_ANNUAL_TWO_WAY', heldOn: '2026-12-15' });
    expect(scheduled.userErrors).toEqual([]);
    // Scheduled is not held: the cell stays on the list until it records the meeting's attendance.
    expect((await cells('2026-12-16')).edges.map((e) => e.node.id)).toContain(cell);
    clock.set('2026-12-15T05:00:00.000Z');
    const [present] = (await queryRows<{ member_id: string }>(federation.subgraphs.residenceCommittee.databaseUrl,
      `SELECT member_id FROM residence_registration WHERE cell_id = $1 AND status = 'ACTIVE' AND assigned_on <= '2026-12-15' ORDER BY member_id LIMIT 1`, [cell]));
    const recorded = await mutate<{ userErrors: UserError[] }>(federation, asWard,
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id } userErrors { code field message } } }`,
      { idempotencyKey: 'cells-overdue-record', meetingId: scheduled.meeting.id, version: scheduled.meeting.version, entries: [{ memberId: present!.member_id, status: 'PRESENT' }] });
    expect(recorded.userErrors).toEqual([]);
    const after = await cells('2026-12-16');
    expect(after.edges.map((e) => e.node.id)).not.toContain(cell);
    expect(after.totalCount).toBe(overdue.totalCount - 1);
    // Out of the caller's reach, the list is withheld (empty), not refused.
    const elsewhere = await federation.query<{ organization: { cellsWithoutSemiAnnualMeeting: { totalCount: number } } }>(CELLS, { id: ward, asOf: '2026-12-16' },
      await federation.auth.headers('WARD_COMMITTEE', organizationId('cau-giay')));
    expect(elsewhere.data!.organization.cellsWithoutSemiAnnualMeeting.totalCount).toBe(0);
  });
});
