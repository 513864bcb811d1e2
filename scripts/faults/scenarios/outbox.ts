import { queryRows } from '@twoway/persistence';
import { SUBGRAPHS } from '../../../topology.js';
import type { DatabaseUrls } from '../../lib/databases.js';
import { sleep } from './scenario.js';

/**
 * Messages each subgraph's outbox still has to deliver (neither delivered nor refused), per source subgraph,
 * read from outbox_message directly, whatever the dispatcher says of itself.
 */
export async function outboxBacklog(urls: DatabaseUrls, target?: string): Promise<Record<string, number>> {
  const counts = await Promise.all(
    SUBGRAPHS.map(async (s) => {
      const [row] = await queryRows<{ n: number }>(
        urls[s.databaseVariable],
        `SELECT count(*)::int AS n FROM outbox_message WHERE delivered_at IS NULL AND refused_at IS NULL AND ($1::text IS NULL OR target = $1)`,
        [target ?? null],
      );
      return [s.name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** Waits until the given sources' backlog is 0; the ms it took, or undefined past `withinMs`. */
export async function waitForDrain(urls: DatabaseUrls, sources: string[], withinMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    const backlog = await outboxBacklog(urls).catch(() => undefined);
    if (backlog && sources.every((source) => backlog[source] === 0)) return Date.now() - started;
    await sleep(250);
  }
  return undefined;
}
