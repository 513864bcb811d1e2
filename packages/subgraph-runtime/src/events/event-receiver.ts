import express from 'express';
import type { DataSource } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import { EVENTS_PATH, EVENT_SIGNATURE_HEADER, applyEvent, verifyEventSignature, type DeliveredEvent, type EventHandler } from './events.js';

/**
 * POST /internal/events: where other subgraphs deliver their outbox. Not part
 * of the GraphQL schema; each delivery is signed with the shared secret.
 * 200 applied (or already applied), 422 refused, 401 bad signature.
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
      res.status(outcome.status === 'applied' || outcome.status === 'duplicate' ? 200 : 422).json(outcome);
    } catch {
      res.status(500).json({ status: 'failed' });
    }
  });
}
