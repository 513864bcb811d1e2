import { describe, expect, it } from '@jest/globals';
import { RetryBudget } from './retry-budget.js';

describe('the retry budget', () => {
  it('allows the floor, then a ratio of the calls of the window, and renews as the window moves', () => {
    let now = 1_000_000;
    const budget = new RetryBudget(0.2, 1, 10, () => now);
    // Floor: 1 a second over 10 s, with no calls at all.
    for (let i = 0; i < 10; i += 1) expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);

    // 50 calls earn 10 more retries (20 %).
    for (let i = 0; i < 50; i += 1) budget.recordCall();
    for (let i = 0; i < 10; i += 1) expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);

    // Ten seconds later, nothing of that window counts any more.
    now += 10_000;
    expect(budget.tryRetry()).toBe(true);
  });
});
