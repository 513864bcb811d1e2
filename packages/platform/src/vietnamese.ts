/**
 * Vietnamese text for search and sorting, without database extensions.
 *
 * - `foldVietnamese` drops tones and letter marks ("Nguyễn Văn Hoạt" → "nguyen van hoat"),
 *   so a search typed without diacritics still finds the name.
 * - `vietnameseNameSortKey` orders people the Vietnamese way: by given name (the
 *   last word), then middle name, then family name; letters in the Vietnamese
 *   alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), tones after letters
 *   (a à ả ã á ạ). The key compares correctly byte by byte (COLLATE "C").
 */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
/** Combining tone marks, in dictionary order: level (none), grave, hook, tilde, acute, dot below. */
const TONES = new Map([['\u0300', '1'], ['\u0309', '2'], ['\u0303', '3'], ['\u0301', '4'], ['\u0323', '5']]);
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']);

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits one word into letters (base letter with its letter mark, e.g. "ư") and their tones. */
function wordKey(word: string): { letters: string; tones: string } {
  let letters = '';
  let tones = '';
  for (const cluster of word.toLowerCase().normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const marks = [...cluster.slice(1)];
    const letter = (cluster[0]! + marks.filter((m) => LETTER_MARKS.has(m)).join('')).normalize('NFC');
    const tone = marks.map((m) => TONES.get(m)).find(Boolean) ?? '0';
    letters += LETTER_RANK.get(letter) ?? letter;
    tones += tone;
  }
  return { letters, tones };
}

export function vietnameseNameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const ordered = words.length === 1 ? words : [words.at(-1)!, ...words.slice(1, -1), words[0]!];
  const keys = ordered.map(wordKey);
  // Letters decide first, word by word; tones only break ties.
  return `${keys.map((k) => k.letters).join('\u0001')}\u0002${keys.map((k) => k.tones).join('\u0001')}`;
}
