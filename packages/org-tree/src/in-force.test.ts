import { describe, expect, it } from '@jest/globals';
import { inForceOn } from './in-force.js';

describe('in force on a day', () => {
  const ward = { validFrom: '2010-01-01', validTo: '2025-06-30' };

  it('starts on its first day and ends after its last, both included', () => {
    expect(inForceOn(ward, '2009-12-31')).toBe(false);
    expect(inForceOn(ward, '2010-01-01')).toBe(true);
    expect(inForceOn(ward, '2025-06-30')).toBe(true);
    expect(inForceOn(ward, '2025-07-01')).toBe(false);
  });

  it('has no end while its last day is not set', () => {
    const successor = { validFrom: '2025-07-01', validTo: null };
    expect(inForceOn(successor, '2025-06-30')).toBe(false);
    expect(inForceOn(successor, '2025-07-01')).toBe(true);
    expect(inForceOn(successor, '2999-12-31')).toBe(true);
  });

  it('hands over at a reorganisation: the ended node on its last day, the successor from the next, never both', () => {
    const successor = { validFrom: '2025-07-01', validTo: null };
    for (const day of ['2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02']) {
      expect(Number(inForceOn(ward, day)) + Number(inForceOn(successor, day))).toBe(1);
    }
  });

  it('holds for a node that lasts a single day', () => {
    expect(inForceOn({ validFrom: '2025-07-01', validTo: '2025-07-01' }, '2025-07-01')).toBe(true);
  });
});
