import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { mutableClock } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { codes, mutate, type UserError } from '../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

type Payload<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };
interface Versioned { id: string; status: string; version: number }

const M = {
  issue: `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id status version } userErrors { code field message } } }`,
  receive: `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) { residenceRegistration { id status version } userErrors { code field message } } }`,
  assign: `mutation($input: AssignToResidentialCellInput!) { assignToResidentialCell(input: $input) { residenceRegistration { id status version } userErrors { code field message } } }`,
  schedule: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id status: kind version } userErrors { code field message } } }`,
  attend: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id status: kind version } userErrors { code field message } } }`,
  requestAnnual: `mutation($input: RequestAnnualCommentsInput!) { requestAnnualComments(input: $input) { commentRequests { id status version member { id } } userErrors { code field message } } }`,
  request: `mutation($input: RequestCommentsInput!) { requestComments(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  receiveRequest: `mutation($input: ReceiveCommentRequestInput!) { receiveCommentRequest(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  draft: `mutation($input: DraftResidenceCommentInput!) { draftResidenceComment(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  sign: `mutation($input: MoveCommentRequestInput!) { signResidenceComment(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  certify: `mutation($input: MoveCommentRequestInput!) { certifyResidenceComment(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  returnForm: `mutation($input: MoveCommentRequestInput!) { returnResidenceComment(input: $input) { commentRequest { id status version } userErrors { code field message } } }`,
  review: `mutation($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { annualReview { id rating score } userErrors { code field message } } }`,
  change: `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id status version } userErrors { code field message } } }`,
  transferOut: `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { memberTransfer { member { id status version } } userErrors { code field message } } }`,
  acknowledge: `mutation($input: AcknowledgeChangeNoticeInput!) { acknowledgeChangeNotice(input: $input) { changeNoticeAcknowledgement { changeNoticeId endedRegistrations { id status endReason } } userErrors { code field message } } }`,
};

/**
 * A member's year of two-way activity, through the gateway, with tokens for
 * the real roles: introduced, received, assigned; attends one semi-annual
 * meeting and misses the next; annual comments requested, drafted, signed,
 * certified, returned; reviewed and rated; then a transfer notice ends the
 * registration and cancels what is open. Each illegal step is refused.
 */
describe('a year of two-way activity', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const introduced = new Set(dataset.workplace.introductionLetters.map((l) => l.memberId));
  const member = dataset.workplace.members.find((m) => !introduced.has(m.id) && m.status === 'ACTIVE' && m.exemptionCategory === null)!;
  const ward = organizationId('dong-ngac');
  const cell = organizationId('dong-ngac/tdp-5');
  let federation: TestFederation;
  let as: Record<'workplace' | 'workplaceCell' | 'ward' | 'cell', Record<string, string>>;
  let key = 0;
  const k = () => `walk-${(key += 1)}`;
  const on = (day: string) => clock.set(`${day}T03:00:00Z`);
  const run = <P extends { userErrors: UserError[] }>(headers: Record<string, string>, document: string, input: Record<string, unknown>) =>
    mutate<P>(federation, headers, document, { idempotencyKey: k(), ...input });

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
    as = {
      workplace: await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId, { sub: 'agency-secretary', name: 'Bí thư Đảng ủy' }),
      workplaceCell: await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceCellId, { sub: 'cell-secretary', name: 'Bí thư chi bộ' }),
      ward: await federation.auth.headers('WARD_COMMITTEE', ward, { sub: 'ward-deputy', name: 'Phạm Quang Huy' }),
      cell: await federation.auth.headers('CELL_COMMITTEE', cell, { sub: 'tdp5-secretary', name: 'Lê Văn Thành' }),
    };
  });
  afterAll(async () => {
    await federation?.close();
  });

  let letter: Versioned;
  let registration: Versioned;
  let annual: Versioned;
  let memberVersion = 1;

  it('introduced, received, assigned', async () => {
    on('2027-01-05');
    const issued = await run<Payload<'introductionLetter', Versioned>>(as.workplace, M.issue, { memberId: member.id, toWardId: ward, residenceAddress: 'Số 8, ngõ 15 Đức Diễn, phường Đông Ngạc' });
    expect(issued.userErrors).toEqual([]);
    letter = issued.introductionLetter!;

    on('2027-01-12');
    const received = await run<Payload<'residenceRegistration', Versioned>>(as.ward, M.receive, { introductionLetterId: letter.id });
    expect(received.userErrors).toEqual([]);
    registration = received.residenceRegistration!;

    on('2027-01-15');
    const assigned = await run<Payload<'residenceRegistration', Versioned>>(as.ward, M.assign, { registrationId: registration.id, version: registration.version, cellId: cell });
    expect(assigned.residenceRegistration).toMatchObject({ status: 'ACTIVE' });
    registration = assigned.residenceRegistration!;
    const twice = await run<Payload<'residenceRegistration', Versioned>>(as.ward, M.assign, { registrationId: registration.id, version: registration.version, cellId: cell });
    expect(codes(twice)).toEqual(['REGISTRATION_NOT_RECEIVED']);

    // The return stub reaches the workplace through the outbox.
    await federation.settle();
    const { data } = await federation.query<{ introductionLetter: { status: string; receivedOn: string; assignedOn: string; toCell: { id: string } } }>(
      'query($id: ID!) { introductionLetter(id: $id) { status receivedOn assignedOn toCell { id } } }', { id: letter.id });
    expect(data!.introductionLetter).toEqual({ status: 'ASSIGNED', receivedOn: '2027-01-12', assignedOn: '2027-01-15', toCell: { id: cell } });
  });

  it('attends one semi-annual meeting and misses the next', async () => {
    on('2027-06-15');
    const future = await run<Payload<'meeting', Versioned>>(as.cell, M.schedule, { organizationId: cell, kind: 'SEMI_ANNUAL_TWO_WAY', heldOn: '2027-12-12', agenda: 'Sinh hoạt 6 tháng cuối năm' });
    const early = await run<Payload<'meeting', Versioned>>(as.cell, M.attend, { meetingId: future.meeting!.id, version: future.meeting!.version, entries: [{ memberId: member.id, status: 'PRESENT' }] });
    expect(codes(early)).toEqual(['MEETING_NOT_HELD_YET']);

    const first = await run<Payload<'meeting', Versioned>>(as.cell, M.schedule, { organizationId: cell, kind: 'SEMI_ANNUAL_TWO_WAY', heldOn: '2027-06-15', agenda: 'Sinh hoạt 6 tháng đầu năm' });
    const stranger = dataset.workplace.members.find((m) => !introduced.has(m.id) && m.id !== member.id)!;
    const notHere = await run<Payload<'meeting', Versioned>>(as.cell, M.attend, { meetingId: first.meeting!.id, version: first.meeting!.version, entries: [{ memberId: member.id, status: 'PRESENT' }, { memberId: stranger.id, status: 'PRESENT' }] });
    expect(notHere.userErrors).toEqual([expect.objectContaining({ code: 'NOT_REGISTERED_HERE', field: ['input', 'entries', '1', 'memberId'] })]);
    const present = await run<Payload<'meeting', Versioned>>(as.cell, M.attend, { meetingId: first.meeting!.id, version: first.meeting!.version, entries: [{ memberId: member.id, status: 'PRESENT', contribution: 'Đề nghị lắp thêm đèn chiếu sáng ngõ 15' }] });
    expect(present.userErrors).toEqual([]);

    on('2027-12-12');
    const absent = await run<Payload<'meeting', Versioned>>(as.cell, M.attend, { meetingId: future.meeting!.id, version: future.meeting!.version, entries: [{ memberId: member.id, status: 'ABSENT' }] });
    expect(absent.userErrors).toEqual([]);

    const { data } = await federation.query<{ member: { attendance: { meetingsExpected: number; present: number; absent: number; attendanceRate: number } } }>(
      'query($id: ID!) { member(id: $id) { attendance(from: "2027-01-01", to: "2027-12-31") { meetingsExpected present absent attendanceRate } } }', { id: member.id });
    expect(data!.member.attendance).toEqual({ meetingsExpected: 2, present: 1, absent: 1, attendanceRate: 0.5 });
  });

  it('annual comments requested, drafted, signed, certified, returned', async () => {
    on('2027-12-14');
    const batch = await run<Payload<'commentRequests', (Versioned & { member: { id: string } })[]>>(as.workplace, M.requestAnnual, { workplaceOrganizationId: member.workplaceOrganizationId, year: 2027 });
    expect(batch.userErrors).toEqual([]);
    annual = batch.commentRequests!.find((r) => r.member.id === member.id)!;
    expect(annual).toMatchObject({ status: 'SENT' });
    expect(batch.commentRequests!.length).toBeGreaterThan(1);
    const again = await run<Payload<'commentRequests', Versioned[]>>(as.workplace, M.requestAnnual, { workplaceOrganizationId: member.workplaceOrganizationId, year: 2027 });
    expect(again.commentRequests).toEqual([]);

    const certifyFirst = await run<Payload<'commentRequest', Versioned>>(as.ward, M.certify, { commentRequestId: annual.id, version: annual.version });
    expect(codes(certifyFirst)).toEqual(['NOT_SIGNED']);
    const wardDrafts = await federation.query(M.draft, { input: { idempotencyKey: k(), commentRequestId: annual.id, version: annual.version, levels: [2, 2, 2, 2, 2, 2] } }, as.ward);
    expect(wardDrafts.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    // The ward receives the request and names the cell that writes the comments (Quy định 213): only then may the cell draft.
    const notReceived = await run<Payload<'commentRequest', Versioned>>(as.cell, M.draft, { commentRequestId: annual.id, version: annual.version, levels: [2, 2, 2, 2, 2, 2] });
    expect(codes(notReceived)).toEqual(['NOT_RECEIVED']);
    const received = await run<Payload<'commentRequest', Versioned>>(as.ward, M.receiveRequest, { commentRequestId: annual.id, version: annual.version, cellId: cell });
    expect(received.commentRequest).toMatchObject({ status: 'RECEIVED' });
    annual = received.commentRequest!;

    on('2027-12-16');
    const level4 = await run<Payload<'commentRequest', Versioned>>(as.cell, M.draft, { commentRequestId: annual.id, version: annual.version, levels: [1, 2, 4, 1, 2, 2] });
    expect(level4.userErrors).toEqual([expect.objectContaining({ code: 'LEVEL_OUT_OF_RANGE', field: ['input', 'levels', '2'] })]);
    const tooFew = await run<Payload<'commentRequest', Versioned>>(as.cell, M.draft, { commentRequestId: annual.id, version: annual.version, levels: [1, 2] });
    expect(codes(tooFew)).toEqual(['LEVELS_DO_NOT_MATCH_CRITERIA']);
    const drafted = await run<Payload<'commentRequest', Versioned>>(as.cell, M.draft, { commentRequestId: annual.id, version: annual.version, levels: [2, 2, 2, 2, 2, 2], remarks: 'Tham gia sinh hoạt chưa đều' });
    expect(drafted.commentRequest).toMatchObject({ status: 'DRAFTED' });
    const signed = await run<Payload<'commentRequest', Versioned>>(as.cell, M.sign, { commentRequestId: annual.id, version: drafted.commentRequest!.version });
    expect(signed.commentRequest).toMatchObject({ status: 'SIGNED' });
    const redraft = await run<Payload<'commentRequest', Versioned>>(as.cell, M.draft, { commentRequestId: annual.id, version: signed.commentRequest!.version, levels: [1, 1, 1, 1, 1, 1] });
    expect(codes(redraft)).toEqual(['NOT_OPEN_FOR_DRAFT']);

    on('2027-12-18');
    const certified = await run<Payload<'commentRequest', Versioned>>(as.ward, M.certify, { commentRequestId: annual.id, version: signed.commentRequest!.version });
    expect(certified.commentRequest).toMatchObject({ status: 'CERTIFIED' });
    const returned = await run<Payload<'commentRequest', Versioned>>(as.ward, M.returnForm, { commentRequestId: annual.id, version: certified.commentRequest!.version });
    expect(returned.commentRequest).toMatchObject({ status: 'RETURNED' });
    annual = returned.commentRequest!;
  });

  it('reviewed and rated by the cell, with the residence comment it took into account', async () => {
    on('2027-12-28');
    const tooHigh = await run<Payload<'annualReview', unknown>>(as.workplaceCell, M.review, { memberId: member.id, year: 2027, score: 120, commentRequestId: annual.id });
    expect(tooHigh.userErrors).toEqual([expect.objectContaining({ code: 'SCORE_OUT_OF_RANGE', field: ['input', 'score'] })]);
    const reviewed = await run<Payload<'annualReview', { rating: string; score: number }>>(as.workplaceCell, M.review, { memberId: member.id, year: 2027, score: 78, commentRequestId: annual.id });
    expect(reviewed.annualReview).toMatchObject({ rating: 'GOOD', score: 78 });
    const twice = await run<Payload<'annualReview', unknown>>(as.workplaceCell, M.review, { memberId: member.id, year: 2027, score: 91, commentRequestId: annual.id });
    expect(codes(twice)).toEqual(['ALREADY_REVIEWED']);

    const { data } = await federation.query<{ member: { latestReview: { year: number; rating: string; residenceComment: { year: number; recommendation: string } }; commentRequests: { id: string; status: string }[] } }>(
      'query($id: ID!) { member(id: $id) { latestReview { year rating residenceComment { year recommendation } } commentRequests { id status } } }', { id: member.id });
    expect(data!.member.latestReview).toEqual({ year: 2027, rating: 'GOOD', residenceComment: { year: 2027, recommendation: 'NONE' } });
    expect(data!.member.commentRequests).toEqual([{ id: annual.id, status: 'USED_IN_REVIEW' }]);
  });

  it('a transfer notice ends the registration and cancels what is open', async () => {
    on('2028-01-10');
    const appointment = await run<Payload<'commentRequest', Versioned>>(as.workplace, M.request, { memberId: member.id, purpose: 'APPOINTMENT' });
    expect(appointment.commentRequest).toMatchObject({ status: 'SENT' });

    const { data: before } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: member.id });
    memberVersion = before!.member.version;
    const stale = await run<Payload<'memberTransfer', unknown>>(as.workplace, M.transferOut, { memberId: member.id, version: memberVersion + 5, kind: 'OFFICIAL', effectiveOn: '2028-01-10' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    // To an organisation outside this federation: nobody here takes the member in.
    const transferred = await run<Payload<'memberTransfer', { member: Versioned }>>(as.workplace, M.transferOut, { memberId: member.id, version: memberVersion, kind: 'OFFICIAL', effectiveOn: '2028-01-10', remarks: 'Chuyển sinh hoạt đến Đảng bộ tỉnh Bắc Ninh' });
    expect(transferred.memberTransfer!.member).toMatchObject({ status: 'TRANSFERRED' });
    await federation.settle();

    // Evaluation cancelled the open request at once (outbox); the ward hears of it in the quarter's notice.
    const { data: requests } = await federation.query<{ commentRequest: { status: string } }>('query($id: ID!) { commentRequest(id: $id) { status } }', { id: appointment.commentRequest!.id });
    expect(requests!.commentRequest.status).toBe('CANCELLED');

    on('2028-04-01');
    await federation.settle();
    type Notice = { id: string; period: string; items: { changeType: string; member: { id: string } }[] };
    const { data: notices } = await federation.query<{ organization: { changeNotices: { edges: { node: Notice }[] } } }>(
      'query($id: ID!) { organization(id: $id) { changeNotices(status: SENT, first: 100) { edges { node { id period items { changeType member { id } } } } } } }', { id: ward });
    const notice = notices!.organization.changeNotices.edges.map((e) => e.node).find((n) => n.items.some((i) => i.member.id === member.id))!;
    expect(notice.period).toBe('2028-Q1');
    expect(notice.items).toContainEqual({ changeType: 'TRANSFERRED', member: { id: member.id } });

    const elsewhere = await federation.query(M.acknowledge, { input: { idempotencyKey: k(), changeNoticeId: notice.id } }, await federation.auth.headers('WARD_COMMITTEE', organizationId('cau-giay')));
    // Another ward cannot see the notice: not found, and nothing changes (the acknowledgement below still ends the registration).
    expect((elsewhere.data as { acknowledgeChangeNotice: { userErrors: { code: string }[] } }).acknowledgeChangeNotice.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const acknowledged = await run<Payload<'changeNoticeAcknowledgement', { endedRegistrations: { id: string; status: string; endReason: string }[] }>>(as.ward, M.acknowledge, { changeNoticeId: notice.id });
    expect(acknowledged.changeNoticeAcknowledgement!.endedRegistrations).toEqual([{ id: registration.id, status: 'ENDED', endReason: 'TRANSFERRED' }]);
    await federation.settle();

    const { data: after } = await federation.query<{ member: { status: string; residenceRegistration: unknown; introductionLetters: { edges: { node: { status: string } }[] } }; changeNotice: { status: string } }>(
      'query($id: ID!, $notice: ID!) { member(id: $id) { status residenceRegistration { id } introductionLetters { edges { node { status } } } } changeNotice(id: $notice) { status } }', { id: member.id, notice: notice.id });
    expect(after).toEqual({ member: { status: 'TRANSFERRED', residenceRegistration: null, introductionLetters: { edges: [{ node: { status: 'ENDED' } }] } }, changeNotice: { status: 'ACKNOWLEDGED' } });

    // A letter of a transferred member cannot be received any more.
    const late = await run<Payload<'residenceRegistration', Versioned>>(as.ward, M.receive, { introductionLetterId: letter.id });
    expect(codes(late)).toEqual(['LETTER_NOT_OPEN']);
  });

  it('delivered every effect: no outbox message left undelivered or refused', async () => {
    for (const subgraph of Object.values(federation.subgraphs)) {
      const rows = await queryRows<{ pending: number; refused: number; delivered: number }>(subgraph.databaseUrl,
        `SELECT count(*) FILTER (WHERE delivered_at IS NULL AND refused_at IS NULL)::int AS pending,
                count(*) FILTER (WHERE refused_at IS NOT NULL)::int AS refused,
                count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered FROM outbox_message`);
      expect([subgraph.name, rows[0]!.pending, rows[0]!.refused]).toEqual([subgraph.name, 0, 0]);
    }
  });
});
