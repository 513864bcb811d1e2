import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { addDays, mutableClock } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { codes, mutate, type UserError } from '../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

type Payload<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };

const ISSUE = `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id status } userErrors { code field message } } }`;
const RECEIVE = `mutation($input: ReceiveIntroductionLetterInput!) { receiveIntroductionLetter(input: $input) { residenceRegistration { id status version } userErrors { code field message } } }`;
const LEAVING = `mutation($input: ReportLeavingResidenceInput!) { reportLeavingResidence(input: $input) { residenceRegistration { id status endReason } userErrors { code field message } } }`;
const CHANGE = `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id status } userErrors { code field message } } }`;
const REQUEST = `mutation($input: RequestCommentsInput!) { requestComments(input: $input) { commentRequest { id status dueOn } userErrors { code field message } } }`;

describe('leaving notices, deadlines and effects that do not get through', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const tdp7 = organizationId('dong-ngac/tdp-7');
  const activeInTdp7 = dataset.residence.registrations.filter((r) => r.status === 'ACTIVE' && r.cellId === tdp7)
    .map((r) => dataset.workplace.members.find((m) => m.id === r.memberId)!)
    .filter((m) => m.status === 'ACTIVE' && m.exemptionCategory === null);
  let federation: TestFederation;
  let key = 0;
  const k = () => `notices-${(key += 1)}`;
  const workplaceOf = (member: { workplaceOrganizationId: string }) => federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId, { sub: `wc-${member.workplaceOrganizationId}` });

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('a cell reports that a member left: the registration ends and the workplace must introduce them elsewhere', async () => {
    const member = activeInTdp7[0]!;
    const { data } = await federation.query<{ member: { residenceRegistration: { id: string; version: number } } }>(
      'query($id: ID!) { member(id: $id) { residenceRegistration { id version } } }', { id: member.id });
    const cell = await federation.auth.headers('CELL_COMMITTEE', tdp7);
    const noReason = await mutate<Payload<'residenceRegistration', unknown>>(federation, cell, LEAVING, { idempotencyKey: k(), registrationId: data!.member.residenceRegistration.id, version: data!.member.residenceRegistration.version, reason: '' });
    expect(codes(noReason)).toEqual(['REASON_REQUIRED']);
    const left = await mutate<Payload<'residenceRegistration', { status: string; endReason: string }>>(federation, cell, LEAVING, {
      idempotencyKey: k(), registrationId: data!.member.residenceRegistration.id, version: data!.member.residenceRegistration.version, reason: 'Gia đình đã chuyển đến phường Cầu Giấy',
    });
    expect(left.residenceRegistration).toMatchObject({ status: 'ENDED', endReason: 'LEFT_RESIDENCE' });
    await federation.settle();

    type Standing = { member: { needsNewIntroduction: boolean; leavingNotices: { status: string; reason: string; ward: { id: string } }[]; introductionLetters: { edges: { node: { status: string } }[] } } };
    const standing = async () => (await federation.query<Standing>('query($id: ID!) { member(id: $id) { needsNewIntroduction leavingNotices { status reason ward { id } } introductionLetters { edges { node { status } } } } }', { id: member.id })).data!.member;
    const before = await standing();
    expect(before.needsNewIntroduction).toBe(true);
    expect(before.leavingNotices).toEqual([{ status: 'OPEN', reason: 'Gia đình đã chuyển đến phường Cầu Giấy', ward: { id: organizationId('dong-ngac') } }]);
    expect(before.introductionLetters.edges.every((e) => e.node.status !== 'ASSIGNED')).toBe(true);

    const reintroduced = await mutate<Payload<'introductionLetter', { status: string }>>(federation, await workplaceOf(member), ISSUE, {
      idempotencyKey: k(), memberId: member.id, toWardId: organizationId('cau-giay'), residenceAddress: 'Số 5, ngõ 68 Cầu Giấy, Hà Nội',
    });
    expect(reintroduced.userErrors).toEqual([]);
    const after = await standing();
    expect(after.needsNewIntroduction).toBe(false);
    expect(after.leavingNotices.map((n) => n.status)).toEqual(['RESOLVED']);
  });

  it('retries of one key sent at the same time apply once', async () => {
    const member = dataset.workplace.members.find((m) => m.status === 'ACTIVE' && !dataset.workplace.introductionLetters.some((l) => l.memberId === m.id))!;
    const headers = await workplaceOf(member);
    const input = { idempotencyKey: 'same-key-twice', memberId: member.id, toWardId: organizationId('cau-giay'), residenceAddress: 'Số 2, ngõ 68 Cầu Giấy, Hà Nội' };
    const [a, b] = await Promise.all([1, 2].map(() => mutate<Payload<'introductionLetter', { id: string }>>(federation, headers, ISSUE, input)));
    expect(a!.introductionLetter!.id).toBe(b!.introductionLetter!.id);
    const { data } = await federation.query<{ member: { introductionLetters: { totalCount: number } } }>('query($id: ID!) { member(id: $id) { introductionLetters { totalCount } } }', { id: member.id });
    expect(data!.member.introductionLetters.totalCount).toBe(1);
  });

  it('reminds once before the due date and marks overdue once after it, reckoned in Vietnam', async () => {
    const member = activeInTdp7[1]!;
    const asked = await mutate<Payload<'commentRequest', { id: string; dueOn: string }>>(federation, await workplaceOf(member), REQUEST, { idempotencyKey: k(), memberId: member.id, purpose: 'NOMINATION' });
    expect(asked.commentRequest!.dueOn).toBe(addDays(TEST_DAY, 7));
    type Deadline = { commentRequest: { remindedOn: string | null; overdueSince: string | null; overdue: boolean } };
    const deadline = async () => (await federation.query<Deadline>('query($id: ID!) { commentRequest(id: $id) { remindedOn overdueSince overdue } }', { id: asked.commentRequest!.id })).data!.commentRequest;

    clock.set(`${addDays(TEST_DAY, 1)}T03:00:00Z`);
    await federation.subgraphs.evaluation.runScheduledJobs();
    expect(await deadline()).toEqual({ remindedOn: null, overdueSince: null, overdue: false });

    // 18:30 UTC on the next day is already the day after in Hà Nội (UTC+7): five days before the due date.
    clock.set(`${addDays(TEST_DAY, 1)}T18:30:00Z`);
    await federation.subgraphs.evaluation.runScheduledJobs();
    await federation.subgraphs.evaluation.runScheduledJobs();
    expect(await deadline()).toEqual({ remindedOn: addDays(TEST_DAY, 2), overdueSince: null, overdue: false });

    clock.set(`${addDays(TEST_DAY, 8)}T03:00:00Z`);
    await federation.subgraphs.evaluation.runScheduledJobs();
    clock.set(`${addDays(TEST_DAY, 9)}T03:00:00Z`);
    await federation.subgraphs.evaluation.runScheduledJobs();
    expect(await deadline()).toEqual({ remindedOn: addDays(TEST_DAY, 2), overdueSince: addDays(TEST_DAY, 8), overdue: true });
    clock.set(TEST_INSTANT);
  });

  it('an effect its owner refuses stays visible to oversight', async () => {
    const member = dataset.workplace.members.filter((m) => m.status === 'ACTIVE' && !dataset.workplace.introductionLetters.some((l) => l.memberId === m.id))[3]!;
    const workplace = await workplaceOf(member);
    const issued = await mutate<Payload<'introductionLetter', { id: string }>>(federation, workplace, ISSUE, {
      idempotencyKey: k(), memberId: member.id, toWardId: organizationId('dong-ngac'), residenceAddress: 'Số 40, đường Đông Ngạc, Hà Nội',
    });
    const received = await mutate<Payload<'residenceRegistration', unknown>>(federation, await federation.auth.headers('WARD_COMMITTEE', organizationId('dong-ngac')), RECEIVE, {
      idempotencyKey: k(), introductionLetterId: issued.introductionLetter!.id,
    });
    expect(received.userErrors).toEqual([]);
    // Before the ward's receipt is delivered, the workplace reports the member deceased: the letter ends.
    const { data } = await federation.query<{ member: { version: number } }>('query($id: ID!) { member(id: $id) { version } }', { id: member.id });
    const died = await mutate<Payload<'member', unknown>>(federation, workplace, CHANGE, { idempotencyKey: k(), memberId: member.id, version: data!.member.version, changeType: 'DECEASED', effectiveOn: TEST_DAY });
    expect(died.userErrors).toEqual([]);
    await federation.settle();

    const oversight = await federation.auth.headers('OVERSIGHT', organizationId('ha-noi'));
    type Effects = { residenceCommitteeUndeliveredEffects: { topic: string; target: string; refusedAt: string | null; payload: { introductionLetterId?: string } }[] };
    const effects = await federation.query<Effects>('{ residenceCommitteeUndeliveredEffects { topic target refusedAt payload } }', undefined, oversight);
    expect(effects.errors).toBeUndefined();
    const refused = effects.data!.residenceCommitteeUndeliveredEffects.filter((e) => e.payload.introductionLetterId === issued.introductionLetter!.id);
    expect(refused).toEqual([expect.objectContaining({ topic: 'IntroductionLetterReceived', target: 'workplace-committee', refusedAt: expect.any(String) })]);

    const ward = await federation.query('{ residenceCommitteeUndeliveredEffects { topic } }', undefined, await federation.auth.headers('WARD_COMMITTEE', organizationId('dong-ngac')));
    expect(ward.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
