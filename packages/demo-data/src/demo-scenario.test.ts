import { describe, expect, it } from '@jest/globals';
import { inForceOn } from '@twoway/org-tree';
import { buildDemoScenario } from './demo-scenario.js';
import { organizationId, REFORM_2025 } from './organization-tree.js';
import { tookPart } from './scenario.js';

describe('demo scenario', () => {
  const day = '2026-12-01';
  const scenario = buildDemoScenario(day);

  it('is deterministic: the same day gives the same story', () => {
    expect(buildDemoScenario(day)).toEqual(scenario);
  });

  it('keeps its ids from one day to the next, with dates moving along', () => {
    const later = buildDemoScenario('2027-03-15');
    expect(later.members.map((m) => m.id)).toEqual(scenario.members.map((m) => m.id));
    expect(later.members[0]!.fullName).toBe(scenario.members[0]!.fullName);
    expect(later.meetings.every((m) => m.heldOn < '2027-03-15')).toBe(true);
  });

  it('gives an attendance the same values whichever day the story is told on (the README\'s sample holds on any day)', () => {
    const later = buildDemoScenario('2026-12-20');
    const attendance = (story: typeof scenario) => new Map(story.attendances.map((a) => [`${a.meetingId}:${a.memberId}`, [a.presence, a.contribution]]));
    const before = attendance(scenario);
    const shared = [...attendance(later)].filter(([key]) => before.has(key));
    expect(shared.length).toBeGreaterThan(1000);
    expect(shared.every(([key, value]) => JSON.stringify(before.get(key)) === JSON.stringify(value))).toBe(true);
  });

  it('has over 300 two-way members living in Tổ dân phố số 7, as the article says', () => {
    const tdp7 = organizationId('dong-ngac/tdp-7');
    const living = scenario.residences.filter((r) => r.cellId === tdp7 && r.assignedOn !== null && r.endedOn === null);
    expect(living.length).toBeGreaterThan(300);
  });

  it('has at most one open residence per member', () => {
    const open = scenario.residences.filter((r) => r.endedOn === null).map((r) => r.memberId);
    expect(new Set(open).size).toBe(open.length);
  });

  it('has the members the two sides lose track of', () => {
    const living = new Set(scenario.residences.map((r) => r.memberId));
    const introduced = new Set(scenario.introductions.map((l) => l.memberId));
    const overdue = scenario.introductions.filter((l) => l.presentedOn === null && l.dueOn < day);
    expect(overdue.length).toBeGreaterThan(0);
    expect(scenario.members.filter((m) => !introduced.has(m.id)).length).toBeGreaterThan(0);
    expect(scenario.residences.filter((r) => r.assignedOn === null).length).toBeGreaterThan(0);
    expect(scenario.members.filter((m) => m.membershipEnded === 'TRANSFERRED' && living.has(m.id)).length).toBeGreaterThan(0);
    expect(scenario.residences.filter((r) => !scenario.members.some((m) => m.id === r.memberId))).toHaveLength(1);
  });

  it('holds meetings on the node in force on the day they were held', () => {
    const tree = new Map(scenario.organizations.map((o) => [o.id, o]));
    for (const meeting of scenario.meetings) expect(inForceOn(tree.get(meeting.organizationId)!, meeting.heldOn)).toBe(true);
    expect(scenario.meetings.some((m) => m.heldOn < REFORM_2025)).toBe(true);
  });

  it('keeps closed records with their node: an ended letter and registration name a node in force while they were open, both the same ward', () => {
    const tree = new Map(scenario.organizations.map((o) => [o.id, o]));
    const ended = scenario.residences.filter((r) => r.endedOn !== null && r.introductionId !== null);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.some((r) => r.receivedOn < REFORM_2025)).toBe(true);
    for (const registration of ended) {
      const letter = scenario.introductions.find((l) => l.id === registration.introductionId)!;
      expect(letter.superseded).toBe(true);
      // The letter and the ward's registration (and its receipt) name one ward and cell.
      expect([letter.toWardId, letter.toCellId]).toEqual([registration.wardId, registration.cellId]);
      // A node created after the record closed cannot be its node (the 2020 letter ended in 2022 naming phường Cầu Giấy).
      const ward = tree.get(registration.wardId)!;
      expect(ward.validFrom <= registration.endedOn!).toBe(true);
      expect(inForceOn(ward, registration.receivedOn) || inForceOn(ward, registration.endedOn!)).toBe(true);
    }
  });

  it('shows more than half of Tổ dân phố số 7 missing meetings in the last year', () => {
    const tdp7 = organizationId('dong-ngac/tdp-7');
    const recent = scenario.attendances.filter((a) => a.organizationId === tdp7 && a.heldOn > '2025-12-01');
    const byMember = new Map<string, boolean>();
    for (const a of recent) byMember.set(a.memberId, (byMember.get(a.memberId) ?? false) || !tookPart(a.presence));
    const missing = [...byMember.values()].filter(Boolean).length;
    expect(missing / byMember.size).toBeGreaterThan(0.5);
  });
});
