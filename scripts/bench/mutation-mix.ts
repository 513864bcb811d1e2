import type { TokenSigner } from '@twoway/auth';
import { queryRows } from '@twoway/persistence';
import type { DatabaseUrls } from '../lib/databases.js';

export interface Drawn {
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
}

const MUTATIONS = {
  letter: `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) { introductionLetter { id status } userErrors { code } } }`,
  attendance: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id version } userErrors { code } } }`,
  comment: `mutation($input: DraftResidenceCommentInput!) { draftResidenceComment(input: $input) { commentRequest { id status version } userErrors { code } } }`,
  receipt: `mutation($input: ReceiveCommentRequestInput!) { receiveCommentRequest(input: $input) { commentRequest { id status version } userErrors { code } } }`,
};

/**
 * The write workload: letters issued by a workplace committee, attendance
 * recorded by a residential cell, comments received by a ward or drafted by a cell, in turn. Each
 * draw uses a record read before the run, once (a versioned write needs the
 * version it saw; reusing one would measure conflicts), with a token of the
 * committee that owns the write. Pools hold up to `size` records of each kind.
 *
 * A pool smaller than the run (the residential cells' meetings, say) comes
 * round again: `observe` takes each answer's new version of the record it
 * wrote, so that the next write to it is not a conflict, and `refresh` reads
 * the versions again from the databases (between runs: a run's last answers
 * are not all seen, though their writes are done). Answers of dry runs
 * (rolled back) are not to be observed.
 */
export async function mutationMix(urls: DatabaseUrls, signer: TokenSigner, size: number): Promise<{ draw: () => Drawn; observe: (body: string) => void; refresh: () => Promise<void> }> {
  const [letters, meetings, requests] = await Promise.all([
    queryRows<{ member_id: string; agency: string; ward: string }>(urls.WORKPLACE_DATABASE_URL,
      `SELECT DISTINCT ON (m.id) m.id AS member_id, m.workplace_organization_id AS agency, l.to_ward_id AS ward FROM member m JOIN introduction_letter l ON l.member_id = m.id
       WHERE m.status = 'ACTIVE' ORDER BY m.id, l.issued_on DESC LIMIT $1`, [size]),
    queryRows<{ id: string; version: number; cell: string; members: string[] }>(urls.RESIDENCE_DATABASE_URL,
      `SELECT m.id, m.version, m.organization_id AS cell, (array_agg(a.member_id::text ORDER BY a.member_id))[1:5] AS members
       FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id JOIN organization_unit o ON o.id = m.organization_id
       WHERE o.kind = 'RESIDENTIAL_CELL' AND m.held_on <= now() GROUP BY m.id ORDER BY md5(m.id::text) LIMIT $1`, [size]),
    queryRows<{ id: string; version: number; status: string; cell: string; ward: string }>(urls.EVALUATION_DATABASE_URL,
      `SELECT r.id, r.version, r.status, r.cell_id AS cell, r.ward_id AS ward FROM comment_request r
       WHERE r.status IN ('SENT', 'RECEIVED', 'DRAFTED') AND r.cell_id IS NOT NULL ORDER BY md5(r.id::text) LIMIT $1`, [size]),
  ]);
  const tokens = new Map<string, string>();
  const token = async (role: 'WORKPLACE_COMMITTEE' | 'WARD_COMMITTEE' | 'CELL_COMMITTEE', org: string) => {
    const key = `${role}|${org}`;
    if (!tokens.has(key)) tokens.set(key, `Bearer ${await signer.sign({ sub: `bench:${key}`, role, org, name: 'bench' }, { expiresIn: '2h' })}`);
    return tokens.get(key)!;
  };
  // Letters are the grassroots committee's (its agency), comments the residential cell's (Quy định 213).
  for (const l of letters) await token('WORKPLACE_COMMITTEE', l.agency);
  for (const m of meetings) await token('CELL_COMMITTEE', m.cell);
  for (const r of requests) {
    await token('CELL_COMMITTEE', r.cell);
    await token('WARD_COMMITTEE', r.ward);
  }
  const statuses = ['PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED', 'ABSENT'];
  let turn = 0;
  const next = { letter: 0, attendance: 0, comment: 0 };
  const key = () => `bench-${process.pid}-${Date.now()}-${turn}`;
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const observe = (body: string) => {
    type Request = { commentRequest?: { id: string; status: string; version: number } };
    const data = (JSON.parse(body) as { data?: { recordAttendance?: { meeting?: { id: string; version: number } }; draftResidenceComment?: Request; receiveCommentRequest?: Request } }).data;
    const meeting = data?.recordAttendance?.meeting;
    if (meeting) meetingById.get(meeting.id)!.version = meeting.version;
    const request = data?.draftResidenceComment?.commentRequest ?? data?.receiveCommentRequest?.commentRequest;
    if (request) Object.assign(requestById.get(request.id)!, { status: request.status, version: request.version });
  };
  const refresh = async () => {
    const [meetingVersions, requestVersions] = await Promise.all([
      queryRows<{ id: string; version: number }>(urls.RESIDENCE_DATABASE_URL, `SELECT id, version FROM meeting WHERE id = ANY($1::uuid[])`, [meetings.map((m) => m.id)]),
      queryRows<{ id: string; status: string; version: number }>(urls.EVALUATION_DATABASE_URL, `SELECT id, status, version FROM comment_request WHERE id = ANY($1::uuid[])`, [requests.map((r) => r.id)]),
    ]);
    for (const { id, version } of meetingVersions) meetingById.get(id)!.version = version;
    for (const { id, status, version } of requestVersions) Object.assign(requestById.get(id)!, { status, version });
  };
  const draw = (): Drawn => {
    const kind = (['letter', 'attendance', 'comment'] as const)[turn++ % 3]!;
    if (kind === 'letter') {
      const l = letters[next.letter++ % letters.length]!;
      return { query: MUTATIONS.letter, authorization: tokens.get(`WORKPLACE_COMMITTEE|${l.agency}`)!,
        variables: { input: { idempotencyKey: key(), memberId: l.member_id, toWardId: l.ward, residenceAddress: 'Số 12, ngõ 45, phường Đông Ngạc, Hà Nội' } } };
    }
    if (kind === 'attendance') {
      const m = meetings[next.attendance++ % meetings.length]!;
      return { query: MUTATIONS.attendance, authorization: tokens.get(`CELL_COMMITTEE|${m.cell}`)!,
        variables: { input: { idempotencyKey: key(), meetingId: m.id, version: m.version, entries: m.members.map((memberId, i) => ({ memberId, status: statuses[(turn + i) % statuses.length] })) } } };
    }
    const r = requests[next.comment++ % requests.length]!;
    // A request the ward has not received yet is received first (and its cell assigned); then the cell drafts, again and again.
    if (r.status === 'SENT') {
      return { query: MUTATIONS.receipt, authorization: tokens.get(`WARD_COMMITTEE|${r.ward}`)!,
        variables: { input: { idempotencyKey: key(), commentRequestId: r.id, version: r.version, cellId: r.cell } } };
    }
    return { query: MUTATIONS.comment, authorization: tokens.get(`CELL_COMMITTEE|${r.cell}`)!,
      variables: { input: { idempotencyKey: key(), commentRequestId: r.id, version: r.version, levels: [1, 2, 2, 1, 2, 2].map((level, i) => ((level + turn + i) % 3) + 1), remarks: 'Gương mẫu, tích cực tham gia sinh hoạt tổ dân phố.' } } };
  };
  return { draw, observe, refresh };
}
