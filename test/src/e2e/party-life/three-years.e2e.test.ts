import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { organizationId } from '@twoway/demo-data';
import { mutableClock } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_INSTANT } from '../../support/test-day.js';

type Payload = Record<string, unknown> & { userErrors: UserError[] };
interface Versioned { id: string; status: string; version: number }

const ERRORS = 'userErrors { code field message }';
const M = {
  admit: `mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { id status version } ${ERRORS} } }`,
  issue: `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id number status version } ${ERRORS} } }`,
  present: `mutation($input: PresentIntroductionLetterInput!) { presentIntroductionLetter(input: $input) { introductionLetter { id status version presentedOn } ${ERRORS} } }`,
  receive: `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) { residenceRegistration { id status version cell { id } } ${ERRORS} } }`,
  assign: `mutation($input: AssignToResidentialCellInput!) { assignToResidentialCell(input: $input) { residenceRegistration { id status version } ${ERRORS} } }`,
  requestAnnual: `mutation($input: RequestAnnualCommentsInput!) { requestAnnualComments(input: $input) { commentRequests { id status version member { id } } ${ERRORS} } }`,
  receiveRequest: `mutation($input: ReceiveCommentRequestInput!) { receiveCommentRequest(input: $input) { commentRequest { id status version cell { id } } ${ERRORS} } }`,
  draft: `mutation($input: DraftResidenceCommentInput!) { draftResidenceComment(input: $input) { commentRequest { id status version } ${ERRORS} } }`,
  sign: `mutation($input: MoveCommentRequestInput!) { signResidenceComment(input: $input) { commentRequest { id status version } ${ERRORS} } }`,
  certify: `mutation($input: MoveCommentRequestInput!) { certifyResidenceComment(input: $input) { commentRequest { id status version } ${ERRORS} } }`,
  returnForm: `mutation($input: MoveCommentRequestInput!) { returnResidenceComment(input: $input) { commentRequest { id status version } ${ERRORS} } }`,
  review: `mutation($input: RecordAnnualReviewInput!) { recordAnnualReview(input: $input) { annualReview { id year rating contradictsResidenceComment } ${ERRORS} } }`,
  transferOut: `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { __typename ${ERRORS} } }`,
  takeIn: `mutation($input: ReceiveTransferredMemberInput!) { receiveTransferredMember(input: $input) { __typename ${ERRORS} } }`,
  change: `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id status version } ${ERRORS} } }`,
  acknowledge: `mutation($input: AcknowledgeChangeNoticeInput!) { acknowledgeChangeNotice(input: $input) { changeNoticeAcknowledgement { endedRegistrations { id } } ${ERRORS} } }`,
  retire: `mutation($input: RetireMemberInput!) { retireMember(input: $input) { member { id status version } ${ERRORS} } }`,
};

const MEMBER = `query($id: ID!) { member(id: $id) {
  id status version residenceDuty needsNewIntroduction introductionDueSince
  workplaceCell { id } workplaceOrganization { id }
  transfers { id status version }
  introductionLetters(first: 10) { edges { node { id status endReason toWard { id } } } }
  residenceRegistration { id status activity ward { id } cell { id } }
  annualReviews { year rating residenceComment { year } }
} }`;

interface MemberView {
  id: string;
  status: string;
  version: number;
  residenceDuty: string;
  needsNewIntroduction: boolean;
  introductionDueSince: string | null;
  workplaceCell: { id: string };
  workplaceOrganization: { id: string };
  transfers: Versioned[];
  introductionLetters: { edges: { node: { id: string; status: string; endReason: string | null; toWard: { id: string } } }[] };
  residenceRegistration: { id: string; status: string; activity: string; ward: { id: string }; cell: { id: string } | null } | null;
  annualReviews: { year: number; rating: string; residenceComment: { year: number } | null }[];
}

/** Vietnamese text: what an official reads in a refusal. */
const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;

/**
 * The issue's story, done when it passes: one member followed through the
 * gateway for three years, with tokens for the real roles. Admitted by Sở Tài
 * chính, introduced to phường Đông Ngạc; transferred to Sở Y tế and taken in,
 * still living in Đông Ngạc (the registration is re-homed); moves to phường Cầu
 * Giấy and is introduced there; reviewed each year against that year's residence
 * comment; retires into the residential cell. Each oversight list shows the
 * member exactly while they are missing, and every illegal step is refused with
 * its code and a Vietnamese message, changing nothing.
 */
describe("a member's whole Party life across organisations, three years", () => {
  const clock = mutableClock(TEST_INSTANT);
  const on = (day: string) => clock.set(`${day}T03:00:00Z`);
  const sending = { agency: organizationId('so-tai-chinh'), cell: organizationId('so-tai-chinh/cell-2') };
  const receiving = { agency: organizationId('so-y-te'), cell: organizationId('so-y-te/cell-2') };
  const firstHome = { ward: organizationId('dong-ngac'), cell: organizationId('dong-ngac/tdp-5') };
  const secondHome = { ward: organizationId('cau-giay'), cell: organizationId('cau-giay/tdp-21') };
  let federation: TestFederation;
  let as: Record<string, Record<string, string>>;
  let memberId: string;
  let key = 0;
  const k = () => `three-years-${(key += 1)}`;

  const run = (headers: Record<string, string>, document: string, input: Record<string, unknown>) =>
    mutate<Payload>(federation, headers, document, { idempotencyKey: k(), ...input });
  const ok = async (headers: Record<string, string>, document: string, input: Record<string, unknown>) => {
    const payload = await run(headers, document, input);
    expect(payload.userErrors).toEqual([]);
    return payload;
  };
  /** Refused with this code and a Vietnamese message; the member's record is as it was. */
  const refused = async (code: string, headers: Record<string, string>, document: string, input: Record<string, unknown>) => {
    const before = await member();
    const payload = await run(headers, document, input);
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, message: expect.stringMatching(VIETNAMESE) })]);
    expect(await member()).toEqual(before);
  };
  const forbidden = async (headers: Record<string, string>, document: string, input: Record<string, unknown>) => {
    const response = await federation.query(document, { input: { idempotencyKey: k(), ...input } }, headers);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.errors![0]!.message).toMatch(VIETNAMESE);
  };
  const member = async (): Promise<MemberView> => {
    const { data, errors } = await federation.query<{ member: MemberView }>(MEMBER, { id: memberId });
    expect(errors).toBeUndefined();
    return data!.member;
  };
  const listed = async (organization: string, list: string, args: string): Promise<string[]> => {
    const { data, errors } = await federation.query<{ organization: Record<string, { edges: { node: Record<string, unknown> }[] }> }>(
      `query($id: ID!) { organization(id: $id) { list: ${list}(${args ? `${args}, ` : ''}first: 100) { edges { node { ${list === 'membersNotIntroduced' ? 'id' : 'member { id }'} } } } } }`,
      { id: organization });
    expect(errors).toBeUndefined();
    return data!.organization.list!.edges.map(({ node }) => (node.id as string | undefined) ?? (node.member as { id: string }).id);
  };
  const letterOf = async (ward: string) => (await member()).introductionLetters.edges.map((e) => e.node).find((l) => l.toWard.id === ward && l.status !== 'ENDED');

  /** The residence's annual comments for the year, from the request to the return, and the cell's review with them. */
  async function reviewedAgainstTheResidence(year: number, home: { ward: string; cell: string }, workplace: { agency: string; cell: string }, levels: number[], score: number) {
    on(`${year}-12-01`);
    const batch = await ok(as[`agency:${workplace.agency}`]!, M.requestAnnual, { workplaceOrganizationId: workplace.agency, year });
    let request: Versioned = (batch.commentRequests as (Versioned & { member: { id: string } })[]).find((r) => r.member.id === memberId)!;
    expect(request.status).toBe('SENT');

    on(`${year}-12-03`);
    await refused('NOT_RECEIVED', as[`cell:${home.cell}`]!, M.draft, { commentRequestId: request.id, version: request.version, levels });
    request = (await ok(as[`ward:${home.ward}`]!, M.receiveRequest, { commentRequestId: request.id, version: request.version, cellId: home.cell })).commentRequest as Versioned;
    expect(request.status).toBe('RECEIVED');
    on(`${year}-12-08`);
    request = (await ok(as[`cell:${home.cell}`]!, M.draft, { commentRequestId: request.id, version: request.version, levels, remarks: 'Giữ mối liên hệ với chi bộ nơi cư trú' })).commentRequest as Versioned;
    request = (await ok(as[`cell:${home.cell}`]!, M.sign, { commentRequestId: request.id, version: request.version })).commentRequest as Versioned;
    on(`${year}-12-10`);
    request = (await ok(as[`ward:${home.ward}`]!, M.certify, { commentRequestId: request.id, version: request.version })).commentRequest as Versioned;
    request = (await ok(as[`ward:${home.ward}`]!, M.returnForm, { commentRequestId: request.id, version: request.version })).commentRequest as Versioned;
    expect(request.status).toBe('RETURNED');

    on(`${year}-12-20`);
    const cellCommittee = as[`cell:${workplace.cell}`]!;
    await refused('RESIDENCE_COMMENT_REQUIRED', cellCommittee, M.review, { memberId, year, score });
    const reviewed = await ok(cellCommittee, M.review, { memberId, year, score, commentRequestId: request.id });
    return { request, review: reviewed.annualReview as { id: string; year: number; rating: string; contradictsResidenceComment: boolean } };
  }

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
    const committee = (role: 'WORKPLACE_COMMITTEE' | 'WARD_COMMITTEE' | 'CELL_COMMITTEE', org: string, name: string) =>
      federation.auth.headers(role, org, { sub: `${role.toLowerCase()}:${org}`, name });
    as = {
      [`agency:${sending.agency}`]: await committee('WORKPLACE_COMMITTEE', sending.agency, 'Bí thư Đảng ủy Sở Tài chính'),
      [`cell:${sending.cell}`]: await committee('WORKPLACE_COMMITTEE', sending.cell, 'Bí thư Chi bộ Phòng Quản lý ngân sách'),
      [`agency:${receiving.agency}`]: await committee('WORKPLACE_COMMITTEE', receiving.agency, 'Bí thư Đảng ủy Sở Y tế'),
      [`cell:${receiving.cell}`]: await committee('WORKPLACE_COMMITTEE', receiving.cell, 'Bí thư Chi bộ Phòng Nghiệp vụ Y'),
      [`ward:${firstHome.ward}`]: await committee('WARD_COMMITTEE', firstHome.ward, 'Phó Bí thư Đảng ủy phường Đông Ngạc'),
      [`cell:${firstHome.cell}`]: await committee('CELL_COMMITTEE', firstHome.cell, 'Bí thư Chi bộ Tổ dân phố số 5'),
      [`ward:${secondHome.ward}`]: await committee('WARD_COMMITTEE', secondHome.ward, 'Phó Bí thư Đảng ủy phường Cầu Giấy'),
      [`cell:${secondHome.cell}`]: await committee('CELL_COMMITTEE', secondHome.cell, 'Bí thư Chi bộ Tổ dân phố số 21'),
      bloc: await federation.auth.headers('WORKPLACE_COMMITTEE', organizationId('khoi-co-quan')),
      province: await federation.auth.headers('WARD_COMMITTEE', organizationId('ha-noi')),
    };
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('2027: admitted by the grassroots committee, due for introduction from that day', async () => {
    on('2027-01-10');
    const admission = {
      fullName: 'Nguyễn Thị Thu Hà', sex: 'FEMALE', birthDate: '1996-04-12', admissionDate: '2027-01-08',
      workplaceCellId: sending.cell, citizenId: '001196012345',
    };
    await forbidden(as[`cell:${sending.cell}`]!, M.admit, admission);
    await forbidden(as.bloc!, M.admit, admission);
    const future = await run(as[`agency:${sending.agency}`]!, M.admit, { ...admission, admissionDate: '2027-02-01' });
    expect(future.userErrors.map((e) => e.code)).toEqual(['EFFECTIVE_DATE_IN_FUTURE']);
    expect(future.userErrors[0]!.message).toMatch(VIETNAMESE);

    const admitted = await ok(as[`agency:${sending.agency}`]!, M.admit, admission);
    memberId = (admitted.member as Versioned).id;
    expect(await member()).toMatchObject({
      status: 'ACTIVE', residenceDuty: 'TWO_WAY', needsNewIntroduction: true, introductionDueSince: '2027-01-08',
      workplaceCell: { id: sending.cell }, residenceRegistration: null,
    });
    // Missing only once the presentation days have passed without a letter.
    expect(await listed(sending.agency, 'membersNotIntroduced', '')).not.toContain(memberId);
    on('2027-02-10');
    expect(await listed(sending.agency, 'membersNotIntroduced', '')).toContain(memberId);
  });

  it('2027: introduced to phường Đông Ngạc, presents the letter herself, received and assigned; the monthly new-members notice names her', async () => {
    on('2027-02-10');
    await forbidden(as[`cell:${sending.cell}`]!, M.issue, { memberId, toWardId: firstHome.ward, residenceAddress: 'Số 12, ngõ 15 Đức Diễn, phường Đông Ngạc' });
    const issued = await ok(as[`agency:${sending.agency}`]!, M.issue, { memberId, toWardId: firstHome.ward, residenceAddress: 'Số 12, ngõ 15 Đức Diễn, phường Đông Ngạc' });
    let letter = issued.introductionLetter as Versioned & { number: string };
    expect(letter.number).toMatch(/^\d+-GGT$/);
    expect(await listed(sending.agency, 'membersNotIntroduced', '')).not.toContain(memberId);

    on('2027-02-14');
    const herself = await federation.auth.headers('MEMBER', firstHome.cell, { member: memberId });
    const someoneElse = await federation.auth.headers('MEMBER', firstHome.cell, { member: '00000000-0000-4000-8000-000000000001' });
    await forbidden(someoneElse, M.present, { introductionLetterId: letter.id, version: letter.version });
    letter = (await ok(herself, M.present, { introductionLetterId: letter.id, version: letter.version })).introductionLetter as Versioned & { number: string };
    expect(letter).toMatchObject({ status: 'PRESENTED', presentedOn: '2027-02-14' });
    await refused('LETTER_NOT_ISSUED', herself, M.present, { introductionLetterId: letter.id, version: letter.version });

    on('2027-02-16');
    await forbidden(as.province!, M.receive, { introductionLetterId: letter.id });
    const received = await ok(as[`ward:${firstHome.ward}`]!, M.receive, { introductionLetterId: letter.id });
    const registration = received.residenceRegistration as Versioned;
    await ok(as[`ward:${firstHome.ward}`]!, M.assign, { registrationId: registration.id, version: registration.version, cellId: firstHome.cell });
    await federation.settle();
    expect(await member()).toMatchObject({
      needsNewIntroduction: false, introductionDueSince: null,
      residenceRegistration: { status: 'ACTIVE', activity: 'TWO_WAY', ward: { id: firstHome.ward }, cell: { id: firstHome.cell } },
    });
    expect((await letterOf(firstHome.ward))!.status).toBe('ASSIGNED');

    // February's new members go to the ward in the notice compiled when the month ends.
    on('2027-03-01');
    await federation.settle();
    const { data } = await federation.query<{ organization: { changeNotices: { edges: { node: { kind: string; period: string; items: { changeType: string; member: { id: string } }[] } }[] } } }>(
      'query($id: ID!) { organization(id: $id) { changeNotices(first: 100) { edges { node { kind period items { changeType member { id } } } } } } }', { id: firstHome.ward });
    const notices = data!.organization.changeNotices.edges.map((e) => e.node).filter((n) => n.items.some((i) => i.member.id === memberId));
    expect(notices).toEqual([{ kind: 'NEW_MEMBERS', period: '2027-02', items: [{ changeType: 'NEWLY_ADMITTED', member: { id: memberId } }] }]);
  });

  it('2027: reviewed by her cell against the residence comment of 2027', async () => {
    const { review } = await reviewedAgainstTheResidence(2027, firstHome, sending, [1, 1, 2, 1, 2, 2], 85);
    expect(review).toMatchObject({ year: 2027, rating: 'GOOD', contradictsResidenceComment: false });
    expect(await listed(sending.agency, 'reviewsAgainstResidenceComment', 'year: 2027, kind: WITHOUT_COMMENT')).not.toContain(memberId);
  });

  it('2028: transferred to Sở Y tế; in transit, and lost between organisations once the receipt days pass', async () => {
    on('2028-03-01');
    let current = await member();
    await refused('NOT_REPORTED_HERE', as[`agency:${sending.agency}`]!, M.change, { memberId, version: current.version, changeType: 'TRANSFERRED', effectiveOn: '2028-03-01' });
    await ok(as[`agency:${sending.agency}`]!, M.transferOut, {
      memberId, version: current.version, kind: 'OFFICIAL', toOrganizationId: receiving.agency, effectiveOn: '2028-03-01',
    });
    await federation.settle();
    current = await member();
    expect(current).toMatchObject({ status: 'IN_TRANSIT', residenceDuty: 'NONE', needsNewIntroduction: false });
    expect(current.introductionLetters.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ toWard: { id: firstHome.ward }, status: 'ENDED', endReason: 'TRANSFERRED' }));
    // Identity, history and past reviews stay with the member.
    expect(current.annualReviews).toEqual([{ year: 2027, rating: 'GOOD', residenceComment: { year: 2027 } }]);
    await refused('MEMBER_NOT_ACTIVE', as[`agency:${sending.agency}`]!, M.issue, { memberId, toWardId: firstHome.ward, residenceAddress: 'Số 12, ngõ 15 Đức Diễn, phường Đông Ngạc' });

    on('2028-03-15');
    for (const side of [sending.agency, receiving.agency]) {
      expect(await listed(side, 'membersInTransit', 'overdueOnly: false')).toContain(memberId);
      expect(await listed(side, 'membersInTransit', 'overdueOnly: true')).not.toContain(memberId);
    }
    on('2028-04-05');
    for (const side of [sending.agency, receiving.agency]) expect(await listed(side, 'membersInTransit', 'overdueOnly: true')).toContain(memberId);
  });

  it('2028: taken in by Sở Y tế; the new letter to the same ward re-homes her registration, which the old transfer notice no longer ends', async () => {
    on('2028-04-05');
    const [transfer] = (await member()).transfers;
    await refused('NOT_A_WORKPLACE_CELL', as[`agency:${receiving.agency}`]!, M.takeIn, { transferId: transfer!.id, version: transfer!.version, workplaceCellId: sending.cell });
    await forbidden(as[`agency:${sending.agency}`]!, M.takeIn, { transferId: transfer!.id, version: transfer!.version, workplaceCellId: receiving.cell });
    await ok(as[`agency:${receiving.agency}`]!, M.takeIn, { transferId: transfer!.id, version: transfer!.version, workplaceCellId: receiving.cell });
    await federation.settle();
    expect(await member()).toMatchObject({
      status: 'ACTIVE', residenceDuty: 'TWO_WAY', needsNewIntroduction: true, introductionDueSince: '2028-04-05',
      workplaceCell: { id: receiving.cell }, workplaceOrganization: { id: receiving.agency },
    });
    for (const side of [sending.agency, receiving.agency]) expect(await listed(side, 'membersInTransit', 'overdueOnly: false')).not.toContain(memberId);

    on('2028-04-08');
    const issued = await ok(as[`agency:${receiving.agency}`]!, M.issue, { memberId, toWardId: firstHome.ward, residenceAddress: 'Số 12, ngõ 15 Đức Diễn, phường Đông Ngạc' });
    const letter = issued.introductionLetter as Versioned;
    on('2028-04-10');
    const received = await ok(as[`ward:${firstHome.ward}`]!, M.receive, { introductionLetterId: letter.id });
    expect(received.residenceRegistration).toMatchObject({ status: 'ACTIVE', cell: { id: firstHome.cell } });
    await federation.settle();
    expect((await letterOf(firstHome.ward))!).toMatchObject({ id: letter.id, status: 'ASSIGNED' });

    // The old workplace's first-quarter notice reached the ward; acknowledging it ends nothing now.
    const { data } = await federation.query<{ organization: { changeNotices: { edges: { node: { id: string; items: { changeType: string; member: { id: string } }[] } }[] } } }>(
      'query($id: ID!) { organization(id: $id) { changeNotices(status: SENT, first: 100) { edges { node { id items { changeType member { id } } } } } } }', { id: firstHome.ward });
    const notice = data!.organization.changeNotices.edges.map((e) => e.node).find((n) => n.items.some((i) => i.member.id === memberId && i.changeType === 'TRANSFERRED'))!;
    const acknowledged = await ok(as[`ward:${firstHome.ward}`]!, M.acknowledge, { changeNoticeId: notice.id });
    expect((acknowledged.changeNoticeAcknowledgement as { endedRegistrations: { id: string }[] }).endedRegistrations.map((r) => r.id)).not.toContain(received.residenceRegistration && (received.residenceRegistration as Versioned).id);
    expect((await member()).residenceRegistration).toMatchObject({ status: 'ACTIVE', ward: { id: firstHome.ward } });
  });

  it('2028: moves to phường Cầu Giấy: the old letter ends with its reason, she is due again, and every figure counts her where she is', async () => {
    on('2028-09-01');
    const assignedBefore = await figures(receiving.agency, '2028-08');
    const current = await member();
    await ok(as[`agency:${receiving.agency}`]!, M.change, { memberId, version: current.version, changeType: 'RESIDENCE_CHANGED', effectiveOn: '2028-08-30', remarks: 'Chuyển đến phường Cầu Giấy' });
    const moved = await member();
    expect(moved).toMatchObject({ needsNewIntroduction: true, introductionDueSince: '2028-08-30' });
    expect(moved.introductionLetters.edges.map((e) => e.node).filter((l) => l.status !== 'ENDED')).toEqual([]);
    expect(moved.introductionLetters.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ toWard: { id: firstHome.ward }, endReason: 'RESIDENCE_CHANGED' }));
    expect((await figures(receiving.agency, '2028-09')).membersAssignedAtResidence).toBe(assignedBefore.membersAssignedAtResidence - 1);
    expect(await listed(receiving.agency, 'membersNotIntroduced', '')).not.toContain(memberId);
    on('2028-10-05');
    expect(await listed(receiving.agency, 'membersNotIntroduced', '')).toContain(memberId);

    on('2028-10-06');
    const issued = await ok(as[`agency:${receiving.agency}`]!, M.issue, { memberId, toWardId: secondHome.ward, residenceAddress: 'Số 5, ngõ 68 Cầu Giấy, phường Cầu Giấy' });
    const received = await ok(as[`ward:${secondHome.ward}`]!, M.receive, { introductionLetterId: (issued.introductionLetter as Versioned).id });
    const registration = received.residenceRegistration as Versioned;
    await ok(as[`ward:${secondHome.ward}`]!, M.assign, { registrationId: registration.id, version: registration.version, cellId: secondHome.cell });
    await federation.settle();
    expect(await member()).toMatchObject({
      needsNewIntroduction: false,
      residenceRegistration: { status: 'ACTIVE', ward: { id: secondHome.ward }, cell: { id: secondHome.cell } },
    });
    expect(await listed(receiving.agency, 'membersNotIntroduced', '')).not.toContain(memberId);
    expect((await figures(receiving.agency, '2028-10')).membersAssignedAtResidence).toBe(assignedBefore.membersAssignedAtResidence);
    expect((await registeredAt(firstHome.ward)).map((r) => r.member.id)).not.toContain(memberId);
    expect((await registeredAt(secondHome.ward)).map((r) => r.member.id)).toContain(memberId);
  });

  it('2028: the review that contradicts the residence (excellent next to "xem xét xử lý") is on the oversight list', async () => {
    const { review } = await reviewedAgainstTheResidence(2028, secondHome, receiving, [2, 2, 3, 3, 2, 3], 92);
    expect(review).toMatchObject({ year: 2028, rating: 'EXCELLENT', contradictsResidenceComment: true });
    expect(await listed(receiving.agency, 'reviewsAgainstResidenceComment', 'year: 2028, kind: CONTRADICTS')).toContain(memberId);
    expect(await listed(receiving.agency, 'reviewsAgainstResidenceComment', 'year: 2027, kind: CONTRADICTS')).not.toContain(memberId);
  });

  it('2029: reviewed against the comment of 2029, then retires into her residential cell', async () => {
    const { review } = await reviewedAgainstTheResidence(2029, secondHome, receiving, [1, 1, 1, 1, 1, 1], 80);
    expect(review).toMatchObject({ year: 2029, rating: 'GOOD', contradictsResidenceComment: false });
    expect((await member()).annualReviews.map((r) => [r.year, r.residenceComment?.year])).toEqual([[2029, 2029], [2028, 2028], [2027, 2027]]);

    on('2029-12-28');
    const current = await member();
    await forbidden(as[`cell:${receiving.cell}`]!, M.retire, { memberId, version: current.version, effectiveOn: '2029-12-28' });
    await ok(as[`agency:${receiving.agency}`]!, M.retire, { memberId, version: current.version, effectiveOn: '2029-12-28' });
    await federation.settle();
    const retired = await member();
    expect(retired).toMatchObject({
      status: 'RETIRED', residenceDuty: 'OFFICIAL_AT_RESIDENCE', needsNewIntroduction: false,
      residenceRegistration: { status: 'ACTIVE', activity: 'OFFICIAL', ward: { id: secondHome.ward }, cell: { id: secondHome.cell } },
    });
    expect(retired.introductionLetters.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ toWard: { id: secondHome.ward }, status: 'ENDED', endReason: 'RETIRED' }));
    await refused('MEMBER_NOT_ACTIVE', as[`agency:${receiving.agency}`]!, M.retire, { memberId, version: retired.version, effectiveOn: '2029-12-28' });
    await refused('MEMBER_NOT_ACTIVE', as[`agency:${receiving.agency}`]!, M.issue, { memberId, toWardId: secondHome.ward, residenceAddress: 'Số 5, ngõ 68 Cầu Giấy, phường Cầu Giấy' });

    // Still a member, history kept, listed by the ward as a resident member; missing from no list.
    expect(await registeredAt(secondHome.ward)).toContainEqual({ activity: 'OFFICIAL', member: { id: memberId } });
    on('2030-03-01');
    expect(await listed(receiving.agency, 'membersNotIntroduced', '')).not.toContain(memberId);
    expect(await listed(receiving.agency, 'membersInTransit', 'overdueOnly: false')).not.toContain(memberId);
  });

  it('every effect was delivered: no outbox message left undelivered or refused', async () => {
    for (const subgraph of Object.values(federation.subgraphs)) {
      const rows = await queryRows<{ pending: number; refused: number }>(subgraph.databaseUrl,
        `SELECT count(*) FILTER (WHERE delivered_at IS NULL AND refused_at IS NULL)::int AS pending,
                count(*) FILTER (WHERE refused_at IS NOT NULL)::int AS refused FROM outbox_message`);
      expect([subgraph.name, rows[0]!.pending, rows[0]!.refused]).toEqual([subgraph.name, 0, 0]);
    }
  });

  /** Every active registration a ward lists, page by page. */
  async function registeredAt(ward: string): Promise<{ activity: string; member: { id: string } }[]> {
    const found: { activity: string; member: { id: string } }[] = [];
    let after: string | null = null;
    do {
      type Page = { organization: { registeredMembers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { activity: string; member: { id: string } } }[] } } };
      const { data, errors }: { data?: Page | null; errors?: unknown } = await federation.query<Page>(
        'query($id: ID!, $after: String) { organization(id: $id) { registeredMembers(first: 100, after: $after, status: ACTIVE) { pageInfo { hasNextPage endCursor } edges { node { activity member { id } } } } } }', { id: ward, after });
      expect(errors).toBeUndefined();
      found.push(...data!.organization.registeredMembers.edges.map((e) => e.node));
      after = data!.organization.registeredMembers.pageInfo.hasNextPage ? data!.organization.registeredMembers.pageInfo.endCursor : null;
    } while (after);
    return found;
  }

  async function figures(organization: string, period: string): Promise<{ members: number; membersAssignedAtResidence: number }> {
    const { data, errors } = await federation.query<{ statistics: { members: number; membersAssignedAtResidence: number } }>(
      'query($id: ID!, $period: String!) { statistics(organizationId: $id, period: $period) { members membersAssignedAtResidence } }', { id: organization, period });
    expect(errors).toBeUndefined();
    return data!.statistics;
  }
});
