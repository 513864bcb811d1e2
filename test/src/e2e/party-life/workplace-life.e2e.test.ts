import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { addDays, mutableClock } from '@twoway/platform';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { codes, mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../../support/test-day.js';

/**
 * The workplace side of a member's Party life (docs/party-life.md): admission,
 * transfer out and in, retirement, moving home, special duty, presenting the
 * letter, and the oversight lists that show a member exactly while they are
 * missing. Through the gateway, every refusal coded and in Vietnamese.
 */
type Payload<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };
interface MemberView {
  id: string; status: string; version: number; residenceDuty: string; needsNewIntroduction: boolean; introductionDueSince: string | null;
  workplaceOrganization: { id: string }; workplaceCell: { id: string };
  introductionLetters: { edges: { node: { id: string; number: string; status: string; endReason: string | null; endedOn: string | null } }[] };
}
interface TransferView { id: string; status: string; version: number; kind: string; dueBy: string; receivedOn: string | null; member: { id: string; status: string }; toOrganization: { id: string } | null; toCell: { id: string } | null }

const MEMBER_FIELDS = `id status version residenceDuty needsNewIntroduction introductionDueSince workplaceOrganization { id } workplaceCell { id }
  introductionLetters(first: 10) { edges { node { id number status endReason endedOn } } }`;
const TRANSFER_FIELDS = 'id status version kind dueBy receivedOn member { id status } toOrganization { id } toCell { id }';
const ADMIT = `mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { ${MEMBER_FIELDS} } userErrors { code field message } } }`;
const ISSUE = `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id number status version issuedOn } userErrors { code field message } } }`;
const PRESENT = `mutation($input: PresentIntroductionLetterInput!) { presentIntroductionLetter(input: $input) { introductionLetter { id status presentedOn version } userErrors { code field message } } }`;
const TRANSFER_OUT = `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { memberTransfer { ${TRANSFER_FIELDS} } userErrors { code field message } } }`;
const RECEIVE_TRANSFER = `mutation($input: ReceiveTransferredMemberInput!) { receiveTransferredMember(input: $input) { memberTransfer { ${TRANSFER_FIELDS} } userErrors { code field message } } }`;
const RETIRE = `mutation($input: RetireMemberInput!) { retireMember(input: $input) { member { ${MEMBER_FIELDS} } userErrors { code field message } } }`;
const CHANGE = `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { ${MEMBER_FIELDS} } userErrors { code field message } } }`;
const LEAVING = `mutation($input: ReportLeavingResidenceInput!) { reportLeavingResidence(input: $input) { residenceRegistration { id status } userErrors { code field message } } }`;

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('a member\'s Party life, the workplace side', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const taiChinh = organizationId('so-tai-chinh');
  const taiChinhCell = organizationId('so-tai-chinh/cell-1');
  const yTe = organizationId('so-y-te');
  const yTeCell = organizationId('so-y-te/cell-2');
  const dongNgac = organizationId('dong-ngac');
  const registrationOf = new Map(dataset.residence.registrations.filter((r) => r.status === 'ACTIVE').map((r) => [r.memberId, r]));
  const openLetters = (memberId: string) => dataset.workplace.introductionLetters.filter((l) => l.memberId === memberId && ['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(l.status));
  /** Active, not exempt members assigned to a residential cell by their one open letter. */
  const assigned = dataset.workplace.members.filter((m) => m.status === 'ACTIVE' && m.exemptionCategory === null && registrationOf.has(m.id)
    && openLetters(m.id).length === 1 && openLetters(m.id)[0]!.status === 'ASSIGNED' && m.workplaceOrganizationId !== yTe);
  let federation: TestFederation;
  let key = 0;
  const k = () => `life-${(key += 1)}`;
  const committeeOf = (agency: string) => federation.auth.headers('WORKPLACE_COMMITTEE', agency, { sub: `wc-${agency}`, name: 'Nguyễn Thị Thu' });
  const read = async (id: string, headers?: Record<string, string>) =>
    (await federation.query<{ member: MemberView | null }>(`query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`, { id }, headers)).data!.member;

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
  });
  afterAll(async () => {
    await federation?.close();
  });

  describe('admission', () => {
    const admission = (over: Record<string, unknown> = {}) => ({
      idempotencyKey: k(), fullName: 'Lê Thị Hồng Nhung', sex: 'FEMALE', birthDate: '1998-04-12', admissionDate: '2026-10-01', workplaceCellId: taiChinhCell,
      citizenId: '001198012345', dossierNumber: 'HN-2026-0917', position: 'Chuyên viên', ...over,
    });
    let admitted: MemberView;

    it('the grassroots committee admits a member: active, probationary, due for introduction since the admission day', async () => {
      const payload = await mutate<Payload<'member', MemberView>>(federation, await committeeOf(taiChinh), ADMIT, admission());
      expect(payload.userErrors).toEqual([]);
      admitted = payload.member!;
      expect(admitted).toMatchObject({
        status: 'ACTIVE', version: 1, residenceDuty: 'TWO_WAY', needsNewIntroduction: true, introductionDueSince: '2026-10-01',
        workplaceOrganization: { id: taiChinh }, workplaceCell: { id: taiChinhCell }, introductionLetters: { edges: [] },
      });
      const { data } = await federation.query<{ member: { fullMembershipDate: string | null; partyCardNumber: string | null; citizenId: string } }>(
        'query($id: ID!) { member(id: $id) { fullMembershipDate partyCardNumber citizenId } }', { id: admitted.id });
      expect(data!.member).toEqual({ fullMembershipDate: null, partyCardNumber: null, citizenId: '001198012345' });
    });

    it('refuses a bad admission with codes and Vietnamese messages (English on request), and admits nobody', async () => {
      const headers = await committeeOf(taiChinh);
      const underAge = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ birthDate: '2010-01-01', citizenId: null, dossierNumber: null }));
      expect(underAge.userErrors).toEqual([{ code: 'UNDER_AGE', field: ['input', 'birthDate'], message: expect.stringMatching(VIETNAMESE) }]);
      const future = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ admissionDate: addDays(TEST_DAY, 1), citizenId: null, dossierNumber: null }));
      expect(codes(future)).toEqual(['EFFECTIVE_DATE_IN_FUTURE']);
      const otherAgencysCell = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ workplaceCellId: yTeCell, citizenId: null, dossierNumber: null }));
      expect(codes(otherAgencysCell)).toEqual(['NOT_A_WORKPLACE_CELL']);
      const notACell = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ workplaceCellId: dongNgac, citizenId: null, dossierNumber: null }));
      expect(codes(notACell)).toEqual(['NOT_A_WORKPLACE_CELL']);
      const badId = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ citizenId: '12345', dossierNumber: null }));
      expect(codes(badId)).toEqual(['CITIZEN_ID_INVALID']);
      const taken = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ dossierNumber: null }));
      expect(taken.userErrors).toEqual([{ code: 'CITIZEN_ID_TAKEN', field: ['input', 'citizenId'], message: 'Số căn cước công dân này đã có trong hồ sơ một đảng viên khác' }]);
      const dossier = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ citizenId: null }));
      expect(codes(dossier)).toEqual(['DOSSIER_NUMBER_TAKEN']);
      const longDossier = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ citizenId: null, dossierNumber: 'HN-'.padEnd(33, '0') }));
      expect(longDossier.userErrors).toEqual([{ code: 'DOSSIER_NUMBER_TOO_LONG', field: ['input', 'dossierNumber'], message: 'Số lý lịch dài tối đa 32 ký tự (đang có 33)' }]);
      const longPosition = await mutate<Payload<'member', unknown>>(federation, headers, ADMIT, admission({ citizenId: null, dossierNumber: null, position: 'C'.repeat(201) }));
      expect(codes(longPosition)).toEqual(['POSITION_TOO_LONG']);
      const english = await federation.query<{ admitMember: Payload<'member', unknown> }>(ADMIT, { input: admission({ birthDate: '2010-01-01', citizenId: null, dossierNumber: null }) }, { ...headers, 'accept-language': 'en' });
      expect(english.data!.admitMember.userErrors).toEqual([{ code: 'UNDER_AGE', field: ['input', 'birthDate'], message: 'A member must be at least 18 on the admission day (Party Charter, Article 1)' }]);
      const [{ n }] = (await federation.subgraphs.workplaceCommittee.dataSource.query(`SELECT count(*)::int AS n FROM member WHERE full_name = 'Lê Thị Hồng Nhung'`)) as [{ n: number }];
      expect(n).toBe(1);
    });

    it('only the grassroots committee admits: a committee token bound to a bloc, a province or a workplace cell is FORBIDDEN', async () => {
      for (const node of [organizationId('khoi-co-quan'), organizationId('ha-noi'), taiChinhCell]) {
        const response = await federation.query(ADMIT, { input: admission({ citizenId: null, dossierNumber: null }) }, await federation.auth.headers('WORKPLACE_COMMITTEE', node));
        expect([node, response.errors?.map((e) => e.extensions?.code)]).toEqual([node, ['FORBIDDEN']]);
        expect(response.errors![0]!.message).toMatch(VIETNAMESE);
      }
      const ward = await federation.query(ADMIT, { input: admission({ citizenId: null, dossierNumber: null }) }, await federation.auth.headers('WARD_COMMITTEE', dongNgac));
      expect(ward.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('lists the admitted member as not introduced once the presentation days are past, and no longer once a letter is issued', async () => {
      type List = { organization: { membersNotIntroduced: { totalCount: number; edges: { dueSince: string; deadline: string; node: { id: string } }[] } } };
      const list = async (asOf: string, node = taiChinh) => (await federation.query<List>(
        'query($id: ID!, $asOf: Date) { organization(id: $id) { membersNotIntroduced(asOf: $asOf, first: 100) { totalCount edges { dueSince deadline node { id } } } } }',
        { id: node, asOf }, await committeeOf(taiChinh))).data!.organization.membersNotIntroduced;
      expect((await list('2026-10-31')).edges.map((e) => e.node.id)).not.toContain(admitted.id);
      expect((await list(TEST_DAY)).edges.find((e) => e.node.id === admitted.id)).toEqual({ dueSince: '2026-10-01', deadline: '2026-10-31', node: { id: admitted.id } });
      // Another agency's list does not show them (out of reach: the list is empty for that principal's view of a node it may not read).
      expect((await list(TEST_DAY, yTe)).edges.map((e) => e.node.id)).toEqual([]);

      const issued = await mutate<Payload<'introductionLetter', { id: string; number: string; status: string }>>(federation, await committeeOf(taiChinh), ISSUE, {
        idempotencyKey: k(), memberId: admitted.id, toWardId: dongNgac, residenceAddress: 'Số 8, ngõ 15 Đức Diễn, phường Đông Ngạc, Hà Nội',
      });
      expect(issued.userErrors).toEqual([]);
      expect(issued.introductionLetter!.number).toMatch(/^\d+-GGT$/);
      expect((await list(TEST_DAY)).edges.map((e) => e.node.id)).not.toContain(admitted.id);
      expect(await read(admitted.id)).toMatchObject({ needsNewIntroduction: false, introductionDueSince: null });
    });
  });

  describe('presenting the letter', () => {
    const issued = dataset.workplace.introductionLetters.filter((l) => l.status === 'ISSUED' && l.toWardId === dongNgac
      && dataset.workplace.members.find((m) => m.id === l.memberId)!.status === 'ACTIVE');

    it('the member presents their own letter: ISSUED → PRESENTED, on a day between issue and today', async () => {
      const letter = issued[0]!;
      const member = dataset.workplace.members.find((m) => m.id === letter.memberId)!;
      const themself = await federation.auth.headers('MEMBER', member.workplaceCellId, { member: member.id });
      const early = await mutate<Payload<'introductionLetter', unknown>>(federation, themself, PRESENT, { idempotencyKey: k(), introductionLetterId: letter.id, version: 1, presentedOn: addDays(letter.issuedOn, -1) });
      expect(codes(early)).toEqual(['PRESENTED_BEFORE_ISSUED']);
      const later = await mutate<Payload<'introductionLetter', unknown>>(federation, themself, PRESENT, { idempotencyKey: k(), introductionLetterId: letter.id, version: 1, presentedOn: addDays(TEST_DAY, 1) });
      expect(codes(later)).toEqual(['EFFECTIVE_DATE_IN_FUTURE']);
      const someoneElse = dataset.workplace.members.find((m) => m.id !== member.id && m.status === 'ACTIVE')!;
      const other = await federation.query(PRESENT, { input: { idempotencyKey: k(), introductionLetterId: letter.id, version: 1 } },
        await federation.auth.headers('MEMBER', someoneElse.workplaceCellId, { member: someoneElse.id }));
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(other.errors![0]!.message).toBe('Chỉ chính đảng viên đó được làm việc này');
      const presented = await mutate<Payload<'introductionLetter', { status: string; presentedOn: string; version: number }>>(federation, themself, PRESENT, {
        idempotencyKey: k(), introductionLetterId: letter.id, version: 1, presentedOn: addDays(letter.issuedOn, 3),
      });
      expect(presented.userErrors).toEqual([]);
      expect(presented.introductionLetter).toMatchObject({ status: 'PRESENTED', presentedOn: addDays(letter.issuedOn, 3), version: 2 });
      const again = await mutate<Payload<'introductionLetter', unknown>>(federation, themself, PRESENT, { idempotencyKey: k(), introductionLetterId: letter.id, version: 2 });
      expect(again.userErrors).toEqual([{ code: 'LETTER_NOT_ISSUED', field: ['input', 'introductionLetterId'], message: expect.stringMatching(VIETNAMESE) }]);
    });

    it('the ward committee of the letter\'s ward records it; another ward or a workplace committee cannot', async () => {
      const letter = issued[1]!;
      const elsewhere = await federation.query<{ presentIntroductionLetter: Payload<'introductionLetter', unknown> }>(PRESENT, { input: { idempotencyKey: k(), introductionLetterId: letter.id, version: 1 } },
        await federation.auth.headers('WARD_COMMITTEE', organizationId('cau-giay')));
      // Another ward does not reach the letter at all: not found, and no answer confirms it exists.
      expect(elsewhere.data!.presentIntroductionLetter.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      const workplace = await federation.query(PRESENT, { input: { idempotencyKey: k(), introductionLetterId: letter.id, version: 1 } }, await committeeOf(letter.workplaceOrganizationId));
      expect(workplace.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const ward = await mutate<Payload<'introductionLetter', { status: string; presentedOn: string }>>(federation, await federation.auth.headers('WARD_COMMITTEE', dongNgac), PRESENT, {
        idempotencyKey: k(), introductionLetterId: letter.id, version: 1,
      });
      expect(ward.userErrors).toEqual([]);
      expect(ward.introductionLetter).toMatchObject({ status: 'PRESENTED', presentedOn: TEST_DAY });
    });
  });

  describe('transfer between organisations', () => {
    let member: (typeof assigned)[number];
    let transfer: TransferView;
    type InTransit = { organization: { membersInTransit: { totalCount: number; edges: { overdue: boolean; deadline: string; node: { id: string; member: { id: string } } }[] } } };
    const inTransit = async (node: string, asOf: string, overdueOnly: boolean, headers: Record<string, string>) => (await federation.query<InTransit>(
      'query($id: ID!, $asOf: Date, $overdueOnly: Boolean) { organization(id: $id) { membersInTransit(asOf: $asOf, overdueOnly: $overdueOnly) { totalCount edges { overdue deadline node { id member { id } } } } } }',
      { id: node, asOf, overdueOnly }, headers)).data!.organization.membersInTransit;

    it('reportMemberChange no longer records a transfer or a retirement', async () => {
      member = assigned[0]!;
      const view = (await read(member.id))!;
      for (const changeType of ['TRANSFERRED', 'RETIRED']) {
        const refused = await mutate<Payload<'member', unknown>>(federation, await committeeOf(member.workplaceOrganizationId), CHANGE, { idempotencyKey: k(), memberId: member.id, version: view.version, changeType, effectiveOn: TEST_DAY });
        expect([changeType, codes(refused)]).toEqual([changeType, ['NOT_REPORTED_HERE']]);
      }
      const refused = await mutate<Payload<'member', unknown>>(federation, await committeeOf(member.workplaceOrganizationId), CHANGE, { idempotencyKey: k(), memberId: member.id, version: view.version, changeType: 'TRANSFERRED', effectiveOn: TEST_DAY });
      expect(refused.userErrors[0]!.message).toContain('transferMemberOut');
    });

    it('the sending committee transfers the member out: in transit, the letter ends, the receiving organisation can read them', async () => {
      const view = (await read(member.id))!;
      const headers = await committeeOf(member.workplaceOrganizationId);
      const bad = await mutate<Payload<'memberTransfer', unknown>>(federation, headers, TRANSFER_OUT, { idempotencyKey: k(), memberId: member.id, version: view.version, kind: 'OFFICIAL', toOrganizationId: yTeCell, effectiveOn: TEST_DAY });
      expect(codes(bad)).toEqual(['NOT_AN_AGENCY']);
      const same = await mutate<Payload<'memberTransfer', unknown>>(federation, headers, TRANSFER_OUT, { idempotencyKey: k(), memberId: member.id, version: view.version, kind: 'OFFICIAL', toOrganizationId: member.workplaceOrganizationId, effectiveOn: TEST_DAY });
      expect(codes(same)).toEqual(['SAME_ORGANIZATION']);
      expect(await read(member.id, await committeeOf(yTe))).toBeNull();

      const sent = await mutate<Payload<'memberTransfer', TransferView>>(federation, headers, TRANSFER_OUT, {
        idempotencyKey: k(), memberId: member.id, version: view.version, kind: 'OFFICIAL', toOrganizationId: yTe, effectiveOn: '2026-11-30', remarks: 'Điều động công tác',
      });
      expect(sent.userErrors).toEqual([]);
      transfer = sent.memberTransfer!;
      expect(transfer).toMatchObject({ status: 'SENT', kind: 'OFFICIAL', dueBy: addDays(TEST_DAY, 30), receivedOn: null, member: { id: member.id, status: 'IN_TRANSIT' }, toOrganization: { id: yTe }, toCell: null });
      const after = (await read(member.id, await committeeOf(yTe)))!;
      expect(after).toMatchObject({ status: 'IN_TRANSIT', residenceDuty: 'NONE', needsNewIntroduction: false, introductionDueSince: null });
      expect(after.introductionLetters.edges[0]!.node).toMatchObject({ status: 'ENDED', endReason: 'TRANSFERRED', endedOn: '2026-11-30' });
      const { data } = await federation.query<{ member: { changes: { changeType: string; ward: { id: string } | null }[]; transfers: { id: string }[] } }>(
        'query($id: ID!) { member(id: $id) { changes { changeType ward { id } } transfers { id } } }', { id: member.id });
      expect(data!.member.changes[0]).toEqual({ changeType: 'TRANSFERRED', ward: { id: registrationOf.get(member.id)!.wardId } });
      expect(data!.member.transfers).toEqual([{ id: transfer.id }]);
    });

    it('lists the member in transit for both organisations, overdue once TRANSFER_RECEIPT_DAYS are past', async () => {
      for (const node of [member.workplaceOrganizationId, yTe]) {
        const now = await inTransit(node, TEST_DAY, false, await committeeOf(node));
        expect(now.edges).toContainEqual({ overdue: false, deadline: transfer.dueBy, node: { id: transfer.id, member: { id: member.id } } });
        expect((await inTransit(node, TEST_DAY, true, await committeeOf(node))).edges.map((e) => e.node.id)).not.toContain(transfer.id);
        const late = await inTransit(node, addDays(transfer.dueBy, 1), true, await committeeOf(node));
        expect(late.edges).toContainEqual({ overdue: true, deadline: transfer.dueBy, node: { id: transfer.id, member: { id: member.id } } });
      }
      expect((await inTransit(member.workplaceOrganizationId, addDays(TEST_DAY, -1), false, await committeeOf(member.workplaceOrganizationId))).edges.map((e) => e.node.id)).not.toContain(transfer.id);
    });

    it('the receiving committee takes the member in: the same record, active in its cell, due for introduction from today', async () => {
      const fromSender = await federation.query(RECEIVE_TRANSFER, { input: { idempotencyKey: k(), transferId: transfer.id, version: transfer.version, workplaceCellId: yTeCell } }, await committeeOf(member.workplaceOrganizationId));
      expect(fromSender.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const wrongCell = await mutate<Payload<'memberTransfer', unknown>>(federation, await committeeOf(yTe), RECEIVE_TRANSFER, { idempotencyKey: k(), transferId: transfer.id, version: transfer.version, workplaceCellId: taiChinhCell });
      expect(codes(wrongCell)).toEqual(['NOT_A_WORKPLACE_CELL']);
      const received = await mutate<Payload<'memberTransfer', TransferView>>(federation, await committeeOf(yTe), RECEIVE_TRANSFER, { idempotencyKey: k(), transferId: transfer.id, version: transfer.version, workplaceCellId: yTeCell });
      expect(received.userErrors).toEqual([]);
      expect(received.memberTransfer).toMatchObject({ status: 'RECEIVED', receivedOn: TEST_DAY, toCell: { id: yTeCell }, version: transfer.version + 1, member: { id: member.id, status: 'ACTIVE' } });
      const after = (await read(member.id, await committeeOf(yTe)))!;
      expect(after).toMatchObject({ status: 'ACTIVE', residenceDuty: 'TWO_WAY', needsNewIntroduction: true, introductionDueSince: TEST_DAY, workplaceOrganization: { id: yTe }, workplaceCell: { id: yTeCell } });
      const again = await mutate<Payload<'memberTransfer', unknown>>(federation, await committeeOf(yTe), RECEIVE_TRANSFER, { idempotencyKey: k(), transferId: transfer.id, version: transfer.version + 1, workplaceCellId: yTeCell });
      expect(codes(again)).toEqual(['TRANSFER_NOT_OPEN']);
      expect((await inTransit(yTe, TEST_DAY, false, await committeeOf(yTe))).edges.map((e) => e.node.id)).not.toContain(transfer.id);
      // The old organisation no longer reaches the member.
      expect(await read(member.id, await committeeOf(member.workplaceOrganizationId))).toBeNull();
    });

    it('a transfer outside the federation is final: TRANSFERRED, not in transit', async () => {
      const leaving = assigned[1]!;
      const view = (await read(leaving.id))!;
      const sent = await mutate<Payload<'memberTransfer', TransferView>>(federation, await committeeOf(leaving.workplaceOrganizationId), TRANSFER_OUT, {
        idempotencyKey: k(), memberId: leaving.id, version: view.version, kind: 'OFFICIAL', effectiveOn: TEST_DAY, remarks: 'Chuyển đến Đảng bộ tỉnh Bắc Ninh',
      });
      expect(sent.memberTransfer).toMatchObject({ status: 'SENT', toOrganization: null, member: { status: 'TRANSFERRED' } });
      expect((await inTransit(organizationId('ha-noi'), addDays(TEST_DAY, 60), false, await federation.auth.adminHeaders())).edges.map((e) => e.node.id)).not.toContain(sent.memberTransfer!.id);
    });
  });

  describe('retirement', () => {
    it('needs an assignment at residence; then the member is retired, the letter ends, the duty is official at residence', async () => {
      const never = dataset.workplace.members.find((m) => m.status === 'ACTIVE' && !dataset.workplace.introductionLetters.some((l) => l.memberId === m.id))!;
      const refused = await mutate<Payload<'member', unknown>>(federation, await committeeOf(never.workplaceOrganizationId), RETIRE, { idempotencyKey: k(), memberId: never.id, version: 1, effectiveOn: TEST_DAY });
      expect(refused.userErrors).toEqual([{ code: 'NOT_ASSIGNED_AT_RESIDENCE', field: ['input', 'memberId'], message: expect.stringMatching(VIETNAMESE) }]);

      const member = assigned[2]!;
      const view = (await read(member.id))!;
      const retired = await mutate<Payload<'member', MemberView>>(federation, await committeeOf(member.workplaceOrganizationId), RETIRE, { idempotencyKey: k(), memberId: member.id, version: view.version, effectiveOn: '2026-11-30' });
      expect(retired.userErrors).toEqual([]);
      expect(retired.member).toMatchObject({ status: 'RETIRED', residenceDuty: 'OFFICIAL_AT_RESIDENCE', needsNewIntroduction: false, version: view.version + 1 });
      expect(retired.member!.introductionLetters.edges[0]!.node).toMatchObject({ status: 'ENDED', endReason: 'RETIRED', endedOn: '2026-11-30' });
      const twice = await mutate<Payload<'member', unknown>>(federation, await committeeOf(member.workplaceOrganizationId), RETIRE, { idempotencyKey: k(), memberId: member.id, version: view.version + 1, effectiveOn: TEST_DAY });
      expect(codes(twice)).toEqual(['MEMBER_NOT_ACTIVE']);
      // Said in words, never the code: "đảng viên này đã nghỉ hưu", not "trạng thái RETIRED".
      expect(twice.userErrors[0]!.message).toBe('Chỉ ghi nghỉ hưu cho đảng viên đang sinh hoạt tại đơn vị; đảng viên này đã nghỉ hưu');
      const { data } = await federation.query<{ member: { changes: { changeType: string; ward: { id: string } }[] } }>('query($id: ID!) { member(id: $id) { changes { changeType ward { id } } } }', { id: member.id });
      expect(data!.member.changes[0]).toEqual({ changeType: 'RETIRED', ward: { id: registrationOf.get(member.id)!.wardId } });
    });
  });

  describe('moving home and special duty', () => {
    it('a move home ends the letter at once, makes the member due, and the figures stop counting them as assigned', async () => {
      const member = assigned[3]!;
      type Figures = { statistics: { members: number; membersAssignedAtResidence: number } };
      const figures = async () => (await federation.query<Figures>(`query($id: ID!) { statistics(organizationId: $id, period: "2026-12") { members membersAssignedAtResidence } }`,
        { id: member.workplaceCellId })).data!.statistics;
      const before = await figures();
      const view = (await read(member.id))!;
      const moved = await mutate<Payload<'member', MemberView>>(federation, await committeeOf(member.workplaceOrganizationId), CHANGE, {
        idempotencyKey: k(), memberId: member.id, version: view.version, changeType: 'RESIDENCE_CHANGED', effectiveOn: '2026-11-28', remarks: 'Chuyển nhà về phường Cầu Giấy',
      });
      expect(moved.userErrors).toEqual([]);
      expect(moved.member).toMatchObject({ status: 'ACTIVE', needsNewIntroduction: true, introductionDueSince: '2026-11-28' });
      expect(moved.member!.introductionLetters.edges[0]!.node).toMatchObject({ status: 'ENDED', endReason: 'RESIDENCE_CHANGED', endedOn: '2026-11-28' });
      expect(await figures()).toEqual({ members: before.members, membersAssignedAtResidence: before.membersAssignedAtResidence - 1 });
    });

    it('statistics count active members only: in transit and retired members are not counted', async () => {
      const [{ n }] = (await federation.subgraphs.workplaceCommittee.dataSource.query(
        `SELECT count(*)::int AS n FROM member WHERE status = 'ACTIVE' AND workplace_cell_id = $1`, [assigned[2]!.workplaceCellId])) as [{ n: number }];
      const { data } = await federation.query<{ statistics: { members: number } }>(`query($id: ID!) { statistics(organizationId: $id, period: "2026-12") { members } }`, { id: assigned[2]!.workplaceCellId });
      expect(data!.statistics.members).toBe(n);
    });

    it('special duty ends the letter (NOT_INTRODUCED) and no letter may be issued', async () => {
      const member = assigned[4]!;
      const view = (await read(member.id))!;
      const changed = await mutate<Payload<'member', MemberView>>(federation, await committeeOf(member.workplaceOrganizationId), CHANGE, {
        idempotencyKey: k(), memberId: member.id, version: view.version, changeType: 'EXEMPTION_CHANGED', exemptionCategory: 'SPECIAL_DUTY', effectiveOn: TEST_DAY,
      });
      expect(changed.member).toMatchObject({ residenceDuty: 'NOT_INTRODUCED', needsNewIntroduction: false, introductionDueSince: null });
      expect(changed.member!.introductionLetters.edges[0]!.node).toMatchObject({ status: 'ENDED', endReason: 'NOT_INTRODUCED' });
      const issued = await mutate<Payload<'introductionLetter', unknown>>(federation, await committeeOf(member.workplaceOrganizationId), ISSUE, {
        idempotencyKey: k(), memberId: member.id, toWardId: dongNgac, residenceAddress: 'Số 1, đường Đông Ngạc, Hà Nội',
      });
      expect(issued.userErrors).toEqual([{ code: 'NOT_INTRODUCED_EXEMPT', field: ['input', 'memberId'], message: expect.stringMatching(VIETNAMESE) }]);
    });

    it('a committee token bound to a workplace cell cannot issue letters', async () => {
      const member = assigned[5]!;
      const response = await federation.query(ISSUE, { input: { idempotencyKey: k(), memberId: member.id, toWardId: dongNgac, residenceAddress: 'Số 1, đường Đông Ngạc, Hà Nội' } },
        await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceCellId));
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('a move reported after the new letter was issued ends only the letter in force on the day: the new one stays, the member is not due, the old ward is told', async () => {
      // From the end of the list: the leaving-notice test below takes the first one past the sixth in its cell.
      const member = assigned.at(-1)!;
      const oldWard = openLetters(member.id)[0]!.toWardId;
      const newWard = dataset.organizations.find((o) => o.kind === 'WARD' && o.validTo === null && o.id !== oldWard)!;
      const headers = await committeeOf(member.workplaceOrganizationId);
      const issued = await mutate<Payload<'introductionLetter', { id: string; status: string }>>(federation, headers, ISSUE, {
        idempotencyKey: k(), memberId: member.id, toWardId: newWard.id, residenceAddress: 'Số 5, ngõ 3, Hà Nội',
      });
      expect(issued.userErrors).toEqual([]);
      const view = (await read(member.id))!;
      const moved = await mutate<Payload<'member', MemberView>>(federation, headers, CHANGE, {
        idempotencyKey: k(), memberId: member.id, version: view.version, changeType: 'RESIDENCE_CHANGED', effectiveOn: addDays(TEST_DAY, -10),
      });
      expect(moved.userErrors).toEqual([]);
      expect(moved.member).toMatchObject({ needsNewIntroduction: false, introductionDueSince: null });
      expect(moved.member!.introductionLetters.edges.find((e) => e.node.id === issued.introductionLetter!.id)!.node).toMatchObject({ status: 'ISSUED', endedOn: null });
      const [change] = (await federation.subgraphs.workplaceCommittee.dataSource.query(
        `SELECT ward_id FROM member_change WHERE member_id = $1 AND change_type = 'RESIDENCE_CHANGED'`, [member.id])) as { ward_id: string }[];
      expect(change).toEqual({ ward_id: oldWard });
    });

    it('a change cannot take effect before the member was admitted, and an exemption change names the new category: coded, nothing changed', async () => {
      const member = assigned.at(-2)!;
      const headers = await committeeOf(member.workplaceOrganizationId);
      const view = (await read(member.id))!;
      const change = (over: Record<string, unknown>) => mutate<Payload<'member', MemberView>>(federation, headers, CHANGE, { idempotencyKey: k(), memberId: member.id, version: view.version, ...over });
      const early = await change({ changeType: 'DECEASED', effectiveOn: '1900-01-01' });
      expect(early.userErrors).toEqual([{ code: 'EFFECTIVE_DATE_BEFORE_ADMISSION', field: ['input', 'effectiveOn'], message: `Ngày hiệu lực không được trước ngày vào Đảng của đảng viên (${member.admissionDate})` }]);
      const transfer = await mutate<Payload<'memberTransfer', unknown>>(federation, headers, TRANSFER_OUT, {
        idempotencyKey: k(), memberId: member.id, version: view.version, kind: 'OFFICIAL', toOrganizationId: yTe, effectiveOn: addDays(member.admissionDate, -1),
      });
      expect(codes(transfer)).toEqual(['EFFECTIVE_DATE_BEFORE_ADMISSION']);
      expect(codes(await change({ changeType: 'EXEMPTION_CHANGED', effectiveOn: TEST_DAY }))).toEqual(['EXEMPTION_REQUIRED']);
      expect(codes(await change({ changeType: 'POSITION_CHANGED', effectiveOn: TEST_DAY, position: 'Phó phòng', remarks: 'r'.repeat(401) }))).toEqual(['REMARKS_TOO_LONG']);
      expect(codes(await change({ changeType: 'EXEMPTION_CHANGED', effectiveOn: TEST_DAY, exemptionCategory: null }))).toEqual(['NO_CHANGE']);
      expect(await read(member.id)).toEqual(view);
    });
  });

  describe('letters issued at once', () => {
    it('two letters issued for one member at the same moment are decided in turn: one stays in force, the other superseded', async () => {
      const due = dataset.workplace.members.find((m) => m.status === 'ACTIVE' && m.exemptionCategory === null && m.introductionDueSince !== null
        && openLetters(m.id).length === 0 && m.workplaceOrganizationId !== yTe)!;
      const headers = await committeeOf(due.workplaceOrganizationId);
      const issue = (address: string) => mutate<Payload<'introductionLetter', { id: string }>>(federation, headers, ISSUE, { idempotencyKey: k(), memberId: due.id, toWardId: dongNgac, residenceAddress: address });
      // Another transaction holds the member's row while both requests arrive: neither may decide on what it saw before the other.
      const holder = federation.subgraphs.workplaceCommittee.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      await holder.query('SELECT id FROM member WHERE id = $1 FOR UPDATE', [due.id]);
      const both = Promise.all([issue('Số 1, ngõ 2 Đông Ngạc, Hà Nội'), issue('Số 3, ngõ 4 Đông Ngạc, Hà Nội')]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.commitTransaction();
      await holder.release();
      const issued = await both;
      for (const payload of issued) expect(payload.userErrors).toEqual([]);
      const letters = (await federation.subgraphs.workplaceCommittee.dataSource.query(
        `SELECT status, end_reason AS "endReason" FROM introduction_letter WHERE id = ANY($1::uuid[]) ORDER BY status`, [issued.map((p) => p.introductionLetter!.id)])) as { status: string; endReason: string | null }[];
      expect(letters).toEqual([{ status: 'ENDED', endReason: 'SUPERSEDED' }, { status: 'ISSUED', endReason: null }]);
    });
  });

  describe('leaving notices the workplace does not answer', () => {
    it('lists a ward\'s leaving notice once LEAVING_NOTICE_ACTION_DAYS are past, until a new letter answers it', async () => {
      const tdp7 = organizationId('dong-ngac/tdp-7');
      const member = assigned.find((m, i) => i > 5 && registrationOf.get(m.id)!.cellId === tdp7)!;
      const { data } = await federation.query<{ member: { residenceRegistration: { id: string; version: number } } }>('query($id: ID!) { member(id: $id) { residenceRegistration { id version } } }', { id: member.id });
      const left = await mutate<Payload<'residenceRegistration', unknown>>(federation, await federation.auth.headers('CELL_COMMITTEE', tdp7), LEAVING, {
        idempotencyKey: k(), registrationId: data!.member.residenceRegistration.id, version: data!.member.residenceRegistration.version, reason: 'Gia đình đã chuyển đi nơi khác',
      });
      expect(left.userErrors).toEqual([]);
      await federation.settle();
      type Notices = { organization: { unansweredLeavingNotices: { edges: { deadline: string; node: { member: { id: string }; status: string } }[] } } };
      const list = async (asOf: string) => (await federation.query<Notices>(
        'query($id: ID!, $asOf: Date) { organization(id: $id) { unansweredLeavingNotices(asOf: $asOf, first: 100) { edges { deadline node { status member { id } } } } } }',
        { id: member.workplaceOrganizationId, asOf }, await committeeOf(member.workplaceOrganizationId))).data!.organization.unansweredLeavingNotices;
      expect((await list(TEST_DAY)).edges.map((e) => e.node.member.id)).not.toContain(member.id);
      expect((await list(addDays(TEST_DAY, 31))).edges).toContainEqual({ deadline: addDays(TEST_DAY, 30), node: { status: 'OPEN', member: { id: member.id } } });
      const view = (await read(member.id))!;
      expect(view).toMatchObject({ needsNewIntroduction: true, introductionDueSince: TEST_DAY });
      expect(view.introductionLetters.edges[0]!.node).toMatchObject({ status: 'ENDED', endReason: 'LEFT_RESIDENCE', endedOn: TEST_DAY });
      const issued = await mutate<Payload<'introductionLetter', unknown>>(federation, await committeeOf(member.workplaceOrganizationId), ISSUE, {
        idempotencyKey: k(), memberId: member.id, toWardId: organizationId('cau-giay'), residenceAddress: 'Số 3, ngõ 68 Cầu Giấy, Hà Nội',
      });
      expect(issued.userErrors).toEqual([]);
      expect((await list(addDays(TEST_DAY, 31))).edges.map((e) => e.node.member.id)).not.toContain(member.id);
    });

    it('closes a leaving notice no letter will answer: the member died; off the list, CLOSED from that day', async () => {
      const tdp7 = organizationId('dong-ngac/tdp-7');
      const answered = assigned.find((m, i) => i > 5 && registrationOf.get(m.id)!.cellId === tdp7)!;
      const member = assigned.slice(0, -2).filter((m, i) => i > 5 && m.id !== answered.id && registrationOf.get(m.id)!.cellId !== null).at(-1)!;
      const cell = registrationOf.get(member.id)!.cellId!;
      const { data } = await federation.query<{ member: { version: number; residenceRegistration: { id: string; version: number } } }>(
        'query($id: ID!) { member(id: $id) { version residenceRegistration { id version } } }', { id: member.id });
      const left = await mutate<Payload<'residenceRegistration', unknown>>(federation, await federation.auth.headers('CELL_COMMITTEE', cell), LEAVING, {
        idempotencyKey: k(), registrationId: data!.member.residenceRegistration.id, version: data!.member.residenceRegistration.version, reason: 'Gia đình đã chuyển đi nơi khác',
      });
      expect(left.userErrors).toEqual([]);
      await federation.settle();
      type Notices = { organization: { unansweredLeavingNotices: { edges: { node: { member: { id: string } } }[] } } };
      const listed = async () => (await federation.query<Notices>(
        'query($id: ID!, $asOf: Date) { organization(id: $id) { unansweredLeavingNotices(asOf: $asOf, first: 100) { edges { node { member { id } } } } } }',
        { id: member.workplaceOrganizationId, asOf: addDays(TEST_DAY, 31) }, await committeeOf(member.workplaceOrganizationId))).data!.organization.unansweredLeavingNotices.edges.map((e) => e.node.member.id);
      expect(await listed()).toContain(member.id);
      const version = (await read(member.id))!.version;
      const died = await mutate<Payload<'member', MemberView>>(federation, await committeeOf(member.workplaceOrganizationId), CHANGE, {
        idempotencyKey: k(), memberId: member.id, version, changeType: 'DECEASED', effectiveOn: TEST_DAY,
      });
      expect(died.userErrors).toEqual([]);
      expect(await listed()).not.toContain(member.id);
      const notices = await federation.subgraphs.workplaceCommittee.dataSource.query(
        'SELECT status, closed_on::text AS "closedOn", closed_reason AS "closedReason" FROM residence_leaving_notice WHERE member_id = $1', [member.id]);
      expect(notices).toEqual([{ status: 'CLOSED', closedOn: TEST_DAY, closedReason: 'DECEASED' }]);
    });
  });

  describe('the monthly new-members notice', () => {
    it('admitted, introduced, and at the month\'s end the ward\'s NEW_MEMBERS notice lists the member', async () => {
      const headers = await committeeOf(yTe);
      const admitted = await mutate<Payload<'member', MemberView>>(federation, headers, ADMIT, {
        idempotencyKey: k(), fullName: 'Phạm Minh Khôi', sex: 'MALE', birthDate: '1996-07-02', admissionDate: TEST_DAY, workplaceCellId: yTeCell,
      });
      expect(admitted.userErrors).toEqual([]);
      const issued = await mutate<Payload<'introductionLetter', { id: string }>>(federation, headers, ISSUE, {
        idempotencyKey: k(), memberId: admitted.member!.id, toWardId: dongNgac, residenceAddress: 'Số 20, đường Đông Ngạc, Hà Nội',
      });
      expect(issued.userErrors).toEqual([]);
      clock.set('2027-01-01T05:00:00.000Z');
      await federation.settle();
      type Notices = { organization: { changeNotices: { edges: { node: { kind: string; period: string; workplaceOrganization: { id: string }; items: { changeType: string; member: { id: string } }[] } }[] } } };
      const { data } = await federation.query<Notices>(
        'query($id: ID!) { organization(id: $id) { changeNotices(first: 100) { edges { node { kind period workplaceOrganization { id } items { changeType member { id } } } } } } }',
        { id: dongNgac }, await federation.auth.headers('WARD_COMMITTEE', dongNgac));
      const notice = data!.organization.changeNotices.edges.map((e) => e.node).find((n) => n.kind === 'NEW_MEMBERS' && n.workplaceOrganization.id === yTe);
      expect(notice).toEqual({ kind: 'NEW_MEMBERS', period: '2026-12', workplaceOrganization: { id: yTe }, items: [{ changeType: 'NEWLY_ADMITTED', member: { id: admitted.member!.id } }] });
      clock.set(TEST_INSTANT);
    });
  });
});
