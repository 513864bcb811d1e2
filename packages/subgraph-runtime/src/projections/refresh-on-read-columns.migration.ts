import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installProjectionSources } from './projection.migration.js';
import { hasProjections } from './projection-lock.migration.js';

/**
 * The body createProjection gave a source's trigger function before this
 * migration: every updated row's keys refreshed, whatever columns changed.
 * Kept to recognise it (a body that is not exactly this, for the SELECT found
 * in it, is one this migration does not know) and to go back to it.
 */
export function refreshOnEveryUpdateBody(projection: string, affected: string): string {
  const refresh = (rows: string) => `PERFORM ${projection}_refresh(ARRAY(SELECT k FROM (WITH changed AS (${rows}) ${affected}) a(k) WHERE k IS NOT NULL));`;
  return `
      BEGIN
        IF TG_OP = 'UPDATE' THEN ${refresh('SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows')}
        ELSIF TG_OP = 'INSERT' THEN ${refresh('SELECT * FROM new_rows')}
        ELSE ${refresh('SELECT * FROM old_rows')}
        END IF;
        RETURN NULL;
      END `;
}

/** Each projection's sources, by their UPDATE triggers, with the body of the function those run. */
const SOURCE_TRIGGERS = `
  SELECT p.name AS projection, c.relname AS source, f.prosrc AS body,
         EXISTS (SELECT 1 FROM projection_source s WHERE s.projection = p.name AND s.source = c.relname) AS recorded
  FROM projection p
  JOIN pg_trigger t ON NOT t.tgisinternal
  JOIN pg_class c ON c.oid = t.tgrelid AND t.tgname = p.name || '_from_' || c.relname || '_update'
  JOIN pg_proc f ON f.oid = t.tgfoid
  ORDER BY 1, 2`;

/** The SELECT of affected keys in a body of refreshOnEveryUpdateBody's. */
const AFFECTED_IN_BODY = /WITH changed AS \(SELECT \* FROM new_rows\) ([\s\S]*?)\) a\(k\) WHERE k IS NOT NULL\)\);\n {8}ELSE /;

/**
 * Projections created before it refreshed the keys of every row an UPDATE
 * touched. Each source is recorded in `projection_source` (its SELECT of
 * affected keys read back from its trigger function, which must be the body
 * createProjection wrote) and its function rewritten by
 * `projection_source_trigger`, to refresh only for rows whose read columns
 * changed. Where createProjection recorded them already, they are rewritten
 * the same.
 */
export class ProjectionRefreshOnReadColumns1764400000980 implements MigrationInterface {
  name = 'ProjectionRefreshOnReadColumns1764400000980';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasProjections(queryRunner))) return;
    await installProjectionSources(queryRunner);
    const triggers = (await queryRunner.query(SOURCE_TRIGGERS)) as { projection: string; source: string; body: string; recorded: boolean }[];
    for (const { projection, source, body, recorded } of triggers) {
      if (recorded) continue;
      const affected = AFFECTED_IN_BODY.exec(body)?.[1];
      if (affected === undefined || body !== refreshOnEveryUpdateBody(projection, affected)) {
        throw new Error(`The trigger function ${projection}_from_${source} has a body this migration does not know`);
      }
      await queryRunner.query(`INSERT INTO projection_source (projection, source, affected) VALUES ($1, $2, $3)`, [projection, source, affected]);
    }
    await queryRunner.query(`SELECT projection_source_trigger(projection, source, affected) FROM projection_source ORDER BY projection, source`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasProjections(queryRunner))) return;
    const sources = (await queryRunner.query(`SELECT projection, source, affected FROM projection_source ORDER BY 1, 2`)) as { projection: string; source: string; affected: string }[];
    for (const { projection, source, affected } of sources) {
      await queryRunner.query(`CREATE OR REPLACE FUNCTION ${projection}_from_${source}() RETURNS trigger LANGUAGE plpgsql AS $$${refreshOnEveryUpdateBody(projection, affected)}$$`);
    }
    await queryRunner.query(`DELETE FROM projection_source`);
  }
}
