import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { MAX_PREPARED, PreparingClient, anyOfKeys, prepared, preparedName } from './prepared-statements.js';

// What PostgreSQL holds prepared on the session that asks.
const PREPARED_ON_SESSION = 'SELECT name, statement FROM pg_prepared_statements ORDER BY name';

describe('prepared statements', () => {
  // The server the test run's global setup provides (any database on it answers these statements).
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error('TEST_POSTGRES_URL is not set: run this test through the jest global setup');

  it('prepares a marked text on the connection once, and sends any other text as it is', async () => {
    const marked = prepared('SELECT $1::int + 1 AS next');
    const pool = new pg.Pool({ connectionString: url, max: 1, Client: PreparingClient });
    try {
      // pg-pool's own query (a callback underneath) and a client of the pool (TypeORM's way), the same connection.
      expect((await pool.query(marked, [1])).rows).toEqual([{ next: 2 }]);
      const client = await pool.connect();
      try {
        expect((await client.query(marked, [41])).rows).toEqual([{ next: 42 }]);
        expect((await client.query('SELECT $1::int - 1 AS previous', [1])).rows).toEqual([{ previous: 0 }]);
        expect((await client.query(PREPARED_ON_SESSION)).rows).toEqual([{ name: preparedName(marked), statement: marked }]);
        // A failing run of a prepared statement leaves it usable.
        await expect(client.query(marked, ['not a number'])).rejects.toMatchObject({ code: '22P02' });
        expect((await client.query(marked, [2])).rows).toEqual([{ next: 3 }]);
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });

  it('keeps the generic plan of a read by keys written with anyOfKeys, where the bare array is planned every time', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE TEMPORARY TABLE keyed (id uuid PRIMARY KEY, label text)`);
      await client.query(`INSERT INTO keyed SELECT gen_random_uuid(), 'row ' || n FROM generate_series(1, 2000) n`);
      await client.query('ANALYZE keyed');
      const ids = (await client.query<{ id: string }>('SELECT id FROM keyed ORDER BY label LIMIT 20')).rows.map((row) => row.id);
      const plans = async (name: string, text: string) => {
        for (const id of ids) expect((await client.query({ name, text, values: [[id]] })).rows).toEqual([{ id }]);
        // Both ask for several keys alike.
        expect((await client.query({ name, text, values: [ids.slice(0, 3)] })).rows.map((row: { id: string }) => row.id).sort()).toEqual(ids.slice(0, 3).sort());
        return (await client.query(`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = $1`, [name])).rows[0];
      };
      expect(await plans('bare', 'SELECT id FROM keyed WHERE id = ANY($1::uuid[])')).toEqual({ generic: 0, custom: 21 });
      const kept = await plans('kept', `SELECT id FROM keyed WHERE id = ${anyOfKeys('$1')}`);
      expect(kept.generic).toBeGreaterThanOrEqual(15);
    } finally {
      await client.end();
    }
  });

  it('names each text after itself, and marks no more than MAX_PREPARED texts', () => {
    const text = prepared('SELECT $1::text AS echo');
    expect(preparedName(text)).toMatch(/^twoway_[0-9a-f]{16}$/);
    expect(preparedName(prepared(`SELECT $1::text AS echo`))).toBe(preparedName(text));
    expect(preparedName('SELECT $1::text AS other')).toBeUndefined();
    for (let i = 0; i < MAX_PREPARED + 10; i += 1) prepared(`SELECT ${i} + $1::int`);
    expect(preparedName(`SELECT ${MAX_PREPARED + 9} + $1::int`)).toBeUndefined();
  });
});
