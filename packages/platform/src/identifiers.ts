import { ErrorCode, codedError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Checks that a caller-supplied id has the form of our ids (UUIDs) before it
 * reaches SQL; a malformed id is a coded error, an unknown one is `null`.
 */
export function requireUuid(value: string, argument = 'id'): string {
  if (!isUuid(value)) {
    throw codedError(ErrorCode.INVALID_ID, { vi: `"${argument}" không phải là một mã hợp lệ`, en: `"${argument}" is not a valid id` }, { argument });
  }
  return value.toLowerCase();
}
