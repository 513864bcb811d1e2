import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { parsePeriod, periodsBetween } from './period.js';

describe('reporting periods', () => {
  it('reads years, quarters and months with their first and last days', () => {
    expect(parsePeriod('2024')).toEqual({ period: '2024', granularity: 'YEAR', from: '2024-01-01', to: '2024-12-31' });
    expect(parsePeriod('2025-Q3')).toEqual({ period: '2025-Q3', granularity: 'QUARTER', from: '2025-07-01', to: '2025-09-30' });
    expect(parsePeriod('2024-02')).toEqual({ period: '2024-02', granularity: 'MONTH', from: '2024-02-01', to: '2024-02-29' });
  });

  it('refuses anything else with a code', () => {
    for (const text of ['2025-Q5', '2025-13', '25', '2025-1', 'DROP TABLE']) {
      expect(() => parsePeriod(text)).toThrow(GraphQLError);
      expect(() => parsePeriod(text)).toThrow(GraphQLError); // a refusal is not remembered as a period
    }
  });

  it('reads a period once and hands out the same frozen answer after', () => {
    const first = parsePeriod('2023-Q1');
    expect(parsePeriod('2023-Q1')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual({ period: '2023-Q1', granularity: 'QUARTER', from: '2023-01-01', to: '2023-03-31' });
  });

  it('lists the periods of a series', () => {
    expect(periodsBetween('2025-11-15', '2026-02-01', 'MONTH').map((p) => p.period)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2025-05-01', '2025-12-31', 'QUARTER').map((p) => p.period)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    expect(() => periodsBetween('2000-01-01', '2026-01-01', 'MONTH')).toThrow(GraphQLError);
  });
});
