import Negotiator from 'negotiator';

/**
 * The languages this federation answers people in. Officials read Vietnamese,
 * so it comes first and is the default; English is given on request
 * (`Accept-Language: en`), for the developers of partner apps.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a person reads, in every language we answer in. */
export interface Message {
  vi: string;
  en: string;
}

/**
 * The language a request asks for by its `Accept-Language` header (RFC 9110
 * negotiation, quality values honoured: `en-US,en;q=0.9` is English):
 * Vietnamese when the header is absent or names neither.
 */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'vi';
  const preferred = new Negotiator({ headers: { 'accept-language': header } }).language([...LANGUAGES]);
  return preferred === 'en' ? 'en' : 'vi';
}

/** The message in the given language. */
export function say(message: Message, language: Language = 'vi'): string {
  return message[language];
}
