import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger, mutableClock } from '@twoway/platform';
import { createOutboxDispatcher } from '@twoway/subgraph-runtime';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

/** A target of our own over real HTTP: it records what arrives and answers as told; `hang` never answers. */
async function target(answer: (arrived: number) => { status: number; body: unknown } | 'hang') {
  const arrivals: { at: number; event: { id: string; topic: string } }[] = [];
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      arrivals.push({ at: performance.now(), event: JSON.parse(body) as { id: string; topic: string } });
      const reply = answer(arrivals.length);
      if (reply === 'hang') hanging.push(res);
      else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const ACTOR = { subject: 'test', role: 'ADMINISTRATOR', organizationId: '00000000-0000-0000-0000-000000000000' };

/**
 * The delivery queue (docs/architecture.md): each message claimed, sent and
 * recorded on its own, targets drained in parallel, so a target that hangs
 * delays only its own messages; attempts, the last error and the real
 * delivery time are recorded; a refusal is kept at once with the receiver's
 * reason; a passing failure is retried after its backoff.
 */
describe('the outbox dispatcher', () => {
  const clock = mutableClock(TEST_INSTANT);
  const dataset = buildDemoDataset(TEST_DAY);
  let sender: TestSubgraph;
  let workplace: TestSubgraph;

  beforeAll(async () => {
    [sender, workplace] = await Promise.all([startTestSubgraph('evaluation', { clock }), startTestSubgraph('workplaceCommittee', { clock })]);
    sender.subgraph.eventTargets.urls['workplace-committee'] = workplace.subgraph.http.url;
  });
  afterAll(async () => {
    await Promise.all([sender?.close(), workplace?.close()]);
  });

  /** Writes messages to `to` as a mutation would, `minutesAgo` before now, in the order given. */
  async function enqueue(to: string, topic: string, payloads: Record<string, unknown>[], minutesAgo = 1): Promise<string[]> {
    const ids: string[] = [];
    for (const payload of payloads) {
      const [row] = await sender.sql<{ id: string }>(
        `INSERT INTO outbox_message (id, topic, target, payload, created_at, available_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4::timestamptz - make_interval(mins => $5), $4::timestamptz - make_interval(mins => $5)) RETURNING id`,
        [topic, to, JSON.stringify({ ...payload, actor: ACTOR }), clock.now(), minutesAgo],
      );
      ids.push(row!.id);
    }
    return ids;
  }

  const message = async (id: string) =>
    (await sender.sql<{ attempts: number; delivered_at: Date | null; refused_at: Date | null; last_attempt_at: Date | null; last_error: string | null; claimed_until: Date | null; available_at: Date }>(
      `SELECT attempts, delivered_at, refused_at, last_attempt_at, last_error, claimed_until, available_at FROM outbox_message WHERE id = $1`,
      [id],
    ))[0]!;

  it('delivers to a healthy target while another never answers, each in its own order, and records the real delivery time', async () => {
    const hung = await target(() => 'hang');
    const later = new Date(clock.now().getTime() + 60_000);
    const quick = await target((n) => {
      // The answer comes "a minute later": delivered_at must be the clock read after it, not the claim's.
      if (n === 3) clock.set(later);
      return { status: 200, body: { status: 'applied' } };
    });
    try {
      sender.subgraph.eventTargets.urls.hung = hung.url;
      sender.subgraph.eventTargets.urls.quick = quick.url;
      // The hung target's messages are older: a dispatcher going in one line would reach the quick ones only after them.
      const stuck = await enqueue('hung', 'Probe', [{ n: 1 }, { n: 2 }, { n: 3 }], 10);
      const sent = await enqueue('quick', 'Probe', [{ n: 1 }, { n: 2 }, { n: 3 }], 5);
      const started = performance.now();
      const drained = sender.subgraph.drainOutbox();
      const result = await drained;
      const finished = performance.now();
      // The quick target's three arrived, in the order they were written, long before the hung one's first send gave up (5 s).
      expect(quick.arrivals.map((a) => a.event.id)).toEqual(sent);
      expect(finished - started).toBeGreaterThanOrEqual(4_900);
      expect(quick.arrivals.at(-1)!.at).toBeLessThan(finished - 1_000);
      expect(hung.arrivals.map((a) => a.event.id)).toEqual([stuck[0]]);
      expect(result).toEqual({ delivered: 3, refused: 0, retrying: 1 });

      const delivered = await Promise.all(sent.map(message));
      expect(delivered.map((m) => [m.attempts, m.last_error, m.claimed_until])).toEqual([[1, null, null], [1, null, null], [1, null, null]]);
      expect(delivered[2]!.delivered_at).toEqual(later);
      expect(delivered[2]!.last_attempt_at).toEqual(later);
      // The hung target: one real attempt, the reason said, put off; the two behind it not tried in this run.
      const [first, second] = await Promise.all(stuck.map(message));
      expect(first).toMatchObject({ attempts: 1, delivered_at: null, refused_at: null, last_error: 'no answer within 5000 ms', claimed_until: null });
      expect(first!.available_at.getTime()).toBeGreaterThan(clock.now().getTime());
      expect(second).toMatchObject({ attempts: 0, last_error: null, claimed_until: null });
    } finally {
      delete sender.subgraph.eventTargets.urls.hung;
      delete sender.subgraph.eventTargets.urls.quick;
      await sender.sql(`UPDATE outbox_message SET delivered_at = $1 WHERE target IN ('hung', 'quick') AND delivered_at IS NULL`, [clock.now()]);
      await Promise.all([hung.close(), quick.close()]);
    }
  });

  it('says why a target cannot be reached: the network error', async () => {
    const gone = await target(() => ({ status: 200, body: {} }));
    await gone.close();
    sender.subgraph.eventTargets.urls.gone = gone.url;
    try {
      const [id] = await enqueue('gone', 'Probe', [{}]);
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 1 });
      expect(await message(id!)).toMatchObject({ attempts: 1, last_error: 'network error: ECONNREFUSED', delivered_at: null, refused_at: null });
    } finally {
      delete sender.subgraph.eventTargets.urls.gone;
      await sender.sql(`UPDATE outbox_message SET delivered_at = $1 WHERE target = 'gone'`, [clock.now()]);
    }
  });

  it('retries a passing failure (503) after its backoff, and delivers it then', async () => {
    const flaky = await target((n) => (n === 1 ? { status: 503, body: { status: 'unavailable', reason: 'database busy or restarting (40001)' } } : { status: 200, body: { status: 'applied' } }));
    sender.subgraph.eventTargets.urls.flaky = flaky.url;
    try {
      const [id] = await enqueue('flaky', 'Probe', [{}]);
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 1 });
      const waiting = await message(id!);
      expect(waiting).toMatchObject({ attempts: 1, delivered_at: null, refused_at: null, last_error: 'HTTP 503 from flaky: {"status":"unavailable","reason":"database busy or restarting (40001)"}' });
      // Not before its backoff (2 s after the attempt)…
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 0 });
      clock.set(new Date(clock.now().getTime() + 3_000));
      // …then delivered.
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 1, refused: 0, retrying: 0 });
      expect(await message(id!)).toMatchObject({ attempts: 2, delivered_at: clock.now(), refused_at: null });
      expect(flaky.arrivals).toHaveLength(2);
    } finally {
      delete sender.subgraph.eventTargets.urls.flaky;
      await flaky.close();
    }
  });

  it('keeps each target\'s order: nothing overtakes its first message while that one waits for its next try', async () => {
    const ordered = await target((n) => (n === 1 ? { status: 503, body: { status: 'unavailable' } } : { status: 200, body: { status: 'applied' } }));
    sender.subgraph.eventTargets.urls.ordered = ordered.url;
    try {
      const written = await enqueue('ordered', 'Probe', [{ n: 1 }, { n: 2 }, { n: 3 }]);
      // The first fails: the target's run ends there, the two behind it are not sent.
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 1 });
      // While it waits for its backoff, neither they nor one written now go ahead of it.
      const [later] = await enqueue('ordered', 'Probe', [{ n: 4 }], 0);
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 0 });
      clock.set(new Date(clock.now().getTime() + 3_000));
      expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 4, refused: 0, retrying: 0 });
      expect(ordered.arrivals.map((a) => a.event.id)).toEqual([written[0], written[0], written[1], written[2], later]);
    } finally {
      delete sender.subgraph.eventTargets.urls.ordered;
      await ordered.close();
    }
  });

  it('marks refused at once, with the receiver\'s reason, an effect its database can never apply (a return reason over 400 characters)', async () => {
    const letter = dataset.workplace.introductionLetters.find((l) => l.status === 'ISSUED')!;
    const [id] = await enqueue('workplace-committee', 'IntroductionLetterReturned', [{ introductionLetterId: letter.id, returnedOn: TEST_DAY, reason: 'Đ'.repeat(401) }]);
    expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 1, retrying: 0 });
    const refused = await message(id!);
    expect(refused).toMatchObject({ attempts: 1, delivered_at: null, refused_at: clock.now(), claimed_until: null });
    expect(refused.last_error).toBe('refused by workplace-committee (HTTP 422): 22001 value too long (type character varying(400))');
    // Nothing was applied there, and it is not tried again.
    const [kept] = await workplace.sql<{ status: string }>(`SELECT status FROM introduction_letter WHERE id = $1`, [letter.id]);
    expect(kept!.status).toBe('ISSUED');
    expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 0, retrying: 0 });
    // It is listed for follow-up, the reason with it.
    const listed = await sender.query<{ evaluationUndeliveredEffects: { id: string; refusedAt: string | null; lastError: string | null }[] }>(`{ evaluationUndeliveredEffects { id refusedAt lastError } }`);
    expect(listed.data!.evaluationUndeliveredEffects).toContainEqual({ id, refusedAt: clock.now().toISOString(), lastError: refused.last_error });
  });

  it('marks refused a rule\'s refusal (an unknown letter), with its code', async () => {
    const [id] = await enqueue('workplace-committee', 'IntroductionLetterReturned', [{ introductionLetterId: '00000000-0000-4000-8000-000000000000', returnedOn: TEST_DAY, reason: 'Sai địa bàn' }]);
    expect(await sender.subgraph.drainOutbox()).toEqual({ delivered: 0, refused: 1, retrying: 0 });
    expect((await message(id!)).last_error).toBe('refused by workplace-committee (HTTP 422): NOT_FOUND: No such introduction letter');
  });

  it('tells operators what waits per target: how many, how many failing, the oldest one\'s age', async () => {
    const dispatcher = createOutboxDispatcher({
      dataSource: sender.subgraph.dataSource, source: 'evaluation', targets: { urls: {} }, secret: undefined, clock, logger: createLogger('test', 'silent'),
    });
    await enqueue('backlogged', 'Probe', [{}, {}], 30);
    await sender.sql(`UPDATE outbox_message SET attempts = 1 WHERE id = (SELECT id FROM outbox_message WHERE target = 'backlogged' LIMIT 1)`);
    expect((await dispatcher.backlog()).find((b) => b.target === 'backlogged')).toEqual({ target: 'backlogged', waiting: 2, failing: 1, oldestSeconds: 1800 });
    await dispatcher.idle();
  });
});
