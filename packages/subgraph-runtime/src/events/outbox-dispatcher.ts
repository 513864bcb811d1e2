import type { DataSource } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import { SpanKind, injectTraceHeaders, withSpan, type ServiceMetrics, type Tracer } from '@twoway/telemetry';
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

/** One target's waiting messages (`backlog()`). */
export interface OutboxBacklog {
  target: string;
  /** Neither delivered nor refused. */
  waiting: number;
  /** Of those, tried at least once without success. */
  failing: number;
  /** Age of the oldest, in seconds. */
  oldestSeconds: number;
}

export interface OutboxDispatcherOptions {
  dataSource: DataSource;
  source: string;
  targets: OutboxTargets;
  secret: string | undefined;
  clock: Clock;
  logger: Logger;
  /** How long one delivery may take before it counts as failed (default 5 s). */
  sendTimeoutMs?: number;
  /** How long a claim keeps other dispatchers off a message (default 30 s; longer than a send). */
  leaseSeconds?: number;
  /** Counts each delivery attempt by target and outcome (outbox_deliveries_total). */
  metrics?: ServiceMetrics;
  /** Each delivery is a span, continued by the receiving subgraph (traceparent). */
  tracer?: Tracer;
}

/** Longest wait between two tries of a target's first message: a target back after a long outage gets its queue within 5 minutes. */
const MAX_BACKOFF_SECONDS = 300;
/** The receiver's answer is kept in last_error up to this length. */
const MAX_ERROR_LENGTH = 500;
/** HTTP answers that say the event can never be accepted as it is: refused at once, never retried. */
const REFUSED_FOR_GOOD = new Set([400, 413, 422]);

interface ClaimedMessage {
  id: string;
  topic: string;
  target: string;
  payload: Record<string, unknown>;
  attempts: number;
}

type Outcome = { kind: 'delivered' } | { kind: 'refused'; error: string } | { kind: 'retry'; error: string };

const PENDING = 'delivered_at IS NULL AND refused_at IS NULL';
/** Not claimed by anyone, or the claim's lease has run out (its dispatcher died or hung). Leases run on the database's clock. */
const UNCLAIMED = '(claimed_until IS NULL OR claimed_until < clock_timestamp())';

const clip = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/**
 * Why a request got no answer: the network error's code, or the timeout. Read by shape, not
 * `instanceof`: fetch's errors may come from another realm (undici's, a test runner's).
 */
function networkFailure(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return `network error: ${cause?.code ?? cause?.message ?? message ?? String(error)}`;
}

/**
 * Delivers this subgraph's outbox at least once to each target's idempotent
 * handler, so that one target that hangs or is down delays only its own messages:
 *
 * - Targets are drained in parallel; a target's messages one at a time, in
 *   the order written (created_at, then sequence_number), and none overtakes
 *   the first: while it waits for its next try (or another replica sends it),
 *   the target's later messages wait too, because some effects about one
 *   record must arrive in order (a member's standing is last-write-wins).
 * - Each message is claimed on its own, in one short statement with a lease
 *   (claimed_until), so replicas never send one message at the same time; then
 *   it is sent outside any transaction, with a timeout; then its outcome is
 *   recorded in another short statement. No transaction is open while a
 *   target is asked.
 * - 2xx: delivered_at is the instant the answer came. 400/413/422: refused at
 *   once with the receiver's reason (refused_at, last_error), listed in
 *   `<subgraph>UndeliveredEffects`, never retried; the messages behind it go on.
 *   Anything else (5xx, 401, no answer): the target's run ends; its first
 *   message is tried again after 2 s, 4 s, … at most 5 minutes, last_error
 *   saying why. A receiver that fails one message for ever (a bug: 500) holds
 *   its target's queue: the backlog's age says so (operations.md's alert).
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions) {
  const { dataSource, source, targets, clock, logger } = options;
  const sendTimeoutMs = options.sendTimeoutMs ?? 5_000;
  const leaseSeconds = options.leaseSeconds ?? Math.max(30, Math.ceil((sendTimeoutMs * 3) / 1000));

  async function send(row: ClaimedMessage, base: string, secret: string): Promise<Outcome> {
    const { actor, ...payload } = row.payload as { actor: DeliveredEvent['actor'] } & Record<string, unknown>;
    const event: DeliveredEvent = { id: row.id, topic: row.topic, source, actor, payload };
    const body = JSON.stringify(event);
    let response: Response;
    try {
      response = await fetch(new URL(EVENTS_PATH, base), {
        method: 'POST',
        headers: injectTraceHeaders({ 'content-type': 'application/json', [EVENT_SIGNATURE_HEADER]: signEventBody(secret, body) }),
        body,
        signal: AbortSignal.timeout(sendTimeoutMs),
      });
    } catch (error) {
      return { kind: 'retry', error: clip(networkFailure(error, sendTimeoutMs)) };
    }
    const answer = await response.text().catch(() => '');
    if (response.ok) return { kind: 'delivered' };
    if (REFUSED_FOR_GOOD.has(response.status)) {
      const reason = (() => {
        try {
          const parsed = JSON.parse(answer) as { status?: string; reason?: string };
          return parsed.reason ?? parsed.status ?? answer;
        } catch {
          return answer;
        }
      })();
      return { kind: 'refused', error: clip(`refused by ${row.target} (HTTP ${response.status}): ${reason}`) };
    }
    return { kind: 'retry', error: clip(`HTTP ${response.status} from ${row.target}: ${answer}`) };
  }

  /**
   * Takes the target's first waiting message (the oldest written), with a
   * lease, when it is due and nobody holds it; null otherwise. Nothing
   * overtakes it: while it waits for its next try, or another replica sends
   * it, the target's later messages wait too, so effects arrive in the order
   * they were written (a member's standing is last-write-wins). A claim in
   * progress elsewhere is waited for (FOR UPDATE, one short statement), then
   * seen as held.
   */
  async function claimNext(target: string, dueBy: Date): Promise<ClaimedMessage | null> {
    const [rows] = (await dataSource.query(
      `UPDATE outbox_message SET claimed_until = clock_timestamp() + make_interval(secs => $3)
       WHERE id = (
         SELECT id FROM outbox_message
         WHERE target = $1 AND ${PENDING}
         ORDER BY created_at, sequence_number LIMIT 1 FOR UPDATE)
       AND available_at <= $2 AND ${UNCLAIMED}
       RETURNING id, topic, target, payload, attempts`,
      [target, dueBy, leaseSeconds],
    )) as [ClaimedMessage[], number];
    return rows[0] ?? null;
  }

  async function record(row: ClaimedMessage, outcome: Outcome): Promise<void> {
    // The clock read after the answer: when it was delivered, refused or tried, not when it was claimed.
    const at = clock.now();
    if (outcome.kind === 'delivered') {
      await dataSource.query(
        `UPDATE outbox_message SET delivered_at = $2, last_attempt_at = $2, attempts = attempts + 1, claimed_until = NULL WHERE id = $1`,
        [row.id, at],
      );
    } else if (outcome.kind === 'refused') {
      await dataSource.query(
        `UPDATE outbox_message SET refused_at = $2, last_attempt_at = $2, attempts = attempts + 1, last_error = $3, claimed_until = NULL WHERE id = $1`,
        [row.id, at, outcome.error],
      );
    } else {
      await dataSource.query(
        `UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = $2, available_at = $2::timestamptz + make_interval(secs => $3),
           last_error = $4, claimed_until = NULL WHERE id = $1`,
        [row.id, at, backoffSeconds(row.attempts), outcome.error],
      );
    }
  }

  /**
   * A target nobody can send to (no address known yet, no secret): every
   * message of it due now is put off at once, the reason said, in one statement.
   */
  async function putOff(target: string, dueBy: Date, why: string): Promise<number> {
    const at = clock.now();
    const [rows] = (await dataSource.query(
      `UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = $2,
         available_at = $2::timestamptz + make_interval(secs => LEAST(${MAX_BACKOFF_SECONDS}, power(2, LEAST(attempts + 1, 12))::int)), last_error = $3
       WHERE id IN (SELECT id FROM outbox_message WHERE target = $1 AND ${PENDING} AND available_at <= $4 AND ${UNCLAIMED} FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [target, at, why, dueBy],
    )) as [unknown[], number];
    return rows.length;
  }

  async function drainTarget(target: string, dueBy: Date): Promise<DrainResult> {
    const result: DrainResult = { delivered: 0, refused: 0, retrying: 0 };
    const base = targets.urls[target];
    if (!base || !options.secret) {
      result.retrying += await putOff(target, dueBy, !base ? `no address known for ${target}` : 'no events secret to sign deliveries with');
      return result;
    }
    for (;;) {
      const row = await claimNext(target, dueBy);
      if (!row) return result;
      const secret = options.secret;
      const deliver = () => send(row, base, secret);
      const outcome = options.tracer
        ? await withSpan(options.tracer, `outbox deliver ${row.topic}`, { 'messaging.destination.name': target, 'messaging.message.id': row.id }, deliver, SpanKind.PRODUCER)
        : await deliver();
      await record(row, outcome);
      options.metrics?.recordOutboxDelivery(target, outcome.kind === 'retry' ? 'failed' : outcome.kind);
      if (outcome.kind === 'delivered') result.delivered += 1;
      else if (outcome.kind === 'refused') {
        result.refused += 1;
        logger.warn({ message: row.id, topic: row.topic, target, reason: outcome.error }, 'effect refused for good');
      } else {
        result.retrying += 1;
        // Its later messages wait for it (see claimNext): the target is tried again when this one's backoff ends.
        return result;
      }
    }
  }

  /**
   * One run at a time per target in this process: a drain asked for while a
   * target's run is going waits for it and for one more run after it (which
   * sees what became due meanwhile); asks that come together share that run.
   */
  const running = new Map<string, Promise<DrainResult>>();
  /** Drains in progress (from their first statement): what idle() waits for with the targets' runs. */
  const drains = new Set<Promise<DrainResult>>();
  const queued = new Map<string, Promise<DrainResult>>();
  function runTarget(target: string): Promise<DrainResult> {
    const waiting = queued.get(target);
    if (waiting) return waiting;
    const before = running.get(target) ?? Promise.resolve(null);
    // Callbacks of then() run later, when `run` is assigned.
    const run: Promise<DrainResult> = before
      .catch(() => null)
      .then(() => {
        queued.delete(target);
        running.set(target, run);
        return drainTarget(target, clock.now());
      })
      .finally(() => {
        if (running.get(target) === run) running.delete(target);
      });
    queued.set(target, run);
    return run;
  }

  /** Delivers every target with a message due now, each on its own. */
  async function drainDue(): Promise<DrainResult> {
    const due = (await dataSource.query(`SELECT DISTINCT target FROM outbox_message WHERE ${PENDING} AND available_at <= $1`, [clock.now()])) as { target: string }[];
    const results = await Promise.all(
      due.map(({ target }) =>
        runTarget(target).catch((error: unknown) => {
          logger.error({ err: error, target }, 'outbox delivery run failed');
          return { delivered: 0, refused: 0, retrying: 0 };
        }),
      ),
    );
    const result = results.reduce((sum, r) => ({ delivered: sum.delivered + r.delivered, refused: sum.refused + r.refused, retrying: sum.retrying + r.retrying }), {
      delivered: 0, refused: 0, retrying: 0,
    });
    if (result.delivered + result.refused + result.retrying > 0) logger.info(result, 'outbox drained');
    return result;
  }

  return {
    /** Resolves when no target's run is going (a service stopping waits for it before closing its pool). */
    async idle(): Promise<void> {
      await Promise.all([...drains, ...running.values(), ...queued.values()].map((run) => run.catch(() => undefined)));
    },
    /**
     * What waits, per target: messages not yet delivered nor refused, how many of them were tried and failed,
     * and the oldest one's age in seconds (by the injected clock): the queue's signals for operators.
     */
    async backlog(): Promise<OutboxBacklog[]> {
      const rows = (await dataSource.query(
        `SELECT target, count(*)::int AS waiting, count(*) FILTER (WHERE attempts > 0)::int AS failing,
                GREATEST(0, EXTRACT(EPOCH FROM ($1::timestamptz - min(created_at))))::float8 AS oldest_seconds
         FROM outbox_message WHERE ${PENDING} GROUP BY target ORDER BY target`,
        [clock.now()],
      )) as { target: string; waiting: number; failing: number; oldest_seconds: number }[];
      return rows.map((r) => ({ target: r.target, waiting: r.waiting, failing: r.failing, oldestSeconds: r.oldest_seconds }));
    },
    /**
     * Delivers everything due now, each target on its own, and resolves when
     * every target's run has ended: tests call it to drain the outbox deterministically.
     */
    drain(): Promise<DrainResult> {
      // Tracked whole, from its first statement, so that idle() (a service closing its pool) waits for it.
      const run = drainDue();
      drains.add(run);
      return run.finally(() => drains.delete(run));
    },
  };
}

/** 2, 4, 8 … seconds after each failed attempt, at most 5 minutes. */
function backoffSeconds(attemptsBefore: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(attemptsBefore + 1, 12));
}
