import { describe, expect, it } from '@jest/globals';
import { isReadOnlyStatement } from './read-replicas.js';

describe('statements a replica may answer', () => {
  it('are selects, and lists (a WITH that only selects)', () => {
    expect(isReadOnlyStatement('SELECT "u"."id" FROM "organization_unit" "u" WHERE "u"."id" IN ($1)')).toBe(true);
    expect(isReadOnlyStatement('  select 1')).toBe(true);
    expect(isReadOnlyStatement('WITH list AS MATERIALIZED (SELECT id FROM member), total AS (SELECT count(*) FROM list) SELECT * FROM total')).toBe(true);
    // Words that only contain a write's name are not writes.
    expect(isReadOnlyStatement(`SELECT updated_at, deleted FROM member WHERE status = 'INSERTED_LATER'`)).toBe(true);
  });

  it('are never writes, row locks or sequences, however they begin', () => {
    expect(isReadOnlyStatement('INSERT INTO audit_log (id) SELECT 1')).toBe(false);
    expect(isReadOnlyStatement('WITH moved AS (UPDATE member SET x = 1 RETURNING id) SELECT * FROM moved')).toBe(false);
    expect(isReadOnlyStatement('WITH gone AS (DELETE FROM draft RETURNING id) SELECT * FROM gone')).toBe(false);
    expect(isReadOnlyStatement('SELECT id FROM member WHERE id = $1 FOR UPDATE')).toBe(false);
    expect(isReadOnlyStatement('SELECT id FROM member WHERE id = $1 FOR NO KEY UPDATE')).toBe(false);
    expect(isReadOnlyStatement('SELECT id FROM member FOR KEY SHARE')).toBe(false);
    expect(isReadOnlyStatement(`SELECT nextval('letter_number')`)).toBe(false);
    expect(isReadOnlyStatement('START TRANSACTION')).toBe(false);
    expect(isReadOnlyStatement('SET statement_timeout = 0')).toBe(false);
  });
});
