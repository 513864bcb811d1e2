/** Something in force over a span of days, such as a node of the organisation tree. */
export interface EffectiveDated {
  validFrom: string;
  /** The last day in force; null while it has no end. */
  validTo: string | null;
}

/**
 * Whether it is in force on a day (ISO dates): from `validFrom` to `validTo`,
 * both days included, with no end while `validTo` is null. A node ended at a
 * reorganisation is still in force on its last day; its successor from the next.
 */
export function inForceOn(dated: EffectiveDated, day: string): boolean {
  return dated.validFrom <= day && (dated.validTo === null || day <= dated.validTo);
}
