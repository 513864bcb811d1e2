import { describe, expect, it } from '@jest/globals';
import { buildDemoScenario } from '@twoway/demo-data';
import { evaluationDemoRows } from './demo-rows.js';

describe('evaluation demo rows', () => {
  const rowsOn = (day: string) => evaluationDemoRows(buildDemoScenario(day));
  const earlier = rowsOn('2026-12-01');
  const later = rowsOn('2026-12-20');

  it('give a review the same score whichever day the data is built for', () => {
    const scores = (rows: typeof earlier) => new Map(rows.annualReviews.map((r) => [r.id, r.score]));
    const before = scores(earlier);
    const shared = [...scores(later)].filter(([key]) => before.has(key));
    expect(shared.length).toBeGreaterThan(500);
    expect(shared.every(([key, score]) => before.get(key) === score)).toBe(true);
  });

  it('give a form the same values whichever day, but for what follows the year\'s attendance', () => {
    // Participation (the third criterion) and the recommendation follow the attendance of the year, which
    // depends on which meetings the day's data holds; the rest of a form does not.
    const forms = (rows: typeof earlier) => new Map(rows.commentForms.map((f) => [f.id, [f.levels.filter((_, i) => i !== 2 && i !== 5), f.remarks, f.draftedOn, f.signedOn]]));
    const before = forms(earlier);
    const shared = [...forms(later)].filter(([key]) => before.has(key));
    expect(shared.length).toBeGreaterThan(500);
    expect(shared.every(([key, value]) => JSON.stringify(before.get(key)) === JSON.stringify(value))).toBe(true);
  });

  it('waive the comment on exempt members and use returned forms in the year\'s review', () => {
    const waived = earlier.commentRequests.filter((r) => r.status === 'WAIVED');
    expect(waived.length).toBeGreaterThan(0);
    expect(earlier.commentForms.some((f) => waived.some((r) => r.id === f.requestId))).toBe(false);
    const used = new Set(earlier.annualReviews.flatMap((r) => (r.commentFormId ? [r.commentFormId] : [])));
    expect(used.size).toBeGreaterThan(0);
    const usedRequests = new Set(earlier.commentForms.filter((f) => used.has(f.id)).map((f) => f.requestId));
    expect(earlier.commentRequests.filter((r) => usedRequests.has(r.id)).every((r) => r.status === 'USED_IN_REVIEW')).toBe(true);
  });
});
