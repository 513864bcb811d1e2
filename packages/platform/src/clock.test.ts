import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, fixedClock, isIsoDate, today, vietnamDate } from './clock.js';

describe('clock', () => {
  it('reckons the calendar date in Vietnam, not in UTC', () => {
    // 18:30 UTC on 31 Dec is already 1 Jan in Hà Nội (UTC+7).
    expect(vietnamDate(new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
    expect(vietnamDate(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
  });

  it('gives the date Intl gives for any instant, the last minute\'s kept included', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Around midnight in Hà Nội (17:00 UTC), within one minute and across it, back and forth; and before 1976.
    const instants = ['2026-03-04T16:59:00.000Z', '2026-03-04T16:59:59.999Z', '2026-03-04T17:00:00.000Z', '2026-03-04T16:59:30.000Z', '1960-06-01T16:30:00Z', '1960-06-01T16:30:30Z'];
    let at = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 2_000; i += 1) instants.push(new Date((at += 7_919_321 + (i % 7) * 13_000)).toISOString());
    for (const instant of instants) expect([instant, vietnamDate(new Date(instant))]).toEqual([instant, intl.format(new Date(instant))]);
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
    // The same answer as building a Date, for every day of four centuries' sample (leap years of 1900 and 2000
    // included) and a few impossible ones.
    const byDate = (text: string) => {
      const [y, m, d] = text.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const texts = ['0099-01-01', '0100-01-01', '1900-02-29', '2000-02-29', '2024-04-31', '2024-00-10', '2024-01-00', '2024-01-32', '9999-12-31'];
    for (const year of [1899, 1900, 1999, 2000, 2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month += 1) for (let day = 27; day <= 32; day += 1) texts.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
    for (const text of texts) expect([text, isIsoDate(text)]).toEqual([text, byDate(text)]);
  });
});
