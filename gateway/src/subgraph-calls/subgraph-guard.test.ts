import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SUBGRAPH_CALL_POLICY, SubgraphGuard, type SubgraphCallEvent, type SubgraphCallPolicy } from './subgraph-guard.js';
import { SubgraphFailure } from './subgraph-failure.js';

const policy = (changes: Partial<SubgraphCallPolicy> = {}): SubgraphCallPolicy => ({ ...DEFAULT_SUBGRAPH_CALL_POLICY, retry: { ...DEFAULT_SUBGRAPH_CALL_POLICY.retry, backoffMs: 1 }, ...changes });

describe('a subgraph guard', () => {
  it('retries a retriable failure once for a query, never for a mutation, never after a timeout', async () => {
    const events: SubgraphCallEvent[] = [];
    const guard = new SubgraphGuard('evaluation', policy(), { call: (e) => events.push(e) });
    let sent = 0;
    const failing = (failure: () => SubgraphFailure) => async () => {
      sent += 1;
      throw failure();
    };
    try {
      await expect(guard.call(failing(() => new SubgraphFailure('error', { retriable: true, status: 503 })), true)).rejects.toBeInstanceOf(SubgraphFailure);
      expect(sent).toBe(2);
      sent = 0;
      await expect(guard.call(failing(() => new SubgraphFailure('error', { retriable: true, status: 503 })), false)).rejects.toBeInstanceOf(SubgraphFailure);
      expect(sent).toBe(1);
      sent = 0;
      await expect(guard.call(failing(() => new SubgraphFailure('timeout')), true)).rejects.toBeInstanceOf(SubgraphFailure);
      expect(sent).toBe(1);
      expect(events.map((e) => [e.outcome, e.attempts])).toEqual([['error', 2], ['error', 1], ['timeout', 1]]);
    } finally {
      guard.shutdown();
    }
  });

  it('aborts an attempt at the deadline', async () => {
    const guard = new SubgraphGuard('evaluation', policy({ timeoutMs: 50 }));
    try {
      const hung = (deadline: AbortSignal) =>
        new Promise<never>((_resolve, reject) => deadline.addEventListener('abort', () => reject(new SubgraphFailure('timeout'))));
      await expect(guard.call(hung, true)).rejects.toMatchObject({ outcome: 'timeout' });
    } finally {
      guard.shutdown();
    }
  });

  it('opens after repeated failures, answers at once while open, and counts a refusal as an answer', async () => {
    const guard = new SubgraphGuard('evaluation', policy({ breaker: { ...DEFAULT_SUBGRAPH_CALL_POLICY.breaker, volumeThreshold: 2, resetTimeoutMs: 60_000 } }));
    let sent = 0;
    try {
      const refused = new Error('a 4xx the data source passes on');
      await expect(guard.call(async () => { sent += 1; throw refused; }, true)).rejects.toBe(refused);
      for (let i = 0; i < 3; i += 1) {
        await expect(guard.call(async () => { sent += 1; throw new SubgraphFailure('error'); }, true)).rejects.toBeInstanceOf(SubgraphFailure);
      }
      expect(guard.state).toBe('open');
      const before = sent;
      await expect(guard.call(async () => { sent += 1; return 'answer'; }, true)).rejects.toMatchObject({ outcome: 'circuit-open', retryAfterSeconds: 60 });
      expect(sent).toBe(before);
    } finally {
      guard.shutdown();
    }
  });
});
