import { describe, expect, it } from '@jest/globals';
import { buildDemoScenario } from '@twoway/demo-data';
import { workplaceDemoRows } from './demo-rows.js';

describe('workplace demo rows', () => {
  const scenario = buildDemoScenario('2026-12-01');
  const { members, introductionLetters } = workplaceDemoRows(scenario);

  it('put every letter of the story in the workplace\'s words: where it stands follows what became of it', () => {
    const statuses = new Set(introductionLetters.map((l) => l.status));
    expect([...statuses].sort()).toEqual(['ASSIGNED', 'ENDED', 'ISSUED', 'RECEIVED', 'RETURNED']);
    const byId = new Map(scenario.introductions.map((l) => [l.id, l]));
    for (const letter of introductionLetters) {
      const told = byId.get(letter.id)!;
      if (letter.status === 'ENDED') expect(told.superseded).toBe(true);
      if (letter.status === 'ISSUED') expect(told.presentedOn).toBeNull();
      if (letter.status === 'ASSIGNED') expect(letter.toCellId).not.toBeNull();
    }
  });

  it('record the members who left as the workplace knows them, the others as active', () => {
    expect(members.filter((m) => m.status !== 'ACTIVE').map((m) => m.status).sort()).toEqual(['DECEASED', 'TRANSFERRED', 'TRANSFERRED', 'TRANSFERRED']);
    expect(members.every((m) => m.sex === 'FEMALE' || m.sex === 'MALE')).toBe(true);
  });
});
