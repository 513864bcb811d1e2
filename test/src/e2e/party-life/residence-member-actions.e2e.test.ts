import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { mutableClock } from '@twoway/platform';
import { startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY, TEST_INSTANT } from '../../support/test-day.js';

interface Meeting { id: string; heldOn: string; kind: string; organization: { id: string }; attendances: { member: { id: string }; status: string; excuseReason: string | null }[]; history: { totalCount: number } }
interface ExcusePayload { meetingAttendance: { status: string; excuseReason: string | null; member: { id: string }; meeting: { id: string; heldOn: string } } | null; userErrors: UserError[] }

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id heldOn version } userErrors { code field message } } }`;
const EXCUSE = `mutation($input: SendMeetingExcuseInput!) { sendMeetingExcuse(input: $input) {
  meetingAttendance { status excuseReason member { id } meeting { id heldOn } } userErrors { code field message } } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id version } userErrors { code field message } } }`;
const UPCOMING = `query($id: ID!) { member(id: $id) { upcomingMeetings {
  id heldOn kind organization { id } attendances { member { id } status excuseReason } history { totalCount } } } }`;
const ATTENDANCE = `query($id: ID!, $from: Date!, $to: Date!) { member(id: $id) {
  attendance(from: $from, to: $to) { meetingsExpected present excused absent attendanceRate entries { status excuseReason meeting { id heldOn } } } } }`;

/**
 * Issue 13, the member's own actions at residence (MEMBER role, for themself):
 * they see their invitations (the coming meetings of their ward and cell),
 * send an excuse before a meeting, and read their attendance; the cell reads
 * the excuse and may still correct it when it records attendance.
 */
describe('a member at residence: invitations, excuses, their own attendance', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const ward = organizationId('dong-ngac');
  const cell = organizationId('dong-ngac/tdp-7');
  const otherCell = organizationId('dong-ngac/tdp-5');
  const standing = new Map(dataset.residence.memberStandings.map((s) => [s.memberId, s]));
  const [registration, neighbour] = dataset.residence.registrations.filter((r) => r.cellId === cell && r.status === 'ACTIVE' && standing.get(r.memberId)?.residenceDuty === 'TWO_WAY');
  const member = dataset.workplace.members.find((m) => m.id === registration!.memberId)!;
  const pastMeeting = dataset.residence.meetings.filter((m) => m.organizationId === cell && m.heldOn < TEST_DAY).sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0]!;
  let federation: TestFederation;
  let asMember: Record<string, string>;
  let asCell: Record<string, string>;
  let asWard: Record<string, string>;
  const meetings: Record<'cellMeeting' | 'wardMeeting' | 'elsewhere', { id: string; heldOn: string; version: number }> = {} as never;

  beforeAll(async () => {
    federation = await startTestFederation({ clock });
    asMember = await federation.auth.headers('MEMBER', member.workplaceCellId, { member: member.id });
    asCell = await federation.auth.headers('CELL_COMMITTEE', cell);
    asWard = await federation.auth.headers('WARD_COMMITTEE', ward);
    const schedule = async (key: keyof typeof meetings, organization: string, kind: string, heldOn: string) => {
      const payload = await mutate<{ meeting: { id: string; heldOn: string; version: number }; userErrors: UserError[] }>(
        federation, asWard, SCHEDULE, { idempotencyKey: `member-actions-${key}`, organizationId: organization, kind, heldOn });
      expect(payload.userErrors).toEqual([]);
      meetings[key] = payload.meeting;
    };
    await schedule('cellMeeting', cell, 'SEMI_ANNUAL_TWO_WAY', '2026-12-15');
    await schedule('wardMeeting', ward, 'RESIDENTS', '2026-12-10');
    await schedule('elsewhere', otherCell, 'REGULAR_CELL', '2026-12-12');
  });
  afterAll(async () => {
    await federation?.close();
  });

  const excuse = (input: Record<string, unknown>, headers = asMember) => mutate<ExcusePayload>(federation, headers, EXCUSE, input);

  it('the member sees the coming meetings of their ward and cell, soonest first, not the other cells\' nor past ones', async () => {
    const response = await federation.query<{ member: { upcomingMeetings: Meeting[] } }>(UPCOMING, { id: member.id }, asMember);
    expect(response.errors).toBeUndefined();
    const upcoming = response.data!.member.upcomingMeetings;
    expect(upcoming.map((m) => [m.id, m.heldOn, m.organization.id])).toEqual([
      [meetings.wardMeeting.id, '2026-12-10', ward],
      [meetings.cellMeeting.id, '2026-12-15', cell],
    ]);
    // The member reads the invitation, not the meetings' record-keeping.
    expect(upcoming.map((m) => m.history.totalCount)).toEqual([0, 0]);
  });

  it('another member does not see them', async () => {
    const other = dataset.workplace.members.find((m) => m.id === neighbour!.memberId)!;
    const asOther = await federation.auth.headers('MEMBER', other.workplaceCellId, { member: other.id });
    const response = await federation.query<{ member: { upcomingMeetings: Meeting[] | null } | null }>(UPCOMING, { id: member.id }, asOther);
    expect(response.errors).toBeUndefined();
    expect(response.data!.member?.upcomingMeetings ?? []).toEqual([]);
  });

  it('refuses an excuse with a code and a Vietnamese message: too short, a past meeting, another cell\'s, an unknown one', async () => {
    const short = await excuse({ idempotencyKey: 'excuse-short', meetingId: meetings.cellMeeting.id, reason: ' ừ ' });
    expect(short.userErrors).toEqual([{ code: 'REASON_REQUIRED', field: ['input', 'reason'], message: 'Hãy ghi lý do xin vắng, từ 3 đến 500 ký tự' }]);
    const long = await excuse({ idempotencyKey: 'excuse-long', meetingId: meetings.cellMeeting.id, reason: 'x'.repeat(501) });
    expect(long.userErrors.map((e) => e.code)).toEqual(['REASON_REQUIRED']);
    const past = await excuse({ idempotencyKey: 'excuse-past', meetingId: pastMeeting.id, reason: 'Đi công tác' });
    expect(past.userErrors).toEqual([{ code: 'MEETING_ALREADY_HELD', field: ['input', 'meetingId'], message: 'Buổi sinh hoạt đã diễn ra; chỉ xin vắng trước khi họp' }]);
    const elsewhere = await excuse({ idempotencyKey: 'excuse-elsewhere', meetingId: meetings.elsewhere.id, reason: 'Đi công tác' });
    expect(elsewhere.userErrors).toEqual([{ code: 'NOT_REGISTERED_HERE', field: ['input', 'meetingId'], message: 'Đồng chí không đăng ký sinh hoạt tại chi bộ, đảng bộ tổ chức buổi họp này' }]);
    const unknown = await excuse({ idempotencyKey: 'excuse-unknown', meetingId: '00000000-0000-4000-8000-000000000000', reason: 'Đi công tác' });
    expect(unknown.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    // In English when the request asks for it.
    const english = await excuse({ idempotencyKey: 'excuse-short-en', meetingId: meetings.cellMeeting.id, reason: '' }, { ...asMember, 'accept-language': 'en' });
    expect(english.userErrors).toEqual([{ code: 'REASON_REQUIRED', field: ['input', 'reason'], message: 'Give the reason for the excuse, 3 to 500 characters' }]);
    const [{ n }] = await federation.subgraphs.residenceCommittee.dataSource.query(`SELECT count(*)::int AS n FROM meeting_attendance WHERE member_id = $1 AND held_on >= $2`, [member.id, TEST_DAY]) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('only the member themself sends their excuse: a committee is FORBIDDEN, in Vietnamese', async () => {
    const response: GraphQLResponse = await federation.query(EXCUSE, { input: { idempotencyKey: 'excuse-cell', meetingId: meetings.cellMeeting.id, reason: 'Đi công tác' } }, asCell);
    expect(response.errors?.[0]).toMatchObject({ message: 'Chỉ chính đảng viên đó được làm việc này', extensions: { code: 'FORBIDDEN' } });
  });

  it('the member excuses themself before the meeting; the cell reads the reason; the member sees only their own entry', async () => {
    const sent = await excuse({ idempotencyKey: 'excuse-1', meetingId: meetings.cellMeeting.id, reason: '  Đi công tác tại Đà Nẵng theo quyết định của cơ quan  ' });
    expect(sent).toEqual({
      meetingAttendance: { status: 'EXCUSED', excuseReason: 'Đi công tác tại Đà Nẵng theo quyết định của cơ quan', member: { id: member.id }, meeting: { id: meetings.cellMeeting.id, heldOn: '2026-12-15' } },
      userErrors: [],
    });
    const retry = await excuse({ idempotencyKey: 'excuse-1', meetingId: meetings.cellMeeting.id, reason: 'something else' });
    expect(retry.meetingAttendance!.excuseReason).toBe('Đi công tác tại Đà Nẵng theo quyết định của cơ quan');
    const byCell = await federation.query<{ meeting: Meeting }>(`query($id: ID!) { meeting(id: $id) { attendances { member { id } status excuseReason } history { totalCount } } }`, { id: meetings.cellMeeting.id }, asCell);
    expect(byCell.data!.meeting.attendances).toEqual([{ member: { id: member.id }, status: 'EXCUSED', excuseReason: 'Đi công tác tại Đà Nẵng theo quyết định của cơ quan' }]);
    const mine = await federation.query<{ member: { upcomingMeetings: Meeting[] } }>(UPCOMING, { id: member.id }, asMember);
    expect(mine.data!.member.upcomingMeetings.find((m) => m.id === meetings.cellMeeting.id)!.attendances).toEqual([
      { member: { id: member.id }, status: 'EXCUSED', excuseReason: 'Đi công tác tại Đà Nẵng theo quyết định của cơ quan' },
    ]);
  });

  /** The cell's December figures, the meeting's recording day and the member's last recorded meeting, as they stand. */
  const december = async () => {
    const figures = await federation.query<{ statistics: { semiAnnualMeetingsHeld: number; semiAnnualAttendanceRate: number | null }; meeting: { attendanceRecordedOn: string | null } }>(
      `query($cell: ID!, $meeting: ID!) { statistics(organizationId: $cell, period: "2026-12") { semiAnnualMeetingsHeld semiAnnualAttendanceRate } meeting(id: $meeting) { attendanceRecordedOn } }`,
      { cell, meeting: meetings.cellMeeting.id }, asWard);
    expect(figures.errors).toBeUndefined();
    const [last] = (await federation.subgraphs.residenceCommittee.dataSource.query(`SELECT last_held_on::text AS "lastHeldOn" FROM registration_attendance WHERE registration_id = $1`, [registration!.id])) as [{ lastHeldOn: string | null }];
    return { ...figures.data!.statistics, recordedOn: figures.data!.meeting.attendanceRecordedOn, lastMeetingOfMember: last.lastHeldOn };
  };

  it('a coming semi-annual meeting is not held yet: neither it nor an excuse sent for it counts, in the figures or as the member\'s last meeting', async () => {
    const semiAnnual = new Set(dataset.residence.meetings.filter((m) => m.kind === 'SEMI_ANNUAL_TWO_WAY').map((m) => m.id));
    const lastRecorded = dataset.residence.attendances.filter((a) => a.memberId === member.id && semiAnnual.has(a.meetingId)).map((a) => a.heldOn).sort().at(-1);
    expect(lastRecorded).toBeDefined();
    expect(await december()).toEqual({ semiAnnualMeetingsHeld: 0, semiAnnualAttendanceRate: null, recordedOn: null, lastMeetingOfMember: lastRecorded });
  });

  it('on the day, the cell records attendance: it keeps the excuse, and once recorded no excuse is taken', async () => {
    clock.set('2026-12-15T05:00:00.000Z');
    const { data } = await federation.query<{ meeting: { version: number } }>(`query($id: ID!) { meeting(id: $id) { version } }`, { id: meetings.cellMeeting.id }, asCell);
    const recorded = await mutate<{ userErrors: UserError[] }>(federation, asCell, RECORD, {
      idempotencyKey: 'member-actions-record', meetingId: meetings.cellMeeting.id, version: data!.meeting.version,
      entries: [{ memberId: member.id, status: 'EXCUSED' }, { memberId: neighbour!.memberId, status: 'PRESENT' }],
    });
    expect(recorded.userErrors).toEqual([]);
    // Recorded, the meeting is held: counted with both entries (one excused, one present), and the member's last meeting.
    expect(await december()).toEqual({ semiAnnualMeetingsHeld: 1, semiAnnualAttendanceRate: 0.5, recordedOn: '2026-12-15', lastMeetingOfMember: '2026-12-15' });
    const late = await excuse({ idempotencyKey: 'excuse-late', meetingId: meetings.cellMeeting.id, reason: 'Ốm đột xuất' });
    expect(late.userErrors.map((e) => e.code)).toEqual(['MEETING_ALREADY_HELD']);
    // The member reads their attendance (their own record).
    const own = await federation.query<{ member: { attendance: { meetingsExpected: number; present: number; excused: number; absent: number; attendanceRate: number; entries: { status: string; excuseReason: string | null; meeting: { id: string } }[] } } }>(
      ATTENDANCE, { id: member.id, from: '2026-12-15', to: '2026-12-15' }, asMember);
    expect(own.errors).toBeUndefined();
    expect(own.data!.member.attendance).toEqual({
      meetingsExpected: 1, present: 0, excused: 1, absent: 0, attendanceRate: 0,
      entries: [{ status: 'EXCUSED', excuseReason: 'Đi công tác tại Đà Nẵng theo quyết định của cơ quan', meeting: { id: meetings.cellMeeting.id, heldOn: '2026-12-15' } }],
    });
  });

  it('the cell corrects an excused member to present: the excuse reason goes with it', async () => {
    const { data } = await federation.query<{ meeting: { version: number } }>(`query($id: ID!) { meeting(id: $id) { version } }`, { id: meetings.cellMeeting.id }, asCell);
    const corrected = await mutate<{ userErrors: UserError[] }>(federation, asCell, RECORD, {
      idempotencyKey: 'member-actions-correct', meetingId: meetings.cellMeeting.id, version: data!.meeting.version, entries: [{ memberId: member.id, status: 'LATE' }],
    });
    expect(corrected.userErrors).toEqual([]);
    const byCell = await federation.query<{ meeting: Meeting }>(`query($id: ID!) { meeting(id: $id) { attendances { member { id } status excuseReason } } }`, { id: meetings.cellMeeting.id }, asCell);
    expect(byCell.data!.meeting.attendances.find((a) => a.member.id === member.id)).toEqual({ member: { id: member.id }, status: 'LATE', excuseReason: null });
  });

  it('a contribution is kept up to 2,000 characters, counted as characters (a Nôm character is one), and refused past them with nothing written', async () => {
    const record = async (key: string, contribution: string) => {
      const { data } = await federation.query<{ meeting: { version: number } }>(`query($id: ID!) { meeting(id: $id) { version } }`, { id: meetings.cellMeeting.id }, asCell);
      return mutate<{ userErrors: UserError[] }>(federation, asCell, RECORD, {
        idempotencyKey: key, meetingId: meetings.cellMeeting.id, version: data!.meeting.version, entries: [{ memberId: neighbour!.memberId, status: 'PRESENT', contribution }],
      });
    };
    const contributionOf = async () => ((await federation.subgraphs.residenceCommittee.dataSource.query(
      `SELECT char_length(contribution) AS n FROM meeting_attendance WHERE meeting_id = $1 AND member_id = $2`, [meetings.cellMeeting.id, neighbour!.memberId])) as [{ n: number | null }])[0].n;
    const before = await contributionOf();
    const over = await record('member-actions-contribution-over', '𠀀'.repeat(2001));
    expect(over.userErrors).toEqual([{ code: 'CONTRIBUTION_TOO_LONG', field: ['input', 'entries', '0', 'contribution'], message: 'Ý kiến đóng góp dài tối đa 2000 ký tự (đang có 2001)' }]);
    expect(await contributionOf()).toBe(before);
    const atTheLimit = await record('member-actions-contribution-limit', '𠀀'.repeat(2000));
    expect(atTheLimit.userErrors).toEqual([]);
    expect(await contributionOf()).toBe(2000);
  });

  it('an excuse sent while the cell is recording attendance waits for it, then is refused: the cell\'s record stands', async () => {
    const scheduled = await mutate<{ meeting: { id: string }; userErrors: UserError[] }>(federation, asWard, SCHEDULE, {
      idempotencyKey: 'member-actions-race', organizationId: cell, kind: 'REGULAR_CELL', heldOn: '2026-12-20' });
    expect(scheduled.userErrors).toEqual([]);
    clock.set('2026-12-20T05:00:00.000Z');
    const meetingId = scheduled.meeting.id;
    // The cell's recording, caught half-way: the meeting locked as recordAttendance locks it, the member written ABSENT and the meeting marked recorded, not yet committed.
    const cellRecording = federation.subgraphs.residenceCommittee.dataSource.createQueryRunner();
    await cellRecording.connect();
    await cellRecording.startTransaction();
    await cellRecording.query('SELECT id FROM meeting WHERE id = $1 FOR UPDATE', [meetingId]);
    await cellRecording.query(`INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, held_on, status) VALUES ($1, $2, $3, '2026-12-20', 'ABSENT')`, [meetingId, member.id, cell]);
    await cellRecording.query(`UPDATE meeting SET attendance_recorded_on = '2026-12-20', version = version + 1 WHERE id = $1`, [meetingId]);
    const sent = excuse({ idempotencyKey: 'excuse-during-recording', meetingId, reason: 'Ốm đột xuất' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cellRecording.commitTransaction();
    await cellRecording.release();
    expect((await sent).userErrors.map((e) => e.code)).toEqual(['MEETING_ALREADY_HELD']);
    const rows = await federation.subgraphs.residenceCommittee.dataSource.query('SELECT status, excuse_reason FROM meeting_attendance WHERE meeting_id = $1', [meetingId]);
    expect(rows).toEqual([{ status: 'ABSENT', excuse_reason: null }]);
  });

  it('the six-monthly meeting with two-way members is the cell\'s: a ward scheduling one is refused, in Vietnamese', async () => {
    const byWard = await mutate<{ meeting: unknown; userErrors: UserError[] }>(federation, asWard, SCHEDULE, {
      idempotencyKey: 'member-actions-ward-semi-annual', organizationId: ward, kind: 'SEMI_ANNUAL_TWO_WAY', heldOn: '2026-12-28' });
    expect(byWard).toEqual({ meeting: null, userErrors: [{ code: 'HELD_BY_THE_CELL', field: ['input', 'kind'],
      message: 'Buổi sinh hoạt định kỳ 6 tháng với đảng viên sinh hoạt hai chiều do chi bộ khu dân cư tổ chức, không do đảng ủy phường' }] });
  });
});
