import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { TEST_DAY } from '../../support/test-day.js';

/**
 * Issue 13, the evaluation side: the ward receives a comment request and
 * assigns the cell that writes it (a step the regulation names), the committees
 * act only from nodes of their own kind, the member reads the comments about
 * them once the ward has certified them, and the annual review takes the
 * year's residence comment into account or says why there is none; reviews
 * against the residence's word are on an oversight list. All through the
 * gateway, refusals coded and said in Vietnamese (English on request).
 */
interface UserError { code: string; field: string[]; message: string }
interface Request { id: string; status: string; version: number; receivedOn: string | null; cell: { id: string } | null }
type Payload<K extends string, T> = Record<K, T | null> & { userErrors: UserError[] };

const REQUEST_FIELDS = 'id status version receivedOn cell { id }';
const M = {
  receive: `mutation($input: ReceiveCommentRequestInput!) { receiveCommentRequest(input: $input) { commentRequest { ${REQUEST_FIELDS} } userErrors { code field message } } }`,
  draft: `mutation($input: DraftResidenceCommentInput!) { draftResidenceComment(input: $input) { commentRequest { ${REQUEST_FIELDS} } userErrors { code field message } } }`,
  sign: `mutation($input: MoveCommentRequestInput!) { signResidenceComment(input: $input) { commentRequest { ${REQUEST_FIELDS} } userErrors { code field message } } }`,
  certify: `mutation($input: MoveCommentRequestInput!) { certifyResidenceComment(input: $input) { commentRequest { ${REQUEST_FIELDS} } userErrors { code field message } } }`,
  review: `mutation($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { annualReview {
    id year rating withoutResidenceComment withoutResidenceCommentNote contradictsResidenceComment residenceComment { recommendation } } userErrors { code field message } } }`,
};

const dataset = buildDemoDataset(TEST_DAY);
const ward = organizationId('dong-ngac');
const province = organizationId('ha-noi');
const otherWard = dataset.organizations.find((o) => o.kind === 'WARD' && o.name === 'Đảng bộ phường Cầu Giấy')!;
const otherWardCell = dataset.organizations.find((o) => o.kind === 'RESIDENTIAL_CELL' && o.parentId === otherWard.id)!;
const cellsOfWard = dataset.organizations.filter((o) => o.kind === 'RESIDENTIAL_CELL' && o.parentId === ward);
const requests2026 = dataset.evaluation.commentRequests.filter((r) => r.purpose === 'ANNUAL' && r.year === 2026);
const formOf = (requestId: string) => dataset.evaluation.commentForms.find((f) => f.requestId === requestId);

let federation: TestFederation;
beforeAll(async () => {
  federation = await startTestFederation();
});
afterAll(async () => {
  await federation?.close();
});

const k = (() => { let n = 0; return () => `evaluation-e2e-${(n += 1)}`; })();
const codes = (errors: UserError[] | undefined) => (errors ?? []).map((e) => e.code);
const forbidden = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

async function run<T>(headers: Record<string, string>, query: string, input: Record<string, unknown>): Promise<{ response: GraphQLResponse<Record<string, T>>; payload: T }> {
  const response = await federation.query<Record<string, T>>(query, { input: { idempotencyKey: k(), ...input } }, headers);
  expect(response.errors).toBeUndefined();
  return { response, payload: Object.values(response.data!)[0]! };
}

describe('the ward receives a comment request and assigns the residential cell that writes it', () => {
  // A 2026 annual request the residence has not answered, registered in a cell of Đông Ngạc; the ward will assign another cell.
  const request = requests2026.find((r) => r.status === 'SENT' && r.wardId === ward && r.cellId !== null)!;
  const assigned = cellsOfWard.find((c) => c.id !== request.cellId)!;
  let version = 1;

  it('a cell cannot draft a request the ward has not received: NOT_RECEIVED, in Vietnamese, in English on request', async () => {
    const cell = await federation.auth.headers('CELL_COMMITTEE', request.cellId!);
    const input = { commentRequestId: request.id, version, levels: [1, 2, 1, 2, 1, 2] };
    const { payload } = await run<Payload<'commentRequest', Request>>(cell, M.draft, input);
    expect(payload.userErrors).toEqual([{
      code: 'NOT_RECEIVED', field: ['input', 'commentRequestId'],
      message: 'Đảng ủy phường, xã phải tiếp nhận phiếu xin ý kiến và giao cho chi bộ trước khi chi bộ dự thảo nhận xét',
    }]);
    const english = await federation.query<{ draftResidenceComment: Payload<'commentRequest', Request> }>(
      M.draft, { input: { idempotencyKey: k(), ...input } }, { ...cell, 'accept-language': 'en' });
    expect(english.data!.draftResidenceComment.userErrors.map((e) => e.message)).toEqual([
      'The ward must receive the request and assign it to a cell before the cell drafts its comments',
    ]);
  });

  it('only the committee of the request\'s own ward receives it: another ward does not see it, a ward committee token bound to the province is FORBIDDEN', async () => {
    const input = { idempotencyKey: k(), commentRequestId: request.id, version, cellId: assigned.id };
    const another = await federation.query<{ receiveCommentRequest: Payload<'commentRequest', Request> }>(M.receive, { input }, await federation.auth.headers('WARD_COMMITTEE', otherWard.id));
    expect(another.data!.receiveCommentRequest.userErrors).toEqual([{
      code: 'NOT_FOUND', field: ['input', 'commentRequestId'], message: 'Không tìm thấy phiếu xin ý kiến nhận xét có mã này',
    }]);
    const tooHigh = await federation.query(M.receive, { input }, await federation.auth.headers('WARD_COMMITTEE', province));
    expect(forbidden(tooHigh)).toBe('FORBIDDEN');
    expect(tooHigh.errors![0]!.message).toMatch(/^Việc này do cấp ủy của đảng ủy xã, phường làm/);
  });

  it('assigns a residential cell of the ward in force, and nothing else: CELL_NOT_IN_WARD', async () => {
    const wardHeaders = await federation.auth.headers('WARD_COMMITTEE', ward);
    for (const cellId of [otherWardCell.id, ward, 'not-an-id']) {
      const { payload } = await run<Payload<'commentRequest', Request>>(wardHeaders, M.receive, { commentRequestId: request.id, version, cellId });
      expect([cellId, payload.userErrors]).toEqual([cellId, [{
        code: 'CELL_NOT_IN_WARD', field: ['input', 'cellId'], message: 'Hãy giao cho một chi bộ khu dân cư của đảng ủy phường, xã này, đang hoạt động',
      }]]);
    }
  });

  it('SENT → RECEIVED: the cell assigned, the day stamped; a second receipt is NOT_SENT', async () => {
    const wardHeaders = await federation.auth.headers('WARD_COMMITTEE', ward);
    const { payload } = await run<Payload<'commentRequest', Request>>(wardHeaders, M.receive, { commentRequestId: request.id, version, cellId: assigned.id });
    expect(payload.userErrors).toEqual([]);
    expect(payload.commentRequest).toMatchObject({ status: 'RECEIVED', receivedOn: TEST_DAY, cell: { id: assigned.id }, version: version + 1 });
    version = payload.commentRequest!.version;
    const again = await run<Payload<'commentRequest', Request>>(wardHeaders, M.receive, { commentRequestId: request.id, version });
    expect(codes(again.payload.userErrors)).toEqual(['NOT_SENT']);
    expect(again.payload.userErrors[0]!.message).toBe('Phiếu xin ý kiến đang ở trạng thái đã tiếp nhận; chỉ tiếp nhận phiếu vừa gửi đến');
  });

  it('by default the ward assigns the member\'s registration cell stored on the request', async () => {
    const other = requests2026.find((r) => r.status === 'SENT' && r.wardId === ward && r.cellId !== null && r.id !== request.id)!;
    const { payload } = await run<Payload<'commentRequest', Request>>(await federation.auth.headers('WARD_COMMITTEE', ward), M.receive, { commentRequestId: other.id, version: 1 });
    expect(payload.commentRequest).toMatchObject({ status: 'RECEIVED', receivedOn: TEST_DAY, cell: { id: other.cellId } });
  });

  it('the assigned cell drafts and signs; a cell committee token bound to the ward, or the cell first registered, cannot', async () => {
    const boundToWard = await federation.auth.headers('CELL_COMMITTEE', ward);
    const draftInput = { idempotencyKey: k(), commentRequestId: request.id, version, levels: [2, 2, 2, 2, 2, 2] };
    expect(forbidden(await federation.query(M.draft, { input: draftInput }, boundToWard))).toBe('FORBIDDEN');
    expect(forbidden(await federation.query(M.draft, { input: draftInput }, await federation.auth.headers('CELL_COMMITTEE', request.cellId!)))).toBe('FORBIDDEN');
    const cell = await federation.auth.headers('CELL_COMMITTEE', assigned.id, { name: 'Lê Văn Thành' });
    const tooLong = await run<Payload<'commentRequest', Request>>(cell, M.draft, { commentRequestId: request.id, version, levels: [2, 2, 2, 2, 2, 2], remarks: 'ý'.repeat(2001) });
    expect(tooLong.payload.userErrors).toEqual([{ code: 'REMARKS_TOO_LONG', field: ['input', 'remarks'], message: 'Nhận xét khác dài tối đa 2000 ký tự (đang có 2001)' }]);
    const drafted = await run<Payload<'commentRequest', Request>>(cell, M.draft, { commentRequestId: request.id, version, levels: [2, 2, 2, 2, 2, 2] });
    expect(drafted.payload.commentRequest).toMatchObject({ status: 'DRAFTED' });
    version = drafted.payload.commentRequest!.version;
    const signInput = { idempotencyKey: k(), commentRequestId: request.id, version };
    expect(forbidden(await federation.query(M.sign, { input: signInput }, boundToWard))).toBe('FORBIDDEN');
    const signed = await run<Payload<'commentRequest', Request>>(cell, M.sign, { commentRequestId: request.id, version });
    expect(signed.payload.commentRequest).toMatchObject({ status: 'SIGNED' });
    version = signed.payload.commentRequest!.version;
  });

  it('the member reads the comments about them only once the ward has certified them; a ward committee token bound to the province cannot certify', async () => {
    const member = await federation.auth.headers('MEMBER', request.workplaceCellId, { member: request.memberId });
    const read = `query($id: ID!) { member(id: $id) { residenceComments { request { id } certifiedOn } commentRequests { id residenceComment { id } draft { levels } } } }`;
    type Read = { member: { residenceComments: { request: { id: string }; certifiedOn: string | null }[]; commentRequests: { id: string; residenceComment: { id: string } | null; draft: unknown }[] } };
    const before = await federation.query<Read>(read, { id: request.memberId }, member);
    expect(before.errors).toBeUndefined();
    expect(before.data!.member.residenceComments.map((c) => c.request.id)).not.toContain(request.id);
    expect(before.data!.member.residenceComments.every((c) => c.certifiedOn !== null)).toBe(true);
    expect(before.data!.member.commentRequests.find((r) => r.id === request.id)).toEqual({ id: request.id, residenceComment: null, draft: null });
    // The committees read the signed form as before.
    const asWard = await federation.query<Read>(read, { id: request.memberId }, await federation.auth.headers('WARD_COMMITTEE', ward));
    expect(asWard.data!.member.residenceComments.map((c) => c.request.id)).toContain(request.id);

    const input = { idempotencyKey: k(), commentRequestId: request.id, version };
    expect(forbidden(await federation.query(M.certify, { input }, await federation.auth.headers('WARD_COMMITTEE', province)))).toBe('FORBIDDEN');
    const certified = await run<Payload<'commentRequest', Request>>(await federation.auth.headers('WARD_COMMITTEE', ward, { name: 'Phạm Quang Huy' }), M.certify, { commentRequestId: request.id, version });
    expect(certified.payload.commentRequest).toMatchObject({ status: 'CERTIFIED' });
    const after = await federation.query<Read>(read, { id: request.memberId }, member);
    expect(after.data!.member.residenceComments.find((c) => c.request.id === request.id)).toEqual({ request: { id: request.id }, certifiedOn: TEST_DAY });
  });
});

describe('the annual review takes the year\'s residence comment into account, or says why there is none', () => {
  // Lý Duy Cường: his 2026 comment is returned, recommending "xem xét xử lý".
  const returned = requests2026.find((r) => r.status === 'RETURNED' && formOf(r.id)?.recommendation === 'CONSIDER_ACTION')!;
  const lastYear = dataset.evaluation.commentRequests.find((r) => r.memberId === returned.memberId && r.year === 2025)!;
  const othersReturned = requests2026.find((r) => r.status === 'RETURNED' && r.memberId !== returned.memberId)!;
  const certified = requests2026.find((r) => r.status === 'CERTIFIED')!;
  // Never answered, past its due date (the first ones are the ward's in the describe above).
  const unanswered = requests2026.filter((r) => r.status === 'SENT' && r.memberId !== certified.memberId).at(-1)!;
  // Registered at residence (active, since before the year's end) and not asked for 2026: the workplace must ask, not plead "not registered".
  const notAsked = dataset.residence.registrations.filter((g) => g.status === 'ACTIVE' && g.receivedOn <= '2026-12-31')
    .map((g) => ({ registration: g, member: dataset.workplace.members.find((m) => m.id === g.memberId && m.status === 'ACTIVE' && m.exemptionCategory === null) }))
    .find(({ member }) => member && !dataset.evaluation.commentRequests.some((r) => r.memberId === member.id && r.year === 2026 && r.status !== 'CANCELLED')
      && !dataset.evaluation.annualReviews.some((v) => v.memberId === member.id && v.year === 2026))!;
  const review = (input: Record<string, unknown>, member: { memberId: string; workplaceCellId: string } = returned) =>
    federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceCellId).then((headers) =>
      run<Payload<'annualReview', { id: string; rating: string; withoutResidenceComment: string | null; withoutResidenceCommentNote: string | null; contradictsResidenceComment: boolean; residenceComment: { recommendation: string } | null }>>(
        headers, M.review, { memberId: member.memberId, year: 2026, score: 92, ...input }));

  it('neither a comment nor a reason: RESIDENCE_COMMENT_REQUIRED; both: COMMENT_AND_REASON_BOTH_GIVEN', async () => {
    const neither = await review({});
    expect(neither.payload.userErrors).toEqual([{
      code: 'RESIDENCE_COMMENT_REQUIRED', field: ['input', 'commentRequestId'],
      message: 'Đánh giá cuối năm phải tính đến nhận xét của chi bộ nơi cư trú, hoặc ghi rõ lý do không có nhận xét',
    }]);
    const both = await review({ commentRequestId: returned.id, withoutResidenceComment: 'EXEMPT' });
    expect(codes(both.payload.userErrors)).toEqual(['COMMENT_AND_REASON_BOTH_GIVEN']);
  });

  it('the comment must be this member\'s annual one for the year, and returned', async () => {
    expect(codes((await review({ commentRequestId: othersReturned.id })).payload.userErrors)).toEqual(['COMMENT_NOT_FOR_THIS_REVIEW']);
    const lastYears = await review({ commentRequestId: lastYear.id });
    expect(lastYears.payload.userErrors).toEqual([{
      code: 'COMMENT_NOT_FOR_THIS_REVIEW', field: ['input', 'commentRequestId'], message: 'Phiếu nhận xét phải là phiếu nhận xét hằng năm 2026 về chính đảng viên này',
    }]);
    const notBack = await review({ commentRequestId: certified.id }, certified);
    expect(notBack.payload.userErrors).toEqual([{ code: 'COMMENT_NOT_RETURNED', field: ['input', 'commentRequestId'], message: 'Nơi cư trú chưa gửi trả phiếu nhận xét này' }]);
  });

  it('a returned comment cannot be passed over with a reason: RESIDENCE_COMMENT_AVAILABLE', async () => {
    expect(codes((await review({ withoutResidenceComment: 'RESIDENCE_DID_NOT_ANSWER' })).payload.userErrors)).toEqual(['RESIDENCE_COMMENT_AVAILABLE']);
  });

  it('a reason the facts deny is refused: REASON_DOES_NOT_HOLD', async () => {
    const exempt = await review({ withoutResidenceComment: 'EXEMPT' }, unanswered);
    expect(exempt.payload.userErrors).toEqual([{ code: 'REASON_DOES_NOT_HOLD', field: ['input', 'withoutResidenceComment'], message: 'Đảng viên không thuộc diện miễn sinh hoạt nơi cư trú' }]);
    expect(codes((await review({ withoutResidenceComment: 'NOT_REGISTERED_AT_RESIDENCE' }, unanswered)).payload.userErrors)).toEqual(['REASON_DOES_NOT_HOLD']);
    expect(codes((await review({ withoutResidenceComment: 'NOT_INTRODUCED' }, unanswered)).payload.userErrors)).toEqual(['REASON_DOES_NOT_HOLD']);
  });

  it('a review pleading no answer while the ward is returning its comment waits for the return, then is refused', async () => {
    const taken = new Set([returned.memberId, othersReturned.memberId, certified.memberId, unanswered.memberId]);
    const returning = requests2026.filter((r) => r.status === 'SENT' && r.dueOn < TEST_DAY && r.wardId !== ward && !taken.has(r.memberId)).at(-2)!;
    // The ward's return, caught half-way: the request written RETURNED, not yet committed.
    const wardReturning = federation.subgraphs.evaluation.dataSource.createQueryRunner();
    await wardReturning.connect();
    await wardReturning.startTransaction();
    await wardReturning.query(`UPDATE comment_request SET status = 'RETURNED', returned_on = $2, version = version + 1 WHERE id = $1`, [returning.id, TEST_DAY]);
    const pleaded = review({ withoutResidenceComment: 'RESIDENCE_DID_NOT_ANSWER' }, returning);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await wardReturning.commitTransaction();
    await wardReturning.release();
    expect(codes((await pleaded).payload.userErrors)).toEqual(['RESIDENCE_COMMENT_AVAILABLE']);
  });

  it('"not registered at residence" is refused for a member the residence has registered: ask it first', async () => {
    const member = { memberId: notAsked.member!.id, workplaceCellId: notAsked.member!.workplaceCellId };
    const pleaded = await review({ withoutResidenceComment: 'NOT_REGISTERED_AT_RESIDENCE' }, member);
    expect(pleaded.payload.userErrors).toEqual([{
      code: 'REASON_DOES_NOT_HOLD', field: ['input', 'withoutResidenceComment'],
      message: `Đảng viên đang đăng ký sinh hoạt ở nơi cư trú (từ ngày ${notAsked.registration.receivedOn}); hãy xin ý kiến nhận xét của chi bộ nơi cư trú`,
    }]);
    expect(pleaded.payload.annualReview).toBeNull();
  });

  it('a workplace committee token bound too high (the province) cannot record a review', async () => {
    const input = { idempotencyKey: k(), memberId: returned.memberId, year: 2026, score: 80, commentRequestId: returned.id };
    expect(forbidden(await federation.query(M.review, { input }, await federation.auth.headers('WORKPLACE_COMMITTEE', province)))).toBe('FORBIDDEN');
  });

  it('records a review against the comment (flagged) and one without a comment (with its reason and note)', async () => {
    const against = await review({ commentRequestId: returned.id, score: 92 });
    expect(against.payload.userErrors).toEqual([]);
    expect(against.payload.annualReview).toMatchObject({
      rating: 'EXCELLENT', withoutResidenceComment: null, contradictsResidenceComment: true, residenceComment: { recommendation: 'CONSIDER_ACTION' },
    });
    const noteTooLong = await review({ withoutResidenceComment: 'RESIDENCE_DID_NOT_ANSWER', withoutResidenceCommentNote: 'x'.repeat(2001), score: 75 }, unanswered);
    expect(codes(noteTooLong.payload.userErrors)).toEqual(['NOTE_TOO_LONG']);
    const without = await review({ withoutResidenceComment: 'RESIDENCE_DID_NOT_ANSWER', withoutResidenceCommentNote: 'Đã nhắc hai lần, phường chưa trả lời', score: 75 }, unanswered);
    expect(without.payload.userErrors).toEqual([]);
    expect(without.payload.annualReview).toMatchObject({
      rating: 'GOOD', withoutResidenceComment: 'RESIDENCE_DID_NOT_ANSWER', withoutResidenceCommentNote: 'Đã nhắc hai lần, phường chưa trả lời',
      contradictsResidenceComment: false, residenceComment: null,
    });

    const list = `query($id: ID!, $kind: ReviewResidenceIssue, $side: OversightSide) { organization(id: $id) {
      reviewsAgainstResidenceComment(year: 2026, kind: $kind, side: $side, first: 50) { totalCount edges { kind node { id member { id } } } } } }`;
    type List = { organization: { reviewsAgainstResidenceComment: { totalCount: number; edges: { kind: string; node: { id: string; member: { id: string } } }[] } } };
    const oversight = await federation.auth.adminHeaders();
    const entries = async (id: string, variables: Record<string, unknown>, headers = oversight) => {
      const response = await federation.query<List>(list, { id, ...variables }, headers);
      expect(response.errors).toBeUndefined();
      return response.data!.organization.reviewsAgainstResidenceComment.edges.map((e) => [e.kind, e.node.id]);
    };
    const againstId = against.payload.annualReview!.id;
    const withoutId = without.payload.annualReview!.id;
    expect(await entries(province, { kind: 'CONTRADICTS' })).toEqual([['CONTRADICTS', againstId]]);
    expect(await entries(province, { kind: 'WITHOUT_COMMENT' })).toEqual([['WITHOUT_COMMENT', withoutId]]);
    expect((await entries(province, {})).sort()).toEqual([['CONTRADICTS', againstId], ['WITHOUT_COMMENT', withoutId]].sort());
    // Scoped: the reviewing cell's agency sees its own; the ward, on the residence side, the one whose comment it wrote.
    const agency = await federation.auth.headers('WORKPLACE_COMMITTEE', returned.workplaceOrganizationId);
    expect(await entries(returned.workplaceOrganizationId, { kind: 'CONTRADICTS' }, agency)).toEqual([['CONTRADICTS', againstId]]);
    expect(await entries(returned.wardId!, { kind: 'CONTRADICTS', side: 'RESIDENCE' }, await federation.auth.headers('WARD_COMMITTEE', returned.wardId!))).toEqual([['CONTRADICTS', againstId]]);
    const ofOtherWard = [...(returned.wardId === otherWard.id ? [['CONTRADICTS', againstId]] : []), ...(unanswered.wardId === otherWard.id ? [['WITHOUT_COMMENT', withoutId]] : [])];
    expect(await entries(otherWard.id, { side: 'RESIDENCE' }, await federation.auth.headers('WARD_COMMITTEE', otherWard.id))).toEqual(ofOtherWard);
    // A member reads no organisation's lists.
    expect(await entries(province, {}, await federation.auth.headers('MEMBER', returned.workplaceCellId, { member: returned.memberId }))).toEqual([]);
  });
});

describe('a member who no longer lives in the ward: its requests not yet begun are withdrawn', () => {
  // A 2026 annual request no cell has begun, to a ward other than the one the tests above work in, of a member registered in a cell there.
  const registrations = new Map(dataset.residence.registrations.filter((g) => g.status === 'ACTIVE' && g.cellId !== null).map((g) => [g.memberId, g]));
  const notBegun = requests2026.filter((r) => r.status === 'SENT' && r.wardId !== ward && registrations.get(r.memberId)?.wardId === r.wardId).at(0)!;
  const registration = registrations.get(notBegun.memberId)!;

  it('the cell reports the member gone: the ward\'s SENT request is CANCELLED, so the workplace can ask where they live now', async () => {
    const left = await run<Payload<'residenceRegistration', { id: string; status: string }>>(await federation.auth.headers('CELL_COMMITTEE', registration.cellId!),
      'mutation($input: ReportLeavingResidenceInput!) { reportLeavingResidence(input: $input) { residenceRegistration { id status } userErrors { code field message } } }',
      { registrationId: registration.id, version: 1, reason: 'Gia đình đã chuyển đi nơi khác' });
    expect(left.payload.userErrors).toEqual([]);
    await federation.settle();
    const [request] = (await federation.subgraphs.evaluation.dataSource.query('SELECT status FROM comment_request WHERE id = $1', [notBegun.id])) as { status: string }[];
    expect(request).toEqual({ status: 'CANCELLED' });
  });
});

describe('a member sent on special duty: no residence comments on them', () => {
  it('the workplace reports special duty: the member\'s open requests are CANCELLED', async () => {
    // A SENT request of Đông Ngạc's that no other test here takes (they take the ward's first, the last of all, and other wards').
    const sent = requests2026.filter((r) => r.status === 'SENT');
    const open = sent.filter((r) => r.wardId === ward && r !== sent.find((f) => f.wardId === ward && f.cellId !== null) && r !== sent.at(-1)).at(1)!;
    const workplace = dataset.workplace.members.find((m) => m.id === open.memberId)!;
    const headers = await federation.auth.headers('WORKPLACE_COMMITTEE', workplace.workplaceOrganizationId);
    const { data } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: workplace.id }, headers);
    const changed = await run<Payload<'member', { id: string }>>(headers,
      'mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id } userErrors { code field message } } }',
      { memberId: workplace.id, version: data!.member.version, changeType: 'EXEMPTION_CHANGED', exemptionCategory: 'SPECIAL_DUTY', effectiveOn: TEST_DAY });
    expect(changed.payload.userErrors).toEqual([]);
    await federation.settle();
    const [request] = (await federation.subgraphs.evaluation.dataSource.query('SELECT status FROM comment_request WHERE id = $1', [open.id])) as { status: string }[];
    expect(request).toEqual({ status: 'CANCELLED' });
  });
});
