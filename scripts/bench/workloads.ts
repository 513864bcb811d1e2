import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JWK } from 'jose';
import { createTokenSigner, ensureDevelopmentKeys, readJson } from '@twoway/auth';
import { queryRows } from '@twoway/persistence';
import { root, type DatabaseUrls } from '../lib/databases.js';
import { mutationMix, type Drawn } from './mutation-mix.js';

/** What the bench drives: requests drawn afresh for each call, through any gateway. */
export interface Workload {
  name: string;
  writes: boolean;
  draw: () => Drawn;
  /** Sees each answer (the mutation mix follows the versions it wrote). */
  observe?: (body: string) => void;
  /** Reads again what the draws depend on, between runs. */
  refresh?: () => Promise<void>;
  /** Measured at one connection only (each oversight list on its own), not against the peer and the floor. */
  oneConnectionOnly?: boolean;
}

/** A node of the tree to draw, with its province: the request goes with an oversight token for that province. */
interface DrawnNode {
  id: string;
  province: string;
}

const MEMBER_PROFILE = `query($id: ID!) { member(id: $id) { fullName position workplaceCell { name } latestReview { year rating }
        residenceRegistration { status ward { name } cell { name } } attendance { meetingsExpected attendanceRate }
        residenceComments { year recommendation assessments { level levelLabel } } } }`;
const OVERSIGHT_LISTS = `query($id: ID!) { organization(id: $id) {
          absentFromLastTwoSemiAnnualMeetings(first: 50) { totalCount edges { node { id member { fullName } } } }
          overdueCommentRequests(first: 50) { totalCount edges { node { id dueOn member { fullName } } } }
          lostIntroductionLetters(first: 50) { totalCount edges { stage deadline node { id member { fullName } } } } } }`;
const ANALYTICS = `query($id: ID!, $period: String!, $from: Date!, $to: Date!) { statistics(organizationId: $id, period: $period) {
          members shareRegisteredAtResidence registeredMembers semiAnnualAttendanceRate commentsReturnedOnTimeRate
          recommendations { commend none considerAction } ratings { excellent good completed notCompleted }
          children { organization { name } members registeredMembers semiAnnualAttendanceRate commentsReturnedOnTimeRate } }
        statisticsSeries(organizationId: $id, granularity: MONTH, from: $from, to: $to) {
          period members registeredMembers semiAnnualAttendanceRate commentsReturnedOnTimeRate } }`;

/**
 * Every oversight list of docs/oversight.md, by the field that answers it and the arguments it is asked with:
 * each is asked on its own for its first page of 50 with its total, at one connection (the issue's "first page
 * of each, totals included"). `$year` is the year before the bench's day.
 */
const OVERSIGHT_LIST_FIELDS: [label: string, field: string, args?: string][] = [
  ['lost introduction letters', 'lostIntroductionLetters'],
  ['absent from the last two meetings', 'absentFromLastTwoSemiAnnualMeetings'],
  ['overdue comment requests', 'overdueCommentRequests'],
  ['recommended for action', 'membersRecommendedForAction'],
  ['recommended for action, of a year', 'membersRecommendedForAction', 'year: $year'],
  ['reviews against the residence comment', 'reviewsAgainstResidenceComment', 'year: $year, side: EITHER'],
  ['residence disagreements', 'residenceDisagreements'],
  ['workplace disagreements', 'workplaceDisagreements'],
  ['cells without a semi-annual meeting', 'cellsWithoutSemiAnnualMeeting'],
  ['members not introduced', 'membersNotIntroduced'],
  ['members lost in transit', 'membersInTransit', 'overdueOnly: true'],
  ['unanswered leaving notices', 'unansweredLeavingNotices'],
];
/** The query of one list, declaring `$year` only where its arguments use it (GraphQL refuses an unused variable). */
const oversightList = (field: string, args: string | undefined, withYear: boolean) =>
  `query($id: ID!${withYear ? ', $year: Int!' : ''}) { organization(id: $id) {
    ${field}(${args ? `${args}, ` : ''}first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename } } } } }`;

/** The province the bench reads: the one with the most active members (Hà Nội in the generated data). */
export interface BenchProvince {
  id: string;
  name: string;
  members: number;
  wards: number;
}

/**
 * The workloads over the generated data set of `day`, in its largest province (the one with the most active
 * members: Hà Nội, 500,000 members with \`--members 1000000\`): a member profile across the three subgraphs, a
 * page of 10 and of 100 registered members of a ward, the oversight lists and the dashboard (a year with its
 * children, and a 12-month series) of a ward and of the province, and the mutation mix. Since the 2025 reform
 * a ward sits directly under its province: these are the two levels of oversight. Read variables are drawn at
 * random per request; each read goes with the token of an oversight official of the province, as a real
 * official's would. Also returns the nodes drawn from, by level (the EXPLAIN plans use them).
 */
export async function benchWorkloads(urls: DatabaseUrls, day: string, only: RegExp | undefined) {
  const [largest] = await queryRows<{ id: string; members: number }>(urls.WORKPLACE_DATABASE_URL,
    `SELECT split_part(o.path, '/', 2) AS id, count(*)::int AS members FROM member m JOIN organization_unit o ON o.id = m.workplace_cell_id
     WHERE m.status = 'ACTIVE' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  const memberIds = await queryRows<DrawnNode>(urls.WORKPLACE_DATABASE_URL,
    `SELECT m.id, $1::text AS province FROM member m JOIN organization_unit o ON o.id = m.workplace_cell_id
     WHERE o.path LIKE '/' || $1 || '/%' ORDER BY md5(m.id::text) LIMIT 2000`, [largest!.id]);
  const nodesOf = (kind: string) => queryRows<DrawnNode & { name: string }>(urls.RESIDENCE_DATABASE_URL,
    `SELECT id, name, split_part(path, '/', 2) AS province FROM organization_unit
     WHERE kind = $1 AND path LIKE '/' || $2 || '/%' AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $3) ORDER BY id`, [kind, largest!.id, day]);
  const nodesAt = { ward: await nodesOf('WARD'), province: await nodesOf('PROVINCE') };
  const province: BenchProvince = { id: largest!.id, name: nodesAt.province[0]!.name, members: largest!.members, wards: nodesAt.ward.length };
  const { privateKeyFile } = await ensureDevelopmentKeys(path.join(root, '.keys'));
  const signer = await createTokenSigner(await readJson<JWK>(privateKeyFile));
  const tokens = new Map(await Promise.all(nodesAt.province.map(async (p) =>
    [p.id, `Bearer ${await signer.sign({ sub: `bench:${p.id}`, role: 'OVERSIGHT', org: p.id, name: 'bench' }, { expiresIn: '2h' })}`] as const)));
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const year = String(Number(day.slice(0, 4)) - 1);

  // A read workload draws variables and the province whose oversight token it goes with; the write workload draws all.
  const read = (name: string, query: string, draw: () => { variables: Record<string, unknown>; province: string }): Workload => ({
    name, writes: false, draw: () => { const { variables, province } = draw(); return { query, variables, authorization: tokens.get(province)! }; },
  });
  const workloads: Workload[] = [
    read('member profile (3 subgraphs)', MEMBER_PROFILE, () => { const m = pick(memberIds); return { variables: { id: m.id }, province: m.province }; }),
    // The same page at 10 and at 100: statements per request must not grow with the page.
    ...[10, 100].map((first) => read(`oversight page: ${first} registered members of a ward, fields from 3 subgraphs`,
      readFileSync(path.join(root, 'docs/queries/organization-members.graphql'), 'utf8'),
      () => { const n = pick(nodesAt.ward); return { variables: { organizationId: n.id, first }, province: n.province }; })),
    ...(['ward', 'province'] as const).flatMap((level) => [
      read(`oversight lists, ${level} (absent, overdue, lost letters; 50 each)`, OVERSIGHT_LISTS,
        () => { const n = pick(nodesAt[level]); return { variables: { id: n.id }, province: n.province }; }),
      read(`dashboard, ${level} (year with children, 12-month series)`, ANALYTICS,
        () => { const n = pick(nodesAt[level]); return { variables: { id: n.id, period: year, from: `${year}-01-01`, to: `${year}-12-31` }, province: n.province }; }),
    ]),
    { name: 'mutation mix (letters issued, attendance recorded, comments drafted, in turn)', writes: true, ...(await mutationMix(urls, signer, 3_000)) },
    ...(['ward', 'province'] as const).flatMap((level) => OVERSIGHT_LIST_FIELDS.map(([label, field, args]) => {
      const withYear = args?.includes('$year') ?? false;
      return {
        ...read(`oversight list, ${level}: ${label}`, oversightList(field, args, withYear),
          () => { const n = pick(nodesAt[level]); return { variables: { id: n.id, ...(withYear ? { year: Number(year) } : {}) }, province: n.province }; }),
        oneConnectionOnly: true,
      };
    })),
  ];
  return { workloads: workloads.filter((w) => !only || only.test(w.name)), nodesAt, year, province };
}

/** One request of the workload, drawn afresh, as autocannon and fetch send it. */
export function drawRequest(workload: Workload): { headers: Record<string, string>; body: string } {
  const { query, variables, authorization } = workload.draw();
  return { headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }) };
}

/** An answer carrying errors, or for a write a user error (CONFLICT, say): the request did not do its work. */
export const refusedAnswer = (workload: Workload, body: string): boolean =>
  body.includes('"errors":[') || (workload.writes && body.includes('"userErrors":[{'));
