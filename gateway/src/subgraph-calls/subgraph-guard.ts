import { setTimeout as sleep } from 'node:timers/promises';
import CircuitBreaker from 'opossum';
import { RetryBudget } from './retry-budget.js';
import { SubgraphFailure, type SubgraphCallOutcome } from './subgraph-failure.js';

/** One call to a subgraph, as the gateway reports it to an observer (metrics, once wired). */
export interface SubgraphCallEvent {
  subgraph: string;
  outcome: SubgraphCallOutcome;
  /** From the call to its end, retries included (0 when the circuit was open). */
  ms: number;
  /** Requests sent to the subgraph for this call: 0 (circuit open), 1, or 2 with a retry. */
  attempts: number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface SubgraphCircuitEvent {
  subgraph: string;
  state: CircuitState;
}

/**
 * How the gateway calls each subgraph. The decisions:
 * - **A deadline per call** (`timeoutMs`, 5 s by default): a subgraph that has
 *   not answered by then costs the answer its own fields, with
 *   SUBGRAPH_UNAVAILABLE, and nothing else. The deadline covers the retry too,
 *   so no call waits longer, whatever happens.
 * - **One retry, for queries only**, after a connection error or a 502, 503 or
 *   504 (a subgraph restarting, a proxy in front of it), within a retry budget
 *   (20 % of the last 10 s of calls, plus one a second). Never for a mutation,
 *   whose first request may have been applied; never after a timeout (the
 *   deadline is spent) or a 500 (the same request would fail the same way).
 * - **A circuit breaker** (opossum): once at least `volumeThreshold` calls in
 *   the last `windowMs` have been made and more than `errorThresholdPercentage`
 *   of them failed (error or timeout), the subgraph is not called for
 *   `resetTimeoutMs`: each call answers SUBGRAPH_UNAVAILABLE at once. Then one
 *   call is let through as a probe: an answer closes the circuit, a failure
 *   opens it again. A 4xx refusal is an answer, not a failure.
 */
export interface SubgraphCallPolicy {
  timeoutMs: number;
  retry: { maxRetries: number; budgetRatio: number; minPerSecond: number; backoffMs: number };
  breaker: { volumeThreshold: number; errorThresholdPercentage: number; resetTimeoutMs: number; windowMs: number };
}

export const DEFAULT_SUBGRAPH_CALL_POLICY: SubgraphCallPolicy = {
  timeoutMs: 5_000,
  retry: { maxRetries: 1, budgetRatio: 0.2, minPerSecond: 1, backoffMs: 25 },
  breaker: { volumeThreshold: 5, errorThresholdPercentage: 50, resetTimeoutMs: 10_000, windowMs: 10_000 },
};

/** Retry-After when a subgraph gave no hint of its own: soon enough for a blip, long enough not to hammer. */
const DEFAULT_RETRY_AFTER_SECONDS = 2;

/**
 * The deadline, retries and circuit breaker of one subgraph. `call` runs
 * `attempt` (one request, given the call's deadline as an AbortSignal) and
 * resolves with its answer, or rejects with a SubgraphFailure (no usable
 * answer) or with what `attempt` threw for an answer it refused to pass on.
 */
export class SubgraphGuard {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private readonly budget: RetryBudget;
  private openedAt = 0;

  constructor(
    readonly subgraph: string,
    private readonly policy: SubgraphCallPolicy,
    private readonly observe: { call?: (event: SubgraphCallEvent) => void; circuit?: (event: SubgraphCircuitEvent) => void } = {},
  ) {
    this.budget = new RetryBudget(policy.retry.budgetRatio, policy.retry.minPerSecond, Math.max(1, Math.round(policy.breaker.windowMs / 1000)));
    this.breaker = new CircuitBreaker((run: () => Promise<unknown>) => run(), {
      name: subgraph,
      timeout: false, // the call's own deadline aborts the request; opossum's would leave it running
      volumeThreshold: policy.breaker.volumeThreshold,
      errorThresholdPercentage: policy.breaker.errorThresholdPercentage,
      resetTimeout: policy.breaker.resetTimeoutMs,
      rollingCountTimeout: policy.breaker.windowMs,
      rollingCountBuckets: 10,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      // Only a call without a usable answer counts against the subgraph.
      errorFilter: (error: unknown) => !(error instanceof SubgraphFailure),
    });
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      this.observe.circuit?.({ subgraph, state: 'open' });
    });
    this.breaker.on('halfOpen', () => this.observe.circuit?.({ subgraph, state: 'half-open' }));
    this.breaker.on('close', () => this.observe.circuit?.({ subgraph, state: 'closed' }));
  }

  get state(): CircuitState {
    return this.breaker.opened ? 'open' : this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /** `retriable`: whether the request may be sent twice (a query; never a mutation). */
  async call<T>(attempt: (deadline: AbortSignal) => Promise<T>, retriable: boolean): Promise<T> {
    const started = performance.now();
    const attempts = { sent: 0 };
    const report = (outcome: SubgraphCallOutcome) =>
      this.observe.call?.({ subgraph: this.subgraph, outcome, ms: Math.round(performance.now() - started), attempts: attempts.sent });
    try {
      const answer = (await this.breaker.fire(() => this.attempts(attempt, retriable, attempts))) as T;
      report('ok');
      return answer;
    } catch (error) {
      if (error instanceof SubgraphFailure) {
        report(error.outcome);
        throw error;
      }
      if (error instanceof Error && CircuitBreaker.isOurError(error)) {
        report('circuit-open');
        throw new SubgraphFailure('circuit-open', { retryAfterSeconds: this.secondsUntilProbe() });
      }
      report('rejected');
      throw error;
    }
  }

  /** Stops the breaker's timers. */
  shutdown(): void {
    this.breaker.shutdown();
  }

  private async attempts<T>(attempt: (deadline: AbortSignal) => Promise<T>, retriable: boolean, attempts: { sent: number }): Promise<T> {
    // A timer cleared when the call ends, rather than AbortSignal.timeout: that one's timer fires after every call,
    // answered or not, and aborts a signal no one listens to any more (a DOMException and an event per subgraph call).
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('The subgraph did not answer in time', 'TimeoutError')), this.policy.timeoutMs);
    timer.unref();
    this.budget.recordCall();
    try {
      for (;;) {
        try {
          attempts.sent += 1;
          return await attempt(deadline.signal);
        } catch (error) {
          const again =
            error instanceof SubgraphFailure && error.retriable && retriable && attempts.sent <= this.policy.retry.maxRetries && !deadline.signal.aborted && this.budget.tryRetry();
          if (!again) throw error;
          // A short pause, jittered so that the gateway's retries do not arrive together.
          await sleep(this.policy.retry.backoffMs * (0.5 + Math.random()), undefined, { signal: deadline.signal }).catch(() => {
            throw new SubgraphFailure('timeout', { cause: error });
          });
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private secondsUntilProbe(): number {
    const left = this.policy.breaker.resetTimeoutMs - (Date.now() - this.openedAt);
    return left > 0 ? Math.ceil(left / 1000) : DEFAULT_RETRY_AFTER_SECONDS;
  }
}

/** The Retry-After a failure suggests to the caller, in seconds. */
export function retryAfterSecondsOf(failure: SubgraphFailure): number {
  return failure.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
}
