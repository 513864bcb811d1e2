import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { addDays } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { TEST_DAY } from '../support/test-day.js';

interface UserError { code: string; field: string[] }
interface Letter { id: string; number: string; status: string; dueOn: string; version: number; history: { totalCount: number; edges: { node: { action: string; actorRole: string } }[] }; receipt: { status: string } | null }
interface Registration { id: string; status: string; version: number; cell: { id: string } | null; ward: { id: string } }

const ISSUE = `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) {
  introductionLetter { id number status dueOn version history { totalCount edges { node { action actorRole } } } receipt { status } } userErrors { code field message } } }`;
const RECEIVE = `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) {
  residenceRegistration { id status version ward { id } cell { id } } userErrors { code field message } } }`;
const ASSIGN = `mutation($input: AssignToResidentialCellInput!) { assignToResidentialCell(input: $input) {
  residenceRegistration { id status version ward { id } cell { id } } userErrors { code field message } } }`;

describe('introduction: issued, received, assigned', () => {
  let federation: TestFederation;
  const dataset = buildDemoDataset(TEST_DAY);
  const introduced = new Set(dataset.workplace.introductionLetters.map((l) => l.memberId));
  const [member, other] = dataset.workplace.members.filter((m) => !introduced.has(m.id) && m.status === 'ACTIVE');
  const ward = organizationId('dong-ngac');
  const cell = organizationId('dong-ngac/tdp-5');
  let workplace: Record<string, string>;
  let wardCommittee: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation();
    workplace = await federation.auth.headers('WORKPLACE_COMMITTEE', member!.workplaceOrganizationId, { sub: 'wc-secretary', name: 'Nguyễn Văn Bình' });
    wardCommittee = await federation.auth.headers('WARD_COMMITTEE', ward, { sub: 'dong-ngac-deputy' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  const issue = (input: Record<string, unknown>, headers = workplace) =>
    federation.query<{ issueIntroductionLetter: { introductionLetter: Letter | null; userErrors: UserError[] } }>(ISSUE, { input }, headers);
  const receive = (input: Record<string, unknown>, headers = wardCommittee) =>
    federation.query<{ receiveIntroductionLetter: { residenceRegistration: Registration | null; userErrors: UserError[] } }>(RECEIVE, { input }, headers);
  const assign = (input: Record<string, unknown>, headers = wardCommittee) =>
    federation.query<{ assignToResidentialCell: { residenceRegistration: Registration | null; userErrors: UserError[] } }>(ASSIGN, { input }, headers);

  let letter: Letter;
  let registration: Registration;

  it('the workplace committee issues a letter due within the policy deadline, once per idempotency key', async () => {
    const input = { idempotencyKey: 'letter-1', memberId: member!.id, toWardId: ward, residenceAddress: 'Số 12, ngõ 15 Đức Diễn, phường Đông Ngạc, Hà Nội' };
    const first = await issue(input);
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueIntroductionLetter.userErrors).toEqual([]);
    letter = first.data!.issueIntroductionLetter.introductionLetter!;
    expect(letter).toMatchObject({ status: 'ISSUED', dueOn: addDays(TEST_DAY, 30), version: 1, receipt: null });
    expect(letter.history).toEqual({ totalCount: 1, edges: [{ node: { action: 'CREATE', actorRole: 'WORKPLACE_COMMITTEE' } }] });

    const retry = await issue(input);
    expect(retry.data!.issueIntroductionLetter.introductionLetter!.id).toBe(letter.id);
    const { data } = await federation.query<{ member: { introductionLetters: { edges: { node: { id: string } }[] } } }>(
      'query($id: ID!) { member(id: $id) { introductionLetters { edges { node { id } } } } }', { id: member!.id });
    expect(data!.member.introductionLetters.edges.map((e) => e.node.id)).toEqual([letter.id]);
  });

  it('the same key from another principal is that principal\'s own key', async () => {
    const colleague = await federation.auth.headers('WORKPLACE_COMMITTEE', other!.workplaceOrganizationId, { sub: 'another-secretary' });
    const response = await issue({ idempotencyKey: 'letter-1', memberId: other!.id, toWardId: ward, residenceAddress: 'Số 3, đường Đông Ngạc, Hà Nội' }, colleague);
    const theirs = response.data!.issueIntroductionLetter.introductionLetter!;
    expect(theirs.id).not.toBe(letter.id);
  });

  it('refuses bad letters with codes and changes nothing', async () => {
    const notWard = await issue({ idempotencyKey: 'letter-bad-1', memberId: member!.id, toWardId: organizationId('dong-ngac/tdp-7'), residenceAddress: 'Số 1, Hà Nội, Việt Nam' });
    expect(notWard.data!.issueIntroductionLetter.userErrors).toEqual([{ code: 'NOT_A_WARD', field: ['input', 'toWardId'], message: expect.any(String) }]);
    const oldWard = await issue({ idempotencyKey: 'letter-bad-2', memberId: member!.id, toWardId: organizationId('duc-thang'), residenceAddress: 'Số 1, Hà Nội, Việt Nam' });
    expect(oldWard.data!.issueIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['NOT_A_WARD']);
    const { data } = await federation.query<{ member: { introductionLetters: { totalCount: number; edges: { node: { id: string; status: string } }[] } } }>(
      'query($id: ID!) { member(id: $id) { introductionLetters { totalCount edges { node { id status } } } } }', { id: member!.id });
    expect(data!.member.introductionLetters).toEqual({ totalCount: 1, edges: [{ node: { id: letter.id, status: 'ISSUED' } }] });
  });

  it('a ward committee acts only for its own ward, a workplace committee only for its own members', async () => {
    const elsewhere = await federation.auth.headers('WARD_COMMITTEE', organizationId('cau-giay'));
    // Another ward cannot see the letter at all: it is not found (no answer confirms it exists), and nothing changes.
    const refused = await receive({ idempotencyKey: 'receive-x', introductionLetterId: letter.id }, elsewhere);
    expect(refused.data!.receiveIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const { data: unchanged } = await federation.query<{ introductionLetter: { status: string } }>('query($id: ID!) { introductionLetter(id: $id) { status } }', { id: letter.id });
    expect(unchanged!.introductionLetter.status).toBe('ISSUED');
    const otherAgency = dataset.workplace.members.find((m) => m.workplaceOrganizationId !== member!.workplaceOrganizationId)!;
    const notOurs = await issue({ idempotencyKey: 'letter-x', memberId: otherAgency.id, toWardId: ward, residenceAddress: 'Số 9, Hà Nội, Việt Nam' });
    // Nor can a workplace committee see another agency's member: not found, and no letter is issued.
    expect(notOurs.data!.issueIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const [{ n }] = await federation.subgraphs.workplaceCommittee.dataSource.query(`SELECT count(*)::int AS n FROM introduction_letter WHERE member_id = $1`, [otherAgency.id]) as [{ n: number }];
    expect(n).toBe(dataset.workplace.introductionLetters.filter((l) => l.memberId === otherAgency.id).length);
  });

  it('the ward receives the letter, checked with its owner, and lists the member', async () => {
    const response = await receive({ idempotencyKey: 'receive-1', introductionLetterId: letter.id });
    expect(response.data!.receiveIntroductionLetter.userErrors).toEqual([]);
    registration = response.data!.receiveIntroductionLetter.residenceRegistration!;
    expect(registration).toMatchObject({ status: 'RECEIVED', ward: { id: ward }, cell: null, version: 1 });
    const again = await receive({ idempotencyKey: 'receive-2', introductionLetterId: letter.id });
    expect(again.data!.receiveIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['ALREADY_RECEIVED']);
    const unknown = await receive({ idempotencyKey: 'receive-3', introductionLetterId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.data!.receiveIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const { data } = await federation.query<{ introductionLetter: { receipt: { status: string; registration: { id: string } } } }>(
      'query($id: ID!) { introductionLetter(id: $id) { receipt { status registration { id } } } }', { id: letter.id });
    expect(data!.introductionLetter.receipt).toEqual({ status: 'RECEIVED', registration: { id: registration.id } });
  });

  it('assigns to a cell of the ward once: a stale version or a cell elsewhere is refused', async () => {
    const elsewhere = await assign({ idempotencyKey: 'assign-x', registrationId: registration.id, version: registration.version, cellId: organizationId('cau-giay/tdp-19') });
    expect(elsewhere.data!.assignToResidentialCell.userErrors.map((e) => e.code)).toEqual(['CELL_NOT_IN_WARD']);
    // A cell of the ward that opens next month is not in force today either.
    const opening = await federation.query<{ createResidenceOrganization: { organization: { id: string } | null; userErrors: UserError[] } }>(
      'mutation($input: CreateOrganizationUnitInput!) { createResidenceOrganization(input: $input) { organization { id } userErrors { code field message } } }',
      { input: { idempotencyKey: 'cell-next-month', parentId: ward, kind: 'RESIDENTIAL_CELL', name: 'Chi bộ Tổ dân phố số 30', validFrom: addDays(TEST_DAY, 30) } },
      await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'), { sub: 'city-organisation-board' }));
    expect(opening.data!.createResidenceOrganization.userErrors).toEqual([]);
    await federation.settle();
    const notYet = await assign({ idempotencyKey: 'assign-next-month', registrationId: registration.id, version: registration.version, cellId: opening.data!.createResidenceOrganization.organization!.id });
    expect(notYet.data!.assignToResidentialCell.userErrors.map((e) => e.code)).toEqual(['CELL_NOT_IN_WARD']);
    const stale = await assign({ idempotencyKey: 'assign-stale', registrationId: registration.id, version: registration.version + 7, cellId: cell });
    expect(stale.data!.assignToResidentialCell.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'version'], message: expect.any(String) }]);

    // Two committee members assign at the same moment from the same version: exactly one wins.
    const [a, b] = await Promise.all([
      assign({ idempotencyKey: 'assign-a', registrationId: registration.id, version: registration.version, cellId: cell }),
      assign({ idempotencyKey: 'assign-b', registrationId: registration.id, version: registration.version, cellId: organizationId('dong-ngac/tdp-7') }),
    ]);
    const outcomes = [a, b].map((r) => r.data!.assignToResidentialCell);
    const winners = outcomes.filter((o) => o.userErrors.length === 0);
    const losers = outcomes.filter((o) => o.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers.map((o) => o.userErrors[0]!.code)).toEqual(['CONFLICT']);
    expect(winners[0]!.residenceRegistration).toMatchObject({ status: 'ACTIVE', version: registration.version + 1 });
    const { data } = await federation.query<{ member: { residenceRegistration: { status: string; history: { edges: { node: { action: string } }[] } } } }>(
      'query($id: ID!) { member(id: $id) { residenceRegistration { status history { edges { node { action } } } } } }', { id: member!.id });
    expect(data!.member.residenceRegistration).toEqual({ status: 'ACTIVE', history: { edges: [{ node: { action: 'CREATE' } }, { node: { action: 'UPDATE' } }] } });
    // A page of the history at a time, oldest first: the second entry after the first's cursor.
    type History = { member: { residenceRegistration: { history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { action: string } }[] } } } };
    const page = (after: string | null) => federation.query<History>(
      'query($id: ID!, $after: String) { member(id: $id) { residenceRegistration { history(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { action } } } } } }', { id: member!.id, after });
    const first = (await page(null)).data!.member.residenceRegistration.history;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { action: 'CREATE' } }] });
    const second = (await page(first.pageInfo.endCursor)).data!.member.residenceRegistration.history;
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { action: 'UPDATE' } }] });
  });

  it('a letter for the wrong ward is returned, and the workplace sees it returned', async () => {
    const lost = dataset.workplace.members.filter((m) => !introduced.has(m.id) && m.status === 'ACTIVE')[2]!;
    const headers = await federation.auth.headers('WORKPLACE_COMMITTEE', lost.workplaceOrganizationId, { sub: 'third-secretary' });
    const issued = await issue({ idempotencyKey: 'letter-wrong-ward', memberId: lost.id, toWardId: ward, residenceAddress: 'Số 77, phố Trần Cung, Hà Nội' }, headers);
    const id = issued.data!.issueIntroductionLetter.introductionLetter!.id;
    const RETURN = `mutation($input: ReturnIntroductionLetterInput!) { returnIntroductionLetter(input: $input) { letterReceipt { status returnReason registration { id } } userErrors { code field message } } }`;
    const noReason = await federation.query<{ returnIntroductionLetter: { userErrors: UserError[] } }>(RETURN, { input: { idempotencyKey: 'return-0', introductionLetterId: id, reason: ' ' } }, wardCommittee);
    expect(noReason.data!.returnIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['REASON_REQUIRED']);
    const returned = await federation.query<{ returnIntroductionLetter: { letterReceipt: unknown; userErrors: UserError[] } }>(RETURN, { input: { idempotencyKey: 'return-1', introductionLetterId: id, reason: 'Địa chỉ không thuộc địa bàn phường' } }, wardCommittee);
    expect(returned.data!.returnIntroductionLetter).toEqual({ letterReceipt: { status: 'RETURNED', returnReason: 'Địa chỉ không thuộc địa bàn phường', registration: null }, userErrors: [] });
    await federation.settle();
    const { data } = await federation.query<{ introductionLetter: { status: string; returnReason: string } }>('query($id: ID!) { introductionLetter(id: $id) { status returnReason } }', { id });
    expect(data!.introductionLetter).toEqual({ status: 'RETURNED', returnReason: 'Địa chỉ không thuộc địa bàn phường' });
    const late = await receive({ idempotencyKey: 'receive-returned', introductionLetterId: id });
    expect(late.data!.receiveIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['LETTER_NOT_OPEN']);
  });

  it('shows a letter never presented within the policy deadline as overdue', async () => {
    const neverPresented = dataset.workplace.introductionLetters.filter((l) => l.status === 'ISSUED');
    const { data } = await federation.query<{ a: { overdue: boolean; dueOn: string }; b: { overdue: boolean; dueOn: string } }>(
      'query($a: ID!, $b: ID!) { a: introductionLetter(id: $a) { overdue dueOn } b: introductionLetter(id: $b) { overdue dueOn } }',
      { a: neverPresented.find((l) => l.dueOn < TEST_DAY)!.id, b: neverPresented.find((l) => l.dueOn >= TEST_DAY)!.id });
    expect(data!.a.overdue).toBe(true);
    expect(data!.b.overdue).toBe(false);
  });
});
