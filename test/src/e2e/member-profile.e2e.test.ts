import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { addMonths } from '@twoway/platform';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { exampleOperation } from '../support/operations.js';
import { TEST_DAY } from '../support/test-day.js';

interface Profile {
  member: {
    id: string;
    fullName: string;
    position: string | null;
    workplaceCell: { id: string; name: string };
    latestReview: { year: number; score: number; rating: string; ratingLabel: string } | null;
    residenceRegistration: { status: string; ward: { id: string; name: string }; cell: { id: string; name: string } | null } | null;
    attendance: { from: string; to: string; meetingsExpected: number; present: number; late: number; leftEarly: number; excused: number; absent: number; attendanceRate: number | null; entries: { status: string; meeting: { heldOn: string } }[] };
    residenceComments: { year: number; recommendation: string; assessments: { level: number; levelLabel: string; criterion: { ordinal: number } }[] }[];
  } | null;
}

const sql = queryRows;

describe('member profile through the gateway', () => {
  let federation: TestFederation;
  const operation = exampleOperation('member-profile');
  const memberId = operation.variables.id as string;

  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('shows the workplace standing next to the residence feedback, each side from its own database', async () => {
    const response = await federation.query<Profile>(operation.query, operation.variables);
    expect(response.errors).toBeUndefined();
    const member = response.data!.member!;
    const urls = Object.fromEntries(Object.values(federation.subgraphs).map((s) => [s.name, s.databaseUrl]));

    // Workplace side: the member row itself.
    const [workplace] = await sql<{ full_name: string; position: string; workplace_cell_id: string }>(
      urls['workplace-committee']!, 'SELECT full_name, position, workplace_cell_id FROM member WHERE id = $1', [memberId]);
    expect(member.fullName).toBe(workplace!.full_name);
    expect(member.position).toBe(workplace!.position);
    expect(member.workplaceCell.id).toBe(workplace!.workplace_cell_id);

    // Residence side: the open registration and the attendance over the last 12 months.
    const [registration] = await sql<{ status: string; ward_id: string; cell_id: string }>(
      urls['residence-committee']!, "SELECT status, ward_id, cell_id FROM residence_registration WHERE member_id = $1 AND status <> 'ENDED'", [memberId]);
    expect(member.residenceRegistration).toMatchObject({ status: registration!.status, ward: { id: registration!.ward_id }, cell: { id: registration!.cell_id } });
    const from = addMonths(TEST_DAY, -12);
    expect(member.attendance).toMatchObject({ from, to: TEST_DAY });
    const counts = await sql<{ status: string; n: number }>(
      urls['residence-committee']!,
      'SELECT status, count(*)::int AS n FROM meeting_attendance WHERE member_id = $1 AND held_on BETWEEN $2 AND $3 GROUP BY status',
      [memberId, from, TEST_DAY]);
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n]));
    const expected = counts.reduce((sum, c) => sum + c.n, 0);
    expect(expected).toBeGreaterThan(0);
    expect(member.attendance.meetingsExpected).toBe(expected);
    expect(member.attendance.present).toBe(byStatus.PRESENT ?? 0);
    expect(member.attendance.absent).toBe(byStatus.ABSENT ?? 0);
    expect(member.attendance.entries).toHaveLength(expected);
    expect(member.attendance.entries.every((e) => e.meeting.heldOn >= from && e.meeting.heldOn <= TEST_DAY)).toBe(true);

    // Evaluation side: the comments by year with six criteria, and the latest rating by the bands.
    const forms = await sql<{ year: number; recommendation: string }>(
      urls.evaluation!, 'SELECT year, recommendation FROM comment_form WHERE member_id = $1 ORDER BY signed_on DESC', [memberId]);
    expect(forms.length).toBeGreaterThan(0);
    expect(member.residenceComments.map((c) => [c.year, c.recommendation])).toEqual(forms.map((f) => [f.year, f.recommendation]));
    for (const comment of member.residenceComments) {
      expect(comment.assessments.map((a) => a.criterion.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(comment.assessments.every((a) => a.level >= 1 && a.level <= 3 && a.levelLabel.length > 0)).toBe(true);
    }
    const [review] = await sql<{ year: number; score: number }>(
      urls.evaluation!, 'SELECT year, score FROM annual_review WHERE member_id = $1 ORDER BY year DESC LIMIT 1', [memberId]);
    expect(member.latestReview).toMatchObject({ year: review!.year, score: review!.score });
    const band = review!.score >= 90 ? 'EXCELLENT' : review!.score >= 70 ? 'GOOD' : review!.score >= 50 ? 'COMPLETED' : 'NOT_COMPLETED';
    expect(member.latestReview!.rating).toBe(band);
  });

  it('answers null for a member nobody knows', async () => {
    const response = await federation.query<Profile>(operation.query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.member).toBeNull();
  });
});
