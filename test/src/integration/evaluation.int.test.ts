import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';

describe('evaluation subgraph', () => {
  let service: TestSubgraph;
  beforeAll(async () => {
    service = await startTestSubgraph('evaluation');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('never changes a signed comment form', async () => {
    const [form] = await service.sql<{ id: string; recommendation: string }>(`SELECT id, recommendation FROM comment_form WHERE certified_on IS NOT NULL LIMIT 1`);
    await expect(service.sql(`UPDATE comment_form SET recommendation = 'COMMEND', remarks = 'sửa' WHERE id = $1`, [form!.id])).rejects.toThrow(/cannot be changed/);
    await expect(service.sql(`UPDATE comment_form_assessment SET level = 1 WHERE comment_form_id = $1`, [form!.id])).rejects.toThrow(/cannot be changed/);
    await expect(service.sql(`DELETE FROM comment_form_assessment WHERE comment_form_id = $1`, [form!.id])).rejects.toThrow(/cannot be changed/);
    const [after] = await service.sql<{ recommendation: string }>(`SELECT recommendation FROM comment_form WHERE id = $1`, [form!.id]);
    expect(after!.recommendation).toBe(form!.recommendation);
  });

  it('lets the ward certify a signed form once', async () => {
    const [form] = await service.sql<{ id: string }>(`SELECT id FROM comment_form WHERE certified_on IS NULL LIMIT 1`);
    await service.sql(`UPDATE comment_form SET certified_on = '2026-12-01', certified_by = 'Phạm Quang Huy' WHERE id = $1`, [form!.id]);
    await expect(service.sql(`UPDATE comment_form SET certified_on = '2026-12-02' WHERE id = $1`, [form!.id])).rejects.toThrow(/cannot be changed/);
  });

  it('judges each day by the policy version in force then', async () => {
    const query = `query($asOf: Date) { ratingScale(asOf: $asOf) { code bands { rating minScore } } criteriaSets(asOf: $asOf) { code variant criteria { ordinal levels } } }`;
    type Answer = { ratingScale: { code: string; bands: { rating: string; minScore: number }[] }; criteriaSets: { code: string; variant: string; criteria: { ordinal: number; levels: string[] }[] }[] };
    const before = await service.query<Answer>(query, { asOf: '2024-12-20' });
    const after = await service.query<Answer>(query, { asOf: '2025-12-20' });
    expect(before.data!.ratingScale.code).toBe('BEFORE-QD366');
    expect(after.data!.ratingScale.code).toBe('QD366-2025');
    expect(after.data!.ratingScale.bands).toEqual([
      { rating: 'EXCELLENT', minScore: 90 }, { rating: 'GOOD', minScore: 70 }, { rating: 'COMPLETED', minScore: 50 }, { rating: 'NOT_COMPLETED', minScore: 0 },
    ]);
    const standard = after.data!.criteriaSets.find((s) => s.variant === 'STANDARD')!;
    expect(standard.criteria.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(standard.criteria.every((c) => c.levels.length === 3)).toBe(true);
    const none = await service.query<Answer>(query, { asOf: '2019-01-01' });
    expect(none.data!.ratingScale).toBeNull();
    expect(none.data!.criteriaSets).toEqual([]);
  });

  it('keeps the demo\'s comment steps consistent: a request past the ward\'s step was received, never before it was sent', async () => {
    const wrong = await service.sql(`
      SELECT id, status, received_on FROM comment_request
      WHERE (status IN ('RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED', 'RETURNED', 'USED_IN_REVIEW') AND received_on IS NULL)
         OR (status IN ('SENT', 'WAIVED') AND received_on IS NOT NULL)`);
    expect(wrong).toEqual([]);
    const [{ n }] = (await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM comment_request WHERE received_on IS NOT NULL`)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });

  it('gives every review the residence comment it took into account or the reason there is none, never both', async () => {
    const reasons = await service.sql<{ reason: string | null; n: number }>(`
      SELECT without_residence_comment AS reason, count(*)::int AS n FROM annual_review GROUP BY 1 ORDER BY 1`);
    expect(reasons.map((r) => r.reason)).toEqual(expect.arrayContaining([null, 'EXEMPT', 'RESIDENCE_DID_NOT_ANSWER']));
    const [review] = await service.sql<{ id: string; member_id: string }>(`SELECT id, member_id FROM annual_review WHERE comment_form_id IS NOT NULL LIMIT 1`);
    await expect(service.sql(`UPDATE annual_review SET without_residence_comment = 'EXEMPT' WHERE id = $1`, [review!.id])).rejects.toThrow(/annual_review_comment_or_reason/);
    await expect(service.sql(`
      INSERT INTO annual_review (id, member_id, year, score, rating, rating_scale_id, decided_on, workplace_cell_id, version)
      SELECT gen_random_uuid(), member_id, 2019, score, rating, rating_scale_id, decided_on, workplace_cell_id, 1 FROM annual_review WHERE id = $1`, [review!.id]))
      .rejects.toThrow(/annual_review_comment_or_reason/);
  });

  it('stores each review with the rating its scale gives the score', async () => {
    const mismatches = await service.sql(`
      SELECT r.id FROM annual_review r
      JOIN LATERAL (SELECT rating FROM rating_band b WHERE b.rating_scale_id = r.rating_scale_id AND b.min_score <= r.score ORDER BY b.min_score DESC LIMIT 1) band ON true
      JOIN rating_scale s ON s.id = r.rating_scale_id
      WHERE band.rating <> r.rating OR r.decided_on < s.effective_from OR (s.effective_to IS NOT NULL AND r.decided_on > s.effective_to)`);
    expect(mismatches).toEqual([]);
    const [{ n }] = (await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM annual_review')) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });
});
