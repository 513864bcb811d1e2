import { describe, expect, it } from '@jest/globals';
import { buildDemoDataset } from './demo-dataset.js';
import { organizationId, REFORM_2025 } from './organization-tree.js';

describe('demo data set', () => {
  const day = '2026-12-01';
  const dataset = buildDemoDataset(day);

  it('is deterministic: the same day gives the same data', () => {
    expect(buildDemoDataset(day)).toEqual(dataset);
  });

  it('keeps its ids from one day to the next, with dates moving along', () => {
    const later = buildDemoDataset('2027-03-15');
    expect(later.workplace.members.map((m) => m.id)).toEqual(dataset.workplace.members.map((m) => m.id));
    expect(later.workplace.members[0]!.fullName).toBe(dataset.workplace.members[0]!.fullName);
    expect(later.residence.meetings.every((m) => m.heldOn < '2027-03-15')).toBe(true);
  });

  it('gives a record the same values whichever day the data is built for (the README\'s sample holds on any day)', () => {
    const later = buildDemoDataset('2026-12-20');
    const attendance = (set: typeof dataset) => new Map(set.residence.attendances.map((a) => [`${a.meetingId}:${a.memberId}`, [a.status, a.contribution]]));
    const before = attendance(dataset);
    const shared = [...attendance(later)].filter(([key]) => before.has(key));
    expect(shared.length).toBeGreaterThan(1000);
    expect(shared.every(([key, value]) => JSON.stringify(before.get(key)) === JSON.stringify(value))).toBe(true);
    const scores = (set: typeof dataset) => new Map(set.evaluation.annualReviews.map((r) => [r.id, r.score]));
    const earlierScores = scores(dataset);
    const sharedScores = [...scores(later)].filter(([key]) => earlierScores.has(key));
    expect(sharedScores.length).toBeGreaterThan(500);
    expect(sharedScores.every(([key, score]) => earlierScores.get(key) === score)).toBe(true);
    // Participation (the third criterion) and the recommendation follow the attendance of the year, which
    // depends on which meetings the day's data holds; the rest of a form does not.
    const forms = (set: typeof dataset) => new Map(set.evaluation.commentForms.map((f) => [f.id, [f.levels.filter((_, i) => i !== 2 && i !== 5), f.remarks, f.draftedOn, f.signedOn]]));
    const earlierForms = forms(dataset);
    const sharedForms = [...forms(later)].filter(([key]) => earlierForms.has(key));
    expect(sharedForms.length).toBeGreaterThan(500);
    expect(sharedForms.every(([key, value]) => JSON.stringify(earlierForms.get(key)) === JSON.stringify(value))).toBe(true);
  });

  it('has over 300 active two-way members in Tổ dân phố số 7, as the article says', () => {
    const tdp7 = organizationId('dong-ngac/tdp-7');
    const active = dataset.residence.registrations.filter((r) => r.cellId === tdp7 && r.status === 'ACTIVE');
    expect(active.length).toBeGreaterThan(300);
  });

  it('has at most one open registration per member', () => {
    const open = dataset.residence.registrations.filter((r) => r.status !== 'ENDED').map((r) => r.memberId);
    expect(new Set(open).size).toBe(open.length);
  });

  it('has the members the two sides lose track of', () => {
    const registered = new Set(dataset.residence.registrations.map((r) => r.memberId));
    const lettersByMember = new Set(dataset.workplace.introductionLetters.map((l) => l.memberId));
    const overdue = dataset.workplace.introductionLetters.filter((l) => l.status === 'ISSUED' && l.dueOn < day);
    expect(overdue.length).toBeGreaterThan(0);
    expect(dataset.workplace.members.filter((m) => !lettersByMember.has(m.id)).length).toBeGreaterThan(0);
    expect(dataset.residence.registrations.filter((r) => r.status === 'RECEIVED').length).toBeGreaterThan(0);
    expect(dataset.workplace.members.filter((m) => m.status === 'TRANSFERRED' && registered.has(m.id)).length).toBeGreaterThan(0);
  });

  it('records meetings on the node in force on the day they were held', () => {
    const tree = new Map(dataset.organizations.map((o) => [o.id, o]));
    for (const meeting of dataset.residence.meetings) {
      const node = tree.get(meeting.organizationId)!;
      expect(node.validFrom <= meeting.heldOn && (node.validTo === null || meeting.heldOn <= node.validTo)).toBe(true);
    }
    expect(dataset.residence.meetings.some((m) => m.heldOn < REFORM_2025)).toBe(true);
  });

  it('shows more than half of Tổ dân phố số 7 missing meetings in the last year', () => {
    const tdp7 = organizationId('dong-ngac/tdp-7');
    const recent = dataset.residence.attendances.filter((a) => a.organizationId === tdp7 && a.heldOn > '2025-12-01');
    const byMember = new Map<string, boolean>();
    for (const a of recent) byMember.set(a.memberId, (byMember.get(a.memberId) ?? false) || a.status === 'ABSENT' || a.status === 'EXCUSED');
    const missing = [...byMember.values()].filter(Boolean).length;
    expect(missing / byMember.size).toBeGreaterThan(0.5);
  });
});
