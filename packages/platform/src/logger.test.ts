import { describe, expect, it } from '@jest/globals';
import { LOG_LIST_LIMIT, LOG_TEXT_LIMIT, truncatedForLog, truncatedText } from './logger.js';

describe('values in the logs', () => {
  it('cuts long texts, saying how much was left out', () => {
    expect(truncatedText('short')).toBe('short');
    expect(truncatedText('x'.repeat(LOG_TEXT_LIMIT + 10))).toBe(`${'x'.repeat(LOG_TEXT_LIMIT)}… (10 more characters)`);
  });

  it('keeps the first items of a list, nested lists included, and shows bytes and objects as short texts', () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => index);
    expect(truncatedForLog([ids, 'a'])).toEqual([[0, 1, 2, 3, 4, '… (9995 more)'], 'a']);
    expect(truncatedForLog(ids)).toHaveLength(LOG_LIST_LIMIT + 1);
    expect(truncatedForLog(Buffer.alloc(2_048))).toBe('(2048 bytes)');
    expect(truncatedForLog({ body: 'y'.repeat(5_000) })).toMatch(/^\{"body":"y+… \(\d+ more characters\)$/);
    const day = new Date('2026-01-01T00:00:00Z');
    expect([truncatedForLog(day), truncatedForLog(7), truncatedForLog(null)]).toEqual([day, 7, null]);
  });
});
