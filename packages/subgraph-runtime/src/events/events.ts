import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Principal } from '@twoway/auth';
import type { Clock, Logger } from '@twoway/platform';
import { MutationScope, Refusal } from '../mutations/mutation.js';
import { classifyHandlerFailure } from './handler-failure.js';

/** The header carrying the HMAC of an event delivery's body. */
export const EVENT_SIGNATURE_HEADER = 'x-event-signature';
export const EVENTS_PATH = '/internal/events';

/** An effect one subgraph asks another to apply: written to the outbox, delivered at least once. */
export interface DeliveredEvent {
  id: string;
  topic: string;
  source: string;
  /** Who caused it, for the receiver's audit log. */
  actor: Pick<Principal, 'subject' | 'role' | 'organizationId'>;
  payload: Record<string, unknown>;
}

/** Applies one event inside the receiver's transaction; refuse() marks it refused (it shows in oversight, never disappears). */
export type EventHandler = (scope: MutationScope, event: DeliveredEvent) => Promise<void>;

export function signEventBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function verifyEventSignature(secret: string, body: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signEventBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * What became of a delivered event: applied (or already applied); refused for
 * good (a rule, or a database error no retry can mend: a constraint, a value
 * too long, an unknown record); unavailable for now (the database is
 * restarting, a serialization failure): the sender retries later.
 */
export type EventOutcome =
  | { status: 'applied' | 'duplicate' }
  | { status: 'refused'; reason: string }
  | { status: 'unknown-topic' }
  | { status: 'unavailable'; reason: string };

/**
 * Applies a delivered event once: the event id goes into processed_event in
 * the same transaction as the handler's changes, so a redelivery is a no-op.
 * A failure outside the database's classes (a bug) is thrown (HTTP 500, retried).
 */
export async function applyEvent(
  dataSource: DataSource,
  handlers: Record<string, EventHandler>,
  event: DeliveredEvent,
  context: { clock: Clock; logger: Logger },
): Promise<EventOutcome> {
  const handler = handlers[event.topic];
  if (!handler) return { status: 'unknown-topic' };
  try {
    return await dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO processed_event (id, topic, source, processed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.topic, event.source, context.clock.now()],
      )) as unknown[];
      if (inserted.length === 0) return { status: 'duplicate' as const };
      const principal: Principal = { ...event.actor, memberId: null, name: null, grants: [] };
      await handler(new MutationScope(manager, { principal, requestId: `event:${event.id}`, clock: context.clock, dataSource }), event);
      return { status: 'applied' as const };
    });
  } catch (error) {
    if (error instanceof Refusal) return { status: 'refused', reason: error.userErrors('en').map((e) => `${e.code}: ${e.message}`).join('; ') };
    const failure = classifyHandlerFailure(error);
    if (failure.kind === 'refused') {
      context.logger.warn({ err: error, event: event.id, topic: event.topic, reason: failure.reason }, 'event refused: its effect can never apply');
      return { status: 'refused', reason: failure.reason };
    }
    if (failure.kind === 'transient') {
      context.logger.warn({ err: error, event: event.id, topic: event.topic }, 'event not applied for now');
      return { status: 'unavailable', reason: failure.reason };
    }
    context.logger.error({ err: error, event: event.id }, 'event handler failed');
    throw error;
  }
}
