import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { addDays, mutableClock } from '@twoway/platform';
import { testAuth } from '../support/auth.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';
import { DEADLINE_MARKS_PER_RUN, OPEN_REQUEST_STATUSES } from '@twoway/evaluation';

const ISSUE = `mutation($input: IssueIntroductionLetterInput!) { issueIntroductionLetter(input: $input) {
  introductionLetter { id dueOn } userErrors { code field message } } }`;

describe('rules every workflow relies on', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  const fresh = dataset.workplace.members.filter((m) => m.status === 'ACTIVE' && !dataset.workplace.introductionLetters.some((l) => l.memberId === m.id));
  let workplace: TestSubgraph;

  beforeAll(async () => {
    workplace = await startTestSubgraph('workplaceCommittee', { clock });
  });
  afterAll(async () => {
    await workplace?.close();
  });

  it('the audit log is append-only', async () => {
    const member = fresh[0]!;
    const headers = await (await testAuth()).headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId);
    await workplace.query(ISSUE, { input: { idempotencyKey: 'audit-1', memberId: member.id, toWardId: organizationId('dong-ngac'), residenceAddress: 'Số 1, Đông Ngạc, Hà Nội' } }, headers);
    const [entry] = await workplace.sql<{ id: string; actor_role: string; action: string }>(`SELECT id, actor_role, action FROM audit_log WHERE entity_type = 'IntroductionLetter' ORDER BY id DESC LIMIT 1`);
    expect(entry).toMatchObject({ actor_role: 'WORKPLACE_COMMITTEE', action: 'CREATE' });
    await expect(workplace.sql(`UPDATE audit_log SET action = 'NOTHING' WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(workplace.sql(`DELETE FROM audit_log WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
  });

  it('judges each day by the policy version in force then', async () => {
    await workplace.sql(`UPDATE policy_value SET effective_to = '2027-02-28' WHERE code = 'LETTER_PRESENTATION_DAYS' AND effective_to IS NULL`);
    await workplace.sql(`INSERT INTO policy_value (code, effective_from, value, source) VALUES ('LETTER_PRESENTATION_DAYS', '2027-03-01', '45', 'test: a successor to Quy định 213')`);
    const issueOn = async (day: string, member: (typeof fresh)[number], key: string) => {
      clock.set(`${day}T03:00:00Z`);
      const headers = await (await testAuth()).headers('WORKPLACE_COMMITTEE', member.workplaceOrganizationId);
      const response = await workplace.query<{ issueIntroductionLetter: { introductionLetter: { dueOn: string } } }>(ISSUE, {
        input: { idempotencyKey: key, memberId: member.id, toWardId: organizationId('cau-giay'), residenceAddress: 'Số 9, Cầu Giấy, Hà Nội' },
      }, headers);
      return response.data!.issueIntroductionLetter.introductionLetter.dueOn;
    };
    expect(await issueOn('2027-02-28', fresh[1]!, 'policy-1')).toBe(addDays('2027-02-28', 30));
    expect(await issueOn('2027-03-01', fresh[2]!, 'policy-2')).toBe(addDays('2027-03-01', 45));
    clock.set(TEST_INSTANT);
  });
});

describe('several replicas of one subgraph', () => {
  let first: TestSubgraph;
  let second: TestSubgraph;
  beforeAll(async () => {
    first = await startTestSubgraph('evaluation');
    second = await startTestSubgraph('evaluation', { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('run each scheduled job once between them, and never deliver one outbox message twice', async () => {
    const overdueBefore = await first.sql<{ n: number }>(`SELECT count(*)::int AS n FROM comment_request WHERE overdue_since IS NOT NULL`);
    expect(overdueBefore[0]!.n).toBe(0);
    const [a, b] = await Promise.all([first.subgraph.runScheduledJobs(), second.subgraph.runScheduledJobs()]);
    const marked = [a, b].map((outcome) => (outcome['comment-deadlines'] as { overdue: number } | undefined)?.overdue ?? 0);
    const [{ n }] = (await first.sql<{ n: number }>(`SELECT count(*)::int AS n FROM comment_request WHERE overdue_since IS NOT NULL`)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    expect(marked[0]! + marked[1]!).toBe(n);

    // Both replicas drain one outbox at once; with nowhere to deliver, each message is tried exactly once.
    await first.sql(`INSERT INTO outbox_message (id, topic, target, payload, created_at, available_at)
      SELECT gen_random_uuid(), 'Probe', 'nowhere', '{}', $1::timestamptz, $1::timestamptz - interval '1 minute' FROM generate_series(1, 120)`, [TEST_INSTANT]);
    const [x, y] = await Promise.all([first.subgraph.drainOutbox(), second.subgraph.drainOutbox()]);
    expect(x.retrying + y.retrying).toBe(120);
    const attempts = await first.sql<{ attempts: number; n: number }>(`SELECT attempts, count(*)::int AS n FROM outbox_message WHERE topic = 'Probe' GROUP BY attempts`);
    expect(attempts).toEqual([{ attempts: 1, n: 120 }]);
  });
});

describe('a scheduled job with a backlog larger than one run', () => {
  let evaluation: TestSubgraph;
  beforeAll(async () => {
    evaluation = await startTestSubgraph('evaluation');
  });
  afterAll(async () => {
    await evaluation?.close();
  });

  it('works through it in one tick, a batch per transaction, and leaves nothing for the next', async () => {
    // Two and a half runs' worth of open requests past their due date, never marked (a data set loaded without
    // the job's marks, or days of outage): as one statement, each marked request refreshing its figures, a
    // million members' backlog ran past the statement timeout and the job never finished.
    const backlog = Math.round(DEADLINE_MARKS_PER_RUN * 2.5);
    await evaluation.sql(`INSERT INTO comment_request (id, member_id, purpose, year, workplace_organization_id, workplace_cell_id, ward_id, cell_id,
        requested_on, due_on, status, version, exempt)
      SELECT gen_random_uuid(), r.member_id, 'APPOINTMENT', NULL, r.workplace_organization_id, r.workplace_cell_id, r.ward_id, r.cell_id,
        $1::date - 40, $1::date - 10, 'SENT', 1, false
      FROM generate_series(1, $2) n CROSS JOIN LATERAL (SELECT * FROM comment_request ORDER BY id LIMIT 1) r`, [TEST_DAY, backlog]);
    const [{ due }] = (await evaluation.sql<{ due: number }>(
      `SELECT count(*)::int AS due FROM comment_request WHERE overdue_since IS NULL AND status = ANY($2) AND due_on < $1`, [TEST_DAY, OPEN_REQUEST_STATUSES])) as [{ due: number }];
    expect(due).toBeGreaterThan(backlog);

    const outcome = await evaluation.subgraph.runScheduledJobs();
    expect((outcome['comment-deadlines'] as { overdue: number }).overdue).toBe(due);
    const [marks] = await evaluation.sql<{ left: number; transactions: number }>(
      `SELECT count(*) FILTER (WHERE overdue_since IS NULL AND status = ANY($2) AND due_on < $1)::int AS left,
              count(DISTINCT xmin::text) FILTER (WHERE overdue_since IS NOT NULL)::int AS transactions
       FROM comment_request`, [TEST_DAY, OPEN_REQUEST_STATUSES]);
    expect(marks).toEqual({ left: 0, transactions: Math.ceil(due / DEADLINE_MARKS_PER_RUN) });
    const again = await evaluation.subgraph.runScheduledJobs();
    expect((again['comment-deadlines'] as { overdue: number }).overdue).toBe(0);
  });
});
