import { GuardedField } from '@twoway/auth';

/**
 * The names a guarded value is kept under when a record is copied whole into
 * JSON (the audit log's `before` and `after`, an outbox message's payload, a
 * change's details): each guarded field's own name (`citizenId`,
 * `residenceAddress`) and its column's (`citizen_id`, `residence_address`).
 * Derived from the policy, so a field guarded tomorrow is covered here too.
 */
export const GUARDED_JSON_KEYS: ReadonlySet<string> = new Set(
  Object.values(GuardedField).flatMap((field) => {
    const name = field.slice(field.indexOf('.') + 1);
    return [name, name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)];
  }),
);

/**
 * A copy of JSON without the guarded values it holds, at any depth. A guarded
 * value reaches a caller only through its field, where the policy decides and
 * the read is audited; JSON answered as such (history entries, undelivered
 * effects) never carries one, whoever asks: it tells what happened and which
 * record, and the record's fields tell the rest.
 */
export function withoutGuardedValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutGuardedValues);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !GUARDED_JSON_KEYS.has(key)).map(([key, inner]) => [key, withoutGuardedValues(inner)]));
}
