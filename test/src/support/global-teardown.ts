import { withClient } from '@twoway/persistence';
import { stopTestServer } from './postgres-server.js';

/** Drops every database the run created, and stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__TEST_POSTGRES__;
  if (!server) return;
  await withClient(server.url, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`${server.prefix}_`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
  await stopTestServer(server);
}
