import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { TEST_DAY } from '../../support/test-day.js';

/**
 * Issue 13, the evaluation side of the member's duty at residence: annual
 * comments are asked of the residence only for members it may be asked about
 * (not the "not introduced", nor the retired who are active in the residential
 * cell, nor members no longer here), waived for the exempt; a workplace cell's
 * own committee may ask for its members; a member transferred out or retired
 * has their open requests cancelled. Through the gateway, with the workplace
 * side's own mutations.
 */
interface UserError { code: string; field: string[]; message: string }
interface Asked { id: string; status: string; member: { id: string } }

const ASK = `mutation($input: RequestAnnualCommentsInput!) { requestAnnualComments(input: $input) {
  commentRequests { id status member { id } } userErrors { code field message } } }`;
const CHANGE = `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id residenceDuty } userErrors { code field message } } }`;
const TRANSFER = `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { memberTransfer { id } userErrors { code field message } } }`;
const RETIRE = `mutation($input: RetireMemberInput!) { retireMember(input: $input) { member { id status } userErrors { code field message } } }`;
const REQUEST = 'query($id: ID!) { commentRequest(id: $id) { id status } }';

const dataset = buildDemoDataset(TEST_DAY);
// Chi bộ Văn phòng Sở (Sở Tài chính): every member registered at a residence was asked for 2026 but one,
// Nguyễn Xuân Tuấn, assigned to his residential cell after the autumn round.
const officeCell = dataset.workplace.members.find((m) => m.fullName === 'Nguyễn Xuân Tuấn')!;
const requests2026 = dataset.evaluation.commentRequests.filter((r) => r.purpose === 'ANNUAL' && r.year === 2026);

let k = 0;
const key = () => `evaluation-annual-e2e-${(k += 1)}`;

async function memberVersion(federation: TestFederation, memberId: string): Promise<number> {
  const { data } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: memberId });
  return data!.member.version;
}

describe('a workplace cell\'s own committee asks the residence for its members\' annual comments', () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('a WORKPLACE_COMMITTEE token bound to the workplace cell asks for the one member not yet asked', async () => {
    const cell = await federation.auth.headers('WORKPLACE_COMMITTEE', officeCell.workplaceCellId);
    const response = await federation.query<{ requestAnnualComments: { commentRequests: Asked[] | null; userErrors: UserError[] } }>(
      ASK, { input: { idempotencyKey: key(), workplaceOrganizationId: officeCell.workplaceCellId, year: 2026 } }, cell);
    expect(response.errors).toBeUndefined();
    expect(response.data!.requestAnnualComments.userErrors).toEqual([]);
    expect(response.data!.requestAnnualComments.commentRequests!.map((r) => [r.member.id, r.status])).toEqual([[officeCell.id, 'SENT']]);
  });
});

describe('who the residence is asked about, and what ends the asking', () => {
  let federation: TestFederation;
  let agency: Record<string, string>;
  beforeAll(async () => {
    federation = await startTestFederation();
    agency = await federation.auth.headers('WORKPLACE_COMMITTEE', officeCell.workplaceOrganizationId);
  });
  afterAll(async () => {
    await federation?.close();
  });

  const ask = async (year: number) => {
    const response = await federation.query<{ requestAnnualComments: { commentRequests: Asked[] | null; userErrors: UserError[] } }>(
      ASK, { input: { idempotencyKey: key(), workplaceOrganizationId: officeCell.workplaceCellId, year } }, agency);
    expect(response.errors).toBeUndefined();
    expect(response.data!.requestAnnualComments.userErrors).toEqual([]);
    return response.data!.requestAnnualComments.commentRequests!.map((r) => [r.member.id, r.status]);
  };
  const change = async (exemptionCategory: string | null) => {
    const response = await federation.query<{ reportMemberChange: { member: { residenceDuty: string } | null; userErrors: UserError[] } }>(CHANGE, { input: {
      idempotencyKey: key(), memberId: officeCell.id, version: await memberVersion(federation, officeCell.id), changeType: 'EXEMPTION_CHANGED', effectiveOn: TEST_DAY, exemptionCategory,
    } }, agency);
    expect(response.errors).toBeUndefined();
    expect(response.data!.reportMemberChange.userErrors).toEqual([]);
    await federation.settle();
    return response.data!.reportMemberChange.member!.residenceDuty;
  };

  it('waives an exempt member; skips a member on special duty (not introduced)', async () => {
    expect(await change('MOBILE_WORKER')).toBe('EXEMPT');
    expect(await ask(2026)).toEqual([[officeCell.id, 'WAIVED']]);
    // Not asked for 2025 (he came to his residential cell after that round): on special duty, he is not asked at all.
    expect(await change('SPECIAL_DUTY')).toBe('NOT_INTRODUCED');
    expect((await ask(2025)).filter(([memberId]) => memberId === officeCell.id)).toEqual([]);
  });

  it('a member transferred out, or retired, has their open requests cancelled', async () => {
    const open = requests2026.filter((r) => ['SENT', 'SIGNED'].includes(r.status));
    const transferred = open.find((r) => r.status === 'SENT')!;
    const retired = open.find((r) => r.status === 'SIGNED' && r.memberId !== transferred.memberId)!;
    const receiving = dataset.organizations.find((o) => o.kind === 'AGENCY' && o.id !== transferred.workplaceOrganizationId)!;
    const sent = await federation.query<{ transferMemberOut: { userErrors: UserError[] } }>(TRANSFER, { input: {
      idempotencyKey: key(), memberId: transferred.memberId, version: await memberVersion(federation, transferred.memberId), kind: 'OFFICIAL', toOrganizationId: receiving.id, effectiveOn: TEST_DAY,
    } }, await federation.auth.headers('WORKPLACE_COMMITTEE', transferred.workplaceOrganizationId));
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.transferMemberOut.userErrors).toEqual([]);
    const retiring = await federation.query<{ retireMember: { userErrors: UserError[] } }>(RETIRE, { input: {
      idempotencyKey: key(), memberId: retired.memberId, version: await memberVersion(federation, retired.memberId), effectiveOn: TEST_DAY,
    } }, await federation.auth.headers('WORKPLACE_COMMITTEE', retired.workplaceOrganizationId));
    expect(retiring.errors).toBeUndefined();
    expect(retiring.data!.retireMember.userErrors).toEqual([]);
    await federation.settle();
    for (const request of [transferred, retired]) {
      const { data } = await federation.query<{ commentRequest: { status: string } }>(REQUEST, { id: request.id });
      expect([request.id, data!.commentRequest.status]).toEqual([request.id, 'CANCELLED']);
    }
  });
});
