import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { EmbeddedServer } from '@twoway/dev-database';
import { startEmbeddedTestServer, stopEmbeddedTestServer } from '../support/postgres-server.js';

/**
 * The embedded server of `npm start` and `npm run generate` is started with `replicable: false`
 * (scripts/lib/databases.ts): nobody makes a replica of it, so it writes the least WAL, and a load
 * into the tables it emptied in its own transaction writes their rows once, not twice. (The tests'
 * own embedded server stays replicable: read-replica.int.test.ts makes a replica of it.)
 */
describe('the development server (embedded, not replicable)', () => {
  let server: EmbeddedServer;
  let client: pg.Client;

  beforeAll(async () => {
    server = await startEmbeddedTestServer('test-development-server', { replicable: false });
    client = new pg.Client({ connectionString: server.url });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    if (server) await stopEmbeddedTestServer(server);
  });

  it('writes rows loaded into a table emptied in the same transaction to the table only, not to the WAL', async () => {
    expect((await client.query<{ wal_level: string }>('SHOW wal_level')).rows[0]!.wal_level).toBe('minimal');
    await client.query('CREATE TABLE IF NOT EXISTS loaded (id integer, filler text)');
    const lsn = async () => (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn;
    const before = await lsn();
    await client.query('BEGIN');
    await client.query('TRUNCATE loaded');
    await client.query(`INSERT INTO loaded SELECT n, repeat('x', 200) FROM generate_series(1, 100000) n`);
    await client.query('COMMIT');
    const after = await lsn();
    const { rows: [measured] } = await client.query<{ wal: string; table: string }>(
      `SELECT pg_wal_lsn_diff($2::pg_lsn, $1::pg_lsn)::bigint AS wal, pg_relation_size('loaded') AS table`, [before, after]);
    // About 24 MB of rows; with wal_level=replica the WAL would carry all of them again.
    expect(Number(measured!.table)).toBeGreaterThan(20 << 20);
    expect(Number(measured!.wal)).toBeLessThan(Number(measured!.table) / 20);
  }, 60_000);
});
