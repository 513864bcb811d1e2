import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, fixedClock, isIsoDate, today, vietnamDate } from './clock.js';

describe('clock', () => {
  it('reckons the calendar date in Vietnam, not in UTC', () => {
    // 18:30 UTC on 31 Dec is already 1 Jan in Hà Nội (UTC+7).
    expect(vietnamDate(new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
    expect(vietnamDate(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
  });

  it('answers the pinned day from a fixed clock', () => {
    expect(today(fixedClock('2026-06-15T03:00:00Z'))).toBe('2026-06-15');
  });

  it('adds days and months across month and year ends', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2025-11-30', 12)).toBe('2026-11-30');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('01/02/2025')).toBe(false);
  });
});
