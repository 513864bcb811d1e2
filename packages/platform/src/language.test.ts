import { describe, expect, it } from '@jest/globals';
import { languageOf, say } from './language.js';

describe('languageOf', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.5, vi;q=0.6', 'vi'],
    ['fr-FR,fr;q=0.9', 'vi'],
    ['*', 'vi'],
  ])('reads %p as %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });

  it('reads a header sent twice as one list', () => {
    expect(languageOf(['fr', 'en'])).toBe('en');
  });
});

describe('say', () => {
  it('answers Vietnamese unless English is asked for', () => {
    const message = { vi: 'Không có đảng viên nào có mã này', en: 'No member with this id' };
    expect(say(message)).toBe(message.vi);
    expect(say(message, 'en')).toBe(message.en);
  });
});
