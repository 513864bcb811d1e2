import type { EntityManager, QueryRunner } from 'typeorm';

type Reader = Pick<EntityManager, 'query'> | Pick<QueryRunner, 'query'>;

/**
 * A policy value (deadline, period) as in force on `day`: policy is versioned
 * data, so a past year is still judged by its own rules. Throws when no
 * version covers the day: a gap in policy is a configuration error, not a default.
 */
export async function policyValue<T>(reader: Reader, code: string, day: string): Promise<T> {
  const rows = (await reader.query(
    `SELECT value FROM policy_value WHERE code = $1 AND effective_from <= $2 AND (effective_to IS NULL OR effective_to >= $2)
     ORDER BY effective_from DESC LIMIT 1`,
    [code, day],
  )) as { value: T }[];
  if (rows.length === 0) throw new Error(`No policy value ${code} in force on ${day}`);
  return rows[0]!.value;
}

/** For migrations: load a policy value version. */
export async function insertPolicyValue(
  queryRunner: QueryRunner,
  value: { code: string; effectiveFrom: string; effectiveTo?: string; value: unknown; source: string },
): Promise<void> {
  await queryRunner.query(
    `INSERT INTO policy_value (code, effective_from, effective_to, value, source) VALUES ($1, $2, $3, $4, $5)`,
    [value.code, value.effectiveFrom, value.effectiveTo ?? null, JSON.stringify(value.value), value.source],
  );
}
