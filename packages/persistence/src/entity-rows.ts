import type { SqlRunner } from './keyset-page.js';

/**
 * A hand-written read of an entity's rows, as instances of the entity: the statement names and types every column
 * as the entity has it (`full_name AS "fullName"`, a date as `::text`), so a row is the entity's fields and only
 * its class is missing. What TypeORM's find would give, without building its query or mapping its rows
 * (hand-written-reads.int.test compares the two).
 */
export async function queryEntities<T extends object>(reader: SqlRunner, Entity: new () => T, sql: string, parameters: unknown[]): Promise<T[]> {
  const rows = (await reader.query(sql, parameters)) as Partial<T>[];
  return rows.map((row) => Object.assign(new Entity(), row));
}
