import type { DataSource } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import { EVENTS_PATH, EVENT_SIGNATURE_HEADER, signEventBody, type DeliveredEvent } from './events.js';

export interface OutboxTargets {
  /** Base URL (origin) of each subgraph that receives events, by name; may be set after start. */
  urls: Partial<Record<string, string>>;
}

export interface DrainResult {
  delivered: number;
  refused: number;
  retrying: number;
}

const BATCH = 50;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Delivers this subgraph's outbox at least once to each target's idempotent
 * handler. Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas
 * never deliver the same message at the same time. A refusal is kept (refused_at,
 * last_error) for the oversight lists; a failure is retried with backoff.
 */
export function createOutboxDispatcher(options: {
  dataSource: DataSource;
  source: string;
  targets: OutboxTargets;
  secret: string | undefined;
  clock: Clock;
  logger: Logger;
}) {
  const { dataSource, source, targets, clock, logger } = options;
  async function deliver(row: { id: string; topic: string; target: string; payload: Record<string, unknown> }): Promise<'delivered' | 'refused' | 'retry'> {
    const base = targets.urls[row.target];
    if (!base || !options.secret) return 'retry';
    const { actor, ...payload } = row.payload as { actor: DeliveredEvent['actor'] } & Record<string, unknown>;
    const event: DeliveredEvent = { id: row.id, topic: row.topic, source, actor, payload };
    const body = JSON.stringify(event);
    try {
      const response = await fetch(new URL(EVENTS_PATH, base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [EVENT_SIGNATURE_HEADER]: signEventBody(options.secret, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return 'delivered';
      if (response.status === 422) return 'refused';
      return 'retry';
    } catch {
      return 'retry';
    }
  }

  return {
    /** Delivers everything due now; tests call it to drain the outbox deterministically. */
    async drain(): Promise<DrainResult> {
      const result: DrainResult = { delivered: 0, refused: 0, retrying: 0 };
      for (;;) {
        const batch = await dataSource.transaction(async (manager) => {
          const now = clock.now();
          const rows = (await manager.query(
            `SELECT id, topic, target, payload, attempts FROM outbox_message
             WHERE delivered_at IS NULL AND refused_at IS NULL AND available_at <= $1
             ORDER BY created_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
            [now],
          )) as { id: string; topic: string; target: string; payload: Record<string, unknown>; attempts: number }[];
          for (const row of rows) {
            const outcome = await deliver(row);
            if (outcome === 'delivered') {
              await manager.query('UPDATE outbox_message SET delivered_at = $2, attempts = attempts + 1 WHERE id = $1', [row.id, now]);
              result.delivered += 1;
            } else if (outcome === 'refused') {
              await manager.query(`UPDATE outbox_message SET refused_at = $2, attempts = attempts + 1, last_error = 'refused by ' || target WHERE id = $1`, [row.id, now]);
              result.refused += 1;
            } else {
              const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(row.attempts + 1, 12));
              await manager.query(
                `UPDATE outbox_message SET attempts = attempts + 1, available_at = $2::timestamptz + make_interval(secs => $3), last_error = 'not delivered' WHERE id = $1`,
                [row.id, now, backoff],
              );
              result.retrying += 1;
            }
          }
          return rows.length;
        });
        if (batch < BATCH) break;
      }
      if (result.delivered + result.refused + result.retrying > 0) logger.info(result, 'outbox drained');
      return result;
    },
  };
}
