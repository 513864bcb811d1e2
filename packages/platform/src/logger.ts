import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Longest text a log field keeps, and how many items of a list: a log line never carries bulk data (an INSERT of 15,000 parameters). */
export const LOG_TEXT_LIMIT = 400;
export const LOG_LIST_LIMIT = 5;

/** `text` cut to `limit` characters, saying how many were left out. */
export function truncatedText(text: string, limit = LOG_TEXT_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/**
 * A value as a log line may carry it: long texts cut, lists to their first
 * few items (saying how many more), bytes and objects as a short text.
 */
export function truncatedForLog(value: unknown): unknown {
  if (typeof value === 'string') return truncatedText(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, LOG_LIST_LIMIT).map(truncatedForLog);
    return value.length > LOG_LIST_LIMIT ? [...shown, `… (${value.length - LOG_LIST_LIMIT} more)`] : shown;
  }
  if (value instanceof Uint8Array) return `(${value.byteLength} bytes)`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    try {
      return truncatedText(JSON.stringify(value));
    } catch {
      return '(not printable)';
    }
  }
  return value;
}

/**
 * pino's error serializer, with the error's own text and list fields cut
 * (TypeORM's QueryFailedError carries the statement and all its parameters);
 * the stack stays whole.
 */
function boundedError(error: unknown): unknown {
  const serialized: unknown = pino.stdSerializers.err(error as Error); // anything but an Error comes back as it is
  if (serialized === null || typeof serialized !== 'object') return truncatedForLog(serialized);
  const bounded = (key: string, value: unknown) => (key !== 'stack' && (typeof value === 'string' || Array.isArray(value)) ? truncatedForLog(value) : value);
  return Object.fromEntries(Object.entries(serialized).map(([key, value]) => [key, bounded(key, value)]));
}

/** Structured JSON logs; one logger per service, child loggers per request. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = { name: service, level, base: { service }, serializers: { err: boundedError } };
  return destination ? pino(options, destination) : pino(options);
}
