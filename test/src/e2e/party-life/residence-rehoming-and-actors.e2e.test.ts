import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { mutableClock } from '@twoway/platform';
import { startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../../support/test-day.js';

const ERRORS = 'userErrors { code field message }';
const M = {
  transferOut: `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { memberTransfer { id version } ${ERRORS} } }`,
  takeIn: `mutation($input: ReceiveTransferredMemberInput!) { receiveTransferredMember(input: $input) { memberTransfer { id } ${ERRORS} } }`,
  issue: `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id status } ${ERRORS} } }`,
  receive: `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) {
    residenceRegistration { id status version introductionLetterId cell { id } history { edges { node { action } } } } ${ERRORS} } }`,
  change: `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id version } ${ERRORS} } }`,
  acknowledge: `mutation($input: AcknowledgeChangeNoticeInput!) { acknowledgeChangeNotice(input: $input) { changeNoticeAcknowledgement { endedRegistrations { id } } ${ERRORS} } }`,
  record: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id } ${ERRORS} } }`,
};

/**
 * Issue 13 at residence: who acts (a committee only from a node of its own
 * kind), in Vietnamese first; and re-homing: a member transferred to another
 * agency who still lives in the same ward keeps their registration when the
 * ward receives the new workplace's letter, and the old workplace's transfer
 * item in its change notice no longer ends it. The same for a member who moves
 * to another street of the same ward: the workplace's new letter re-homes the
 * registration, and the RESIDENCE_CHANGED item does not end it.
 */
describe('residence: committees act from their own kind of node; a transferred member is re-homed', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const ward = organizationId('dong-ngac');
  const cell = organizationId('dong-ngac/tdp-7');
  const standing = new Map(dataset.residence.memberStandings.map((s) => [s.memberId, s]));
  const registration = dataset.residence.registrations.find((r) => r.cellId === cell && r.status === 'ACTIVE' && standing.get(r.memberId)?.residenceDuty === 'TWO_WAY')!;
  const member = dataset.workplace.members.find((m) => m.id === registration.memberId)!;
  // Another two-way member of the cell, active at a workplace other than the transferred member's.
  const moverRegistration = dataset.residence.registrations.find((r) => r.cellId === cell && r.status === 'ACTIVE' && r.id !== registration.id
    && standing.get(r.memberId)?.residenceDuty === 'TWO_WAY' && standing.get(r.memberId)?.workplaceOrganizationId !== member.workplaceOrganizationId)!;
  const mover = dataset.workplace.members.find((m) => m.id === moverRegistration.memberId)!;
  const newAgency = dataset.organizations.find((o) => o.kind === 'AGENCY' && o.id !== member.workplaceOrganizationId && o.validTo === null)!;
  const newCell = dataset.organizations.find((o) => o.kind === 'WORKPLACE_CELL' && o.parentId === newAgency.id && o.validTo === null)!;
  let federation: TestFederation;
  let asWard: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
    asWard = await federation.auth.headers('WARD_COMMITTEE', ward);
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('a cell committee\'s register keeps the members who moved away, by name', async () => {
    const moved = dataset.residence.registrations.find((r) => r.status === 'ENDED' && r.cellId !== null)!;
    type Register = { organization: { registeredMembers: { edges: { node: { id: string; status: string; member: { id: string; fullName: string } } }[] } } };
    const response = await federation.query<Register>(`query($id: ID!) { organization(id: $id) { registeredMembers(status: ENDED, first: 100) {
      edges { node { id status member { id fullName } } } } } }`, { id: moved.cellId }, await federation.auth.headers('CELL_COMMITTEE', moved.cellId!));
    expect(response.errors).toBeUndefined();
    const fullName = dataset.workplace.members.find((m) => m.id === moved.memberId)!.fullName;
    expect(response.data!.organization.registeredMembers.edges.map((e) => e.node)).toContainEqual({ id: moved.id, status: 'ENDED', member: { id: moved.memberId, fullName } });
  });

  const forbidden = (response: GraphQLResponse) => ({ code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message });

  it('a ward committee token bound to the province receives no letter: FORBIDDEN, in Vietnamese, in English on request', async () => {
    const letter = dataset.workplace.introductionLetters.find((l) => l.status === 'ISSUED' && l.toWardId === ward)!;
    const tooHigh = await federation.auth.headers('WARD_COMMITTEE', organizationId('ha-noi'));
    const input = { idempotencyKey: 'receive-from-province', introductionLetterId: letter.id };
    const vietnamese = await federation.query(M.receive, { input }, tooHigh);
    expect(forbidden(vietnamese)).toEqual({ code: 'FORBIDDEN', message: 'Việc này do cấp ủy của đảng ủy xã, phường làm; mã truy cập của bạn gắn với tỉnh, thành ủy' });
    const english = await federation.query(M.receive, { input }, { ...tooHigh, 'accept-language': 'en' });
    expect(forbidden(english)).toEqual({ code: 'FORBIDDEN', message: 'This is done by the committee of a WARD node; your token is bound to a PROVINCE node' });
    const { data } = await federation.query<{ introductionLetter: { receipt: unknown } }>('query($id: ID!) { introductionLetter(id: $id) { receipt { status } } }', { id: letter.id });
    expect(data!.introductionLetter.receipt).toBeNull();
  });

  it('a cell committee token bound to the ward records no attendance: FORBIDDEN', async () => {
    const meeting = dataset.residence.meetings.find((m) => m.organizationId === cell && m.heldOn < TEST_DAY)!;
    const cellTokenOnWard = await federation.auth.headers('CELL_COMMITTEE', ward);
    const response = await federation.query(M.record, { input: { idempotencyKey: 'record-from-ward', meetingId: meeting.id, version: 1, entries: [{ memberId: member.id, status: 'PRESENT' }] } }, cellTokenOnWard);
    expect(forbidden(response)).toEqual({ code: 'FORBIDDEN', message: 'Việc này do cấp ủy của chi bộ khu dân cư làm; mã truy cập của bạn gắn với đảng ủy xã, phường' });
  });

  it('a rule refused in Vietnamese, in English when asked: LETTER_NOT_OPEN', async () => {
    const letter = dataset.residence.letterReceipts.find((r) => r.status === 'RECEIVED' && r.wardId === ward)!;
    const vietnamese = await mutate<{ userErrors: UserError[] }>(federation, asWard, M.receive, { idempotencyKey: 'receive-again-vi', introductionLetterId: letter.id });
    const english = await mutate<{ userErrors: UserError[] }>(federation, { ...asWard, 'accept-language': 'en' }, M.receive, { idempotencyKey: 'receive-again-en', introductionLetterId: letter.id });
    // The letter is no longer open at the workplace (it was received and assigned): LETTER_NOT_OPEN comes first.
    expect(vietnamese.userErrors).toEqual([{ code: 'LETTER_NOT_OPEN', field: ['input', 'introductionLetterId'], message: expect.stringMatching(/^Giấy giới thiệu .* ở nơi công tác, không còn để tiếp nhận$/) }]);
    expect(english.userErrors).toEqual([{ code: 'LETTER_NOT_OPEN', field: ['input', 'introductionLetterId'], message: expect.stringMatching(/^The letter is .* at the workplace, not open$/) }]);
  });

  let newLetterId: string;

  it('transferred to another agency, still living in the ward: the new letter re-homes the registration', async () => {
    const sending = await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId);
    const receiving = await federation.auth.headers('WORKPLACE_COMMITTEE', newAgency.id);
    const { data } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: member.id }, sending);
    const sent = await mutate<{ memberTransfer: { id: string; version: number }; userErrors: UserError[] }>(federation, sending, M.transferOut, {
      idempotencyKey: 'rehome-transfer', memberId: member.id, version: data!.member.version, kind: 'OFFICIAL', toOrganizationId: newAgency.id, effectiveOn: TEST_DAY,
    });
    expect(sent.userErrors).toEqual([]);
    const takenIn = await mutate<{ userErrors: UserError[] }>(federation, receiving, M.takeIn, {
      idempotencyKey: 'rehome-take-in', transferId: sent.memberTransfer.id, version: sent.memberTransfer.version, workplaceCellId: newCell.id,
    });
    expect(takenIn.userErrors).toEqual([]);
    const issued = await mutate<{ introductionLetter: { id: string }; userErrors: UserError[] }>(federation, receiving, M.issue, {
      idempotencyKey: 'rehome-letter', memberId: member.id, toWardId: ward, residenceAddress: 'Số 8, ngõ 2 Đông Ngạc, Hà Nội',
    });
    expect(issued.userErrors).toEqual([]);
    newLetterId = issued.introductionLetter.id;
    await federation.settle();

    const received = await mutate<{ residenceRegistration: { id: string; status: string; version: number; introductionLetterId: string; cell: { id: string }; history: { edges: { node: { action: string } }[] } }; userErrors: UserError[] }>(
      federation, asWard, M.receive, { idempotencyKey: 'rehome-receive', introductionLetterId: newLetterId });
    expect(received.userErrors).toEqual([]);
    expect(received.residenceRegistration).toMatchObject({ id: registration.id, status: 'ACTIVE', introductionLetterId: newLetterId, cell: { id: cell }, version: 2 });
    expect(received.residenceRegistration.history.edges.map((e) => e.node.action)).toEqual(['UPDATE']);
    await federation.settle();
    // The new workplace hears at once that its letter is received and assigned, with the cell.
    const { data: letter } = await federation.query<{ introductionLetter: { status: string; receipt: { status: string; registration: { id: string } } } }>(
      'query($id: ID!) { introductionLetter(id: $id) { status receipt { status registration { id } } } }', { id: newLetterId }, receiving);
    expect(letter!.introductionLetter).toEqual({ status: 'ASSIGNED', receipt: { status: 'RECEIVED', registration: { id: registration.id } } });
    // The member is reached by the new workplace cell's committee through the projected standing.
    const { data: standingNow } = await federation.query<{ member: { residenceRegistration: { id: string } | null } }>('query($id: ID!) { member(id: $id) { residenceRegistration { id } } }', { id: member.id },
      await federation.auth.headers('WORKPLACE_COMMITTEE', newCell.id));
    expect(standingNow!.member.residenceRegistration).toEqual({ id: registration.id });
  });

  let moverLetterId: string;

  it('moved to another street of the same ward: the workplace reports it, and its new letter re-homes the registration', async () => {
    const workplace = await federation.auth.headers('WORKPLACE_COMMITTEE', mover.workplaceOrganizationId);
    const { data } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: mover.id }, workplace);
    const changed = await mutate<{ userErrors: UserError[] }>(federation, workplace, M.change, {
      idempotencyKey: 'move-in-ward', memberId: mover.id, version: data!.member.version, changeType: 'RESIDENCE_CHANGED', effectiveOn: TEST_DAY,
    });
    expect(changed.userErrors).toEqual([]);
    const issued = await mutate<{ introductionLetter: { id: string }; userErrors: UserError[] }>(federation, workplace, M.issue, {
      idempotencyKey: 'move-in-ward-letter', memberId: mover.id, toWardId: ward, residenceAddress: 'Số 3, ngõ 15 Đông Ngạc, Hà Nội',
    });
    expect(issued.userErrors).toEqual([]);
    moverLetterId = issued.introductionLetter.id;
    await federation.settle();
    const received = await mutate<{ residenceRegistration: { id: string; status: string; introductionLetterId: string }; userErrors: UserError[] }>(
      federation, asWard, M.receive, { idempotencyKey: 'move-in-ward-receive', introductionLetterId: moverLetterId });
    expect(received.userErrors).toEqual([]);
    expect(received.residenceRegistration).toMatchObject({ id: moverRegistration.id, status: 'ACTIVE', introductionLetterId: moverLetterId });
  });

  /** The ward acknowledges the SENT change notice carrying the member's item of that type: the registrations it ended, and the member's registration after it. */
  async function acknowledgeItem(changeType: string, memberId: string, registrationId: string, idempotencyKey: string) {
    type Notices = { organization: { changeNotices: { edges: { node: { id: string; items: { changeType: string; member: { id: string } }[] } }[] } } };
    const { data } = await federation.query<Notices>(`query($id: ID!) { organization(id: $id) { changeNotices(status: SENT, first: 100) {
      edges { node { id items { changeType member { id } } } } } } }`, { id: ward }, asWard);
    const notice = data!.organization.changeNotices.edges.map((e) => e.node).find((n) => n.items.some((i) => i.changeType === changeType && i.member.id === memberId));
    expect(notice).toBeDefined();
    const acknowledged = await mutate<{ changeNoticeAcknowledgement: { endedRegistrations: { id: string }[] }; userErrors: UserError[] }>(
      federation, asWard, M.acknowledge, { idempotencyKey, changeNoticeId: notice!.id });
    expect(acknowledged.userErrors).toEqual([]);
    const { data: after } = await federation.query<{ residenceRegistration: { status: string; introductionLetterId: string } }>(
      'query($id: ID!) { residenceRegistration(id: $id) { status introductionLetterId } }', { id: registrationId }, asWard);
    return { ended: acknowledged.changeNoticeAcknowledgement.endedRegistrations.map((r) => r.id), registration: after!.residenceRegistration };
  }

  it('the old workplace\'s transfer item no longer ends the re-homed registration', async () => {
    clock.set('2027-01-02T05:00:00.000Z');
    await federation.settle();
    const { ended, registration: after } = await acknowledgeItem('TRANSFERRED', member.id, registration.id, 'rehome-ack');
    expect(ended).not.toContain(registration.id);
    expect(after).toEqual({ status: 'ACTIVE', introductionLetterId: newLetterId });
  });

  it('the agency that transferred the member out still names them in its change notices', async () => {
    type Notices = { organization: { changeNotices: { edges: { node: { items: { changeType: string; member: { id: string; fullName: string } }[] } }[] } } };
    const response = await federation.query<Notices>(`query($id: ID!) { organization(id: $id) { changeNotices(first: 100) {
      edges { node { items { changeType member { id fullName } } } } } } }`, { id: member.workplaceOrganizationId }, await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId));
    expect(response.errors).toBeUndefined();
    const items = response.data!.organization.changeNotices.edges.flatMap((e) => e.node.items);
    expect(items).toContainEqual({ changeType: 'TRANSFERRED', member: { id: member.id, fullName: member.fullName } });
  });

  it('nor does the move\'s RESIDENCE_CHANGED item end the registration its new letter re-homed', async () => {
    const { ended, registration: after } = await acknowledgeItem('RESIDENCE_CHANGED', mover.id, moverRegistration.id, 'move-in-ward-ack');
    expect(ended).not.toContain(moverRegistration.id);
    expect(after).toEqual({ status: 'ACTIVE', introductionLetterId: moverLetterId });
  });
});
