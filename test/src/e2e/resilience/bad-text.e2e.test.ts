import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { startTestSubgraph, type TestSubgraph } from '../../support/subgraph.js';
import { startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation.js';
import { testAuth } from '../../support/auth.js';

/**
 * Bad text is the caller's mistake: a NUL byte (which PostgreSQL cannot
 * store) or any other control character, a string past the general limit, an
 * agenda past its own: a coded client error, a 4xx where the request failed as
 * a whole, and nothing written.
 */
const ward = organizationId('dong-ngac');
const schedule = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id agenda } userErrors { code field message } } }`;
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
const input = (key: string, agenda: string) => ({ idempotencyKey: key, organizationId: ward, kind: 'RESIDENTS', heldOn: '2026-12-20', agenda });

/** Nothing of the server's inner words: no SQL, no driver text, no stack. */
function expectNoLeaks(response: GraphQLResponse): void {
  expect(JSON.stringify(response)).not.toMatch(/invalid byte sequence|UTF8|0x00|QueryFailedError|INSERT|stacktrace|\.ts:\d+/);
}

describe('bad text, straight at the subgraph', () => {
  let residence: TestSubgraph;
  let asWard: Record<string, string>;
  const meetingCount = async () => Number((await residence.sql<{ n: string }>('SELECT count(*) AS n FROM meeting'))[0]!.n);

  beforeAll(async () => {
    residence = await startTestSubgraph('residenceCommittee');
    asWard = await (await testAuth()).headers('WARD_COMMITTEE', ward);
  });
  afterAll(async () => {
    await residence?.close();
  });

  it('a NUL byte in a variable: BAD_USER_INPUT naming it, HTTP 400, nothing written', async () => {
    const before = await meetingCount();
    const response = await residence.query(schedule, { input: input('bad-text-nul-variable', 'Sinh hoạt\u0000chi bộ') }, asWard);
    expect({ status: response.status, codes: codes(response), argument: response.errors?.[0]?.extensions?.argument }).toEqual({
      status: 400,
      codes: ['BAD_USER_INPUT'],
      argument: '$input.agenda',
    });
    expect(response.errors![0]!.message).toMatch(/ký tự điều khiển/);
    expectNoLeaks(response);
    expect(await meetingCount()).toBe(before);
  });

  it('a NUL byte written in the document: the same', async () => {
    const before = await meetingCount();
    const literal = `mutation { scheduleMeeting(input: { idempotencyKey: "bad-text-nul-literal", organizationId: "${ward}", kind: RESIDENTS, heldOn: "2026-12-20", agenda: "a\\u0000b" }) { meeting { id } } }`;
    const response = await residence.query(literal, {}, asWard);
    expect({ status: response.status, codes: codes(response), argument: response.errors?.[0]?.extensions?.argument }).toEqual({
      status: 400,
      codes: ['BAD_USER_INPUT'],
      argument: 'input.agenda',
    });
    expectNoLeaks(response);
    expect(await meetingCount()).toBe(before);
  });

  it('a 20 000-character string anywhere: BAD_USER_INPUT, HTTP 400, nothing written', async () => {
    const before = await meetingCount();
    const response = await residence.query(schedule, { input: input('x'.repeat(20_000), 'Sinh hoạt') }, asWard);
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(response.errors![0]!.extensions).toMatchObject({ argument: '$input.idempotencyKey', limit: 10_000 });
    expect(await meetingCount()).toBe(before);
  });

  it('an agenda past its limit: the AGENDA_TOO_LONG user error, nothing written; one at the limit is kept', async () => {
    const before = await meetingCount();
    const tooLong = await residence.query<{ scheduleMeeting: { meeting: null; userErrors: { code: string; field: string[]; message: string }[] } }>(
      schedule,
      { input: input('bad-text-agenda-long', 'ệ'.repeat(2001)) },
      asWard,
    );
    expect(tooLong.status).toBe(200);
    expect(tooLong.data?.scheduleMeeting).toEqual({
      meeting: null,
      userErrors: [{ code: 'AGENDA_TOO_LONG', field: ['input', 'agenda'], message: 'Nội dung sinh hoạt dài tối đa 2000 ký tự (đang có 2001)' }],
    });
    expect(await meetingCount()).toBe(before);
    const atTheLimit = await residence.query<{ scheduleMeeting: { meeting: { agenda: string } | null; userErrors: unknown[] } }>(
      schedule,
      { input: input('bad-text-agenda-limit', 'ệ'.repeat(2000)) },
      asWard,
    );
    expect(atTheLimit.data?.scheduleMeeting.userErrors).toEqual([]);
    expect(atTheLimit.data?.scheduleMeeting.meeting?.agenda).toHaveLength(2000);
    expect(await meetingCount()).toBe(before + 1);
  });

  it('a citizen ID written in an agenda (free text, which whoever reads the meeting reads): BAD_USER_INPUT naming it, nothing written', async () => {
    const before = await meetingCount();
    const response = await residence.query(schedule, { input: input('bad-text-citizen-id', 'Làm việc với đồng chí có CCCD 001068730006') }, asWard);
    expect({ status: response.status, codes: codes(response), argument: response.errors?.[0]?.extensions?.argument }).toEqual({
      status: 400,
      codes: ['BAD_USER_INPUT'],
      argument: '$input.agenda',
    });
    expect(response.errors![0]!.message).toMatch(/Không ghi số định danh cá nhân/);
    expect(JSON.stringify(response)).not.toContain('001068730006');
    expect(await meetingCount()).toBe(before);
  });

  it('tabs and line breaks are text: accepted', async () => {
    const response = await residence.query<{ scheduleMeeting: { meeting: { agenda: string } | null } }>(
      schedule,
      { input: input('bad-text-tabs', '1.\tKiểm điểm\r\n2.\tĐóng góp') },
      asWard,
    );
    expect(response.data?.scheduleMeeting.meeting?.agenda).toBe('1.\tKiểm điểm\r\n2.\tĐóng góp');
  });
});

describe('bad text, through the gateway', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('a NUL byte in a query variable: BAD_USER_INPUT, HTTP 400, never INTERNAL_SERVER_ERROR', async () => {
    const response = await federation.query('query($q: String!) { searchMembers(text: $q, first: 5) { totalCount } }', { q: 'Nguyễn\u0000' });
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expectNoLeaks(response);
  });

  it('a citizen ID in a mutation\'s free text sent to the gateway: refused there, nothing written', async () => {
    const headers = await federation.auth.headers('WARD_COMMITTEE', ward);
    federation.resetStatementCounts();
    const response = await federation.query(schedule, { input: input('bad-text-citizen-id-gateway', 'CCCD 001068730006') }, headers);
    expect({ status: response.status, codes: codes(response), argument: response.errors?.[0]?.extensions?.argument }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], argument: '$input.agenda' });
    expect(federation.statementCount()).toBe(0);
  });

  it('a NUL byte in a mutation sent to the gateway: refused, nothing written', async () => {
    const headers = await federation.auth.headers('WARD_COMMITTEE', ward);
    const response = await federation.query(schedule, { input: input('bad-text-gateway', '\u0000') }, headers);
    expect({ status: response.status, codes: codes(response) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    const again = await federation.query<{ scheduleMeeting: { meeting: { agenda: string } | null } }>(schedule, { input: input('bad-text-gateway', 'Sinh hoạt') }, headers);
    // The key was never recorded: the same key now schedules the meeting.
    expect(again.data?.scheduleMeeting.meeting?.agenda).toBe('Sinh hoạt');
  });
});
