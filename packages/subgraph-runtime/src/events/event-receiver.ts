import express from 'express';
import type { DataSource } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import { EVENTS_PATH, EVENT_SIGNATURE_HEADER, applyEvent, verifyEventSignature, type DeliveredEvent, type EventHandler, type EventOutcome } from './events.js';

/** Seconds a sender should wait before trying an event again that the database could not apply now. */
const RETRY_AFTER_SECONDS = 5;

const STATUS: Record<EventOutcome['status'], number> = { applied: 200, duplicate: 200, refused: 422, 'unknown-topic': 422, unavailable: 503 };

/**
 * POST /internal/events: where other subgraphs deliver their outbox. Not part
 * of the GraphQL schema; each delivery is signed with the shared secret.
 * 200 applied (or already applied); 422 refused for good, with the reason
 * (a rule, an unknown topic, a database error no retry mends); 503 with
 * Retry-After when the database cannot apply it now; 500 for a bug; 401 bad signature.
 */
export function mountEventReceiver(
  app: express.Express,
  options: { dataSource: DataSource; handlers: Record<string, EventHandler>; secret: string | undefined; clock: Clock; logger: Logger },
): void {
  app.post(EVENTS_PATH, express.text({ type: 'application/json', limit: '256kb' }), async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const signature = req.headers[EVENT_SIGNATURE_HEADER];
    if (!options.secret || !verifyEventSignature(options.secret, body, typeof signature === 'string' ? signature : undefined)) {
      res.status(401).json({ status: 'unauthenticated' });
      return;
    }
    let event: DeliveredEvent;
    try {
      event = JSON.parse(body) as DeliveredEvent;
    } catch {
      res.status(400).json({ status: 'malformed' });
      return;
    }
    try {
      const outcome = await applyEvent(options.dataSource, options.handlers, event, options);
      if (outcome.status === 'unavailable') res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(STATUS[outcome.status]).json(outcome);
    } catch {
      res.status(500).json({ status: 'failed' });
    }
  });
}
