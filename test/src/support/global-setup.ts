import { prepareTemplates } from './databases.js';
import { startTestServer, stopTestServer, type TestServer } from './postgres-server.js';

declare global {
   
  var __TEST_POSTGRES__: TestServer | undefined;
}

/** Starts (or finds) PostgreSQL and builds the template databases, once per run. */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  globalThis.__TEST_POSTGRES__ = server;
  process.env.TEST_POSTGRES_URL = server.url;
  process.env.TEST_DATABASE_PREFIX = server.prefix;
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  process.env.LOG_LEVEL ??= 'silent';
  try {
    await prepareTemplates(server.url, server.prefix);
  } catch (error) {
    await stopTestServer(server);
    throw error;
  }
}
