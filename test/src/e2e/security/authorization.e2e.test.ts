import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { queryRows } from '@twoway/persistence';
import { operationHash } from '@twoway/gateway';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { TEST_DAY } from '../../support/test-day.js';


const PROFILE = `query($id: ID!) { member(id: $id) {
  id fullName citizenId birthDate partyCardNumber dossierNumber
  introductionLetters { edges { node { id residenceAddress } } }
  residenceRegistration { id address ward { id } }
  residenceComments { year recommendation }
  latestReview { year rating } } }`;

interface Profile {
  member: {
    id: string; fullName: string; citizenId: string | null; birthDate: string | null; partyCardNumber: string | null; dossierNumber: string | null;
    introductionLetters: { edges: { node: { id: string; residenceAddress: string | null } }[] };
    residenceRegistration: { id: string; address: string | null; ward: { id: string } } | null;
    residenceComments: { year: number; recommendation: string }[] | null;
    latestReview: { year: number; rating: string } | null;
  } | null;
}

/**
 * Who may see what (docs/security.md): records by reach (the member's
 * workplace or residence node in the principal's subtree), organisation data by
 * node, guarded fields by role, and every official's read of personal data in
 * the audit log.
 */
describe('authorization', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const dongNgac = organizationId('dong-ngac');
  const cauGiay = organizationId('cau-giay');
  // A member registered and assigned in Đông Ngạc, with an open letter there.
  const registration = dataset.residence.registrations.find((r) => r.status === 'ACTIVE' && r.wardId === dongNgac && r.cellId !== null)!;
  const member = dataset.workplace.members.find((m) => m.id === registration.memberId)!;
  const stranger = dataset.workplace.members.find((m) => m.workplaceOrganizationId !== member.workplaceOrganizationId
    && !dataset.residence.registrations.some((r) => r.memberId === m.id && r.wardId === dongNgac))!;
  let federation: TestFederation;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    // Two partner apps allowed to run the profile above: one with the minimum, one granted personal data.
    const operations = new Map([[operationHash(PROFILE), PROFILE]]);
    const partners = new Map(['partner-dashboard', 'partner-hr'].map((clientId) => [clientId, { clientId, name: clientId, operations, rateLimit: { requests: 1000, perSeconds: 60 } }]));
    federation = await startTestFederation({ partners });
    as = {
      ward: await federation.auth.headers('WARD_COMMITTEE', dongNgac),
      otherWard: await federation.auth.headers('WARD_COMMITTEE', cauGiay),
      cell: await federation.auth.headers('CELL_COMMITTEE', registration.cellId!),
      workplace: await federation.auth.headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId),
      otherWorkplace: await federation.auth.headers('WORKPLACE_COMMITTEE', stranger.workplaceOrganizationId),
      oversight: await federation.auth.headers('OVERSIGHT', organizationId('ha-noi')),
      self: await federation.auth.headers('MEMBER', member.workplaceCellId, { member: member.id, sub: 'member-self' }),
      otherMember: await federation.auth.headers('MEMBER', stranger.workplaceCellId, { member: stranger.id, sub: 'member-other' }),
      partner: await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-dashboard' }),
      grantedPartner: await federation.auth.headers('PARTNER_APP', organizationId('ha-noi'), { sub: 'partner-hr', grants: ['PERSONAL_DATA'] }),
      administrator: await federation.auth.headers('ADMINISTRATOR', organizationId('ha-noi')),
    };
  });
  afterAll(async () => {
    await federation?.close();
  });

  const profile = async (headers: Record<string, string>, id = member.id) => {
    const response = await federation.query<Profile>(PROFILE, { id }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.member;
  };

  it('the ward and its cell see their registered member, with the workplace facts they need and not the workplace file number', async () => {
    for (const headers of [as.ward!, as.cell!]) {
      const seen = (await profile(headers))!;
      expect(seen).toMatchObject({ id: member.id, fullName: member.fullName, citizenId: member.citizenId, partyCardNumber: member.partyCardNumber, dossierNumber: null });
      expect(seen.residenceRegistration).toMatchObject({ id: registration.id, address: registration.address });
      expect(seen.residenceComments).not.toBeNull();
    }
  });

  it('the workplace committee sees its member with the residence comments about them', async () => {
    const seen = (await profile(as.workplace!))!;
    expect(seen).toMatchObject({ id: member.id, citizenId: member.citizenId, dossierNumber: member.dossierNumber });
    const comments = dataset.evaluation.commentForms.filter((f) => f.memberId === member.id);
    expect(seen.residenceComments!.length).toBe(comments.length);
    expect(seen.residenceRegistration).toMatchObject({ id: registration.id });
  });

  it('another ward and another workplace see nothing of the member (as if unknown), nor another node\'s lists and figures (withheld, not an error)', async () => {
    expect(await profile(as.otherWard!)).toBeNull();
    expect(await profile(as.otherWorkplace!)).toBeNull();
    const listQuery = `query($id: ID!) { organization(id: $id) { name absentFromLastTwoSemiAnnualMeetings { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`;
    const own = await federation.query<{ organization: { absentFromLastTwoSemiAnnualMeetings: { totalCount: number } } }>(listQuery, { id: dongNgac }, as.ward);
    expect(own.data!.organization.absentFromLastTwoSemiAnnualMeetings.totalCount).toBeGreaterThan(0);
    const lists = await federation.query(listQuery, { id: dongNgac }, as.otherWard);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ organization: { name: expect.any(String), absentFromLastTwoSemiAnnualMeetings: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } } } });
    const figuresQuery = `query($id: ID!) { statistics(organizationId: $id, period: "2026") { members registeredMembers commentsDue } statisticsSeries(organizationId: $id, granularity: YEAR, from: "2025-01-01", to: "2026-12-31") { members } }`;
    const ownFigures = await federation.query<{ statistics: { members: number } | null }>(figuresQuery, { id: dongNgac }, as.ward);
    expect(ownFigures.data!.statistics!.members).toBeGreaterThan(0);
    const figures = await federation.query(figuresQuery, { id: dongNgac }, as.otherWard);
    expect(figures.errors).toBeUndefined();
    expect(figures.data).toEqual({ statistics: null, statisticsSeries: [] });
    const search = await federation.query(`{ searchMembers(text: "${member.fullName.split(' ').pop()}") { edges { node { id } } } }`, {}, as.otherWard);
    expect((search.data as { searchMembers: { edges: { node: { id: string } }[] } }).searchMembers.edges.map((e) => e.node.id)).not.toContain(member.id);
  });

  it('a member sees their own record, personal data included, and nothing of anyone else, nor any organisation data', async () => {
    expect(await profile(as.self!)).toMatchObject({ id: member.id, citizenId: member.citizenId, birthDate: member.birthDate, dossierNumber: member.dossierNumber });
    expect(await profile(as.otherMember!)).toBeNull();
    const lists = await federation.query(`query($id: ID!) { organization(id: $id) { lostIntroductionLetters { totalCount } } searchMembers(text: "Nguyễn") { totalCount } }`, { id: member.workplaceCellId }, as.self);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ organization: { lostIntroductionLetters: { totalCount: 0 } }, searchMembers: { totalCount: 0 } });
  });

  it('a partner app gets the minimum, and personal data only when its client is granted it; an administrator gets no personal data', async () => {
    const minimal = (await profile(as.partner!))!;
    expect(minimal).toMatchObject({ id: member.id, fullName: member.fullName, citizenId: null, birthDate: null, partyCardNumber: null, dossierNumber: null });
    expect(minimal.residenceRegistration).toMatchObject({ address: null });
    expect(minimal.introductionLetters.edges.every((e) => e.node.residenceAddress === null)).toBe(true);
    expect(await profile(as.grantedPartner!)).toMatchObject({ citizenId: member.citizenId, birthDate: member.birthDate, partyCardNumber: null });
    expect(await profile(as.administrator!)).toMatchObject({ citizenId: null, birthDate: null });
  });

  it('writes each official\'s reads of personal data to the audit log, one insert per request whatever the number of members', async () => {
    const url = federation.subgraphs.workplaceCommittee.databaseUrl;
    const audited = async () => (await queryRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'READ_PERSONAL_DATA'`))[0]!.n;
    const ids = dataset.workplace.members.filter((m) => m.status === 'ACTIVE').slice(0, 12).map((m) => m.id);
    const list = (n: number) => `query($ids: [_Any!]!) { ${ids.slice(0, n).map((id, i) => `m${i}: member(id: "${id}") { citizenId birthDate }`).join(' ')} }`;
    const cost: number[] = [];
    for (const n of [2, 12]) {
      const before = await audited();
      federation.resetStatementCounts();
      const response = await federation.query(list(n).replace('($ids: [_Any!]!)', ''), {}, as.oversight);
      expect(response.errors).toBeUndefined();
      cost.push(federation.subgraphs.workplaceCommittee.statements.total);
      expect(await audited()).toBe(before + n);
    }
    expect(cost[1]).toBe(cost[0]);
    const [entry] = await queryRows<{ actor_role: string; actor_subject: string; after: { fields: string[] } }>(url,
      `SELECT actor_role, actor_subject, after FROM audit_log WHERE action = 'READ_PERSONAL_DATA' ORDER BY id DESC LIMIT 1`);
    expect(entry).toMatchObject({ actor_role: 'OVERSIGHT', after: { fields: ['Member.birthDate', 'Member.citizenId'] } });
    // The member reading their own record is not an official's read.
    const before = await audited();
    await profile(as.self!);
    expect(await audited()).toBe(before);
  });
});
