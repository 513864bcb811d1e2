import pg from 'pg';

/** Drops every database the run created, and stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__TEST_POSTGRES__;
  if (!server) return;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`${server.prefix}_`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await server.embedded?.stop();
}
