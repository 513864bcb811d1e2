import { checkWrites, settle } from '../load.js';
import { outboxBacklog, waitForDrain } from './outbox.js';
import { requirement, secondsOf, type Scenario } from './scenario.js';

const TARGET = 'residence-committee';
const WRITES = 200;
const DRAIN_BOUND_MS = 120_000;

/**
 * (d) The residence committee stopped; 200 members' exemptions changed meanwhile at the workplace committee (each
 * an effect for the residence, the member's new standing, in the workplace's outbox); started again. The drain time runs from it being ready to the other subgraphs' outbox
 * backlog (outbox_message, neither delivered nor refused) being 0, within a bound.
 */
export const queueFill: Scenario = {
  name: 'queue-fill',
  title: `${WRITES} writes for ${TARGET} while it is stopped, then its queue drained`,
  async run({ federation, traffic, log }) {
    const sources = ['workplace-committee', 'evaluation'];
    const settledBefore = await waitForDrain(federation.urls, sources, 60_000);
    const backlogBefore = await outboxBacklog(federation.urls);
    log(`  stopping ${TARGET}`);
    await federation.processes.stopService(TARGET);
    const writes = await traffic.standingChanges(WRITES);
    const stoppedAt = Date.now();
    const queue = [...writes];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let write = queue.shift(); write; write = queue.shift()) await traffic.retry(write);
      }),
    );
    const open = await settle(traffic, writes);
    const checked = await checkWrites(federation.urls, writes);
    const backlogForTarget = (await outboxBacklog(federation.urls, TARGET))['workplace-committee'];
    const backlogFull = await outboxBacklog(federation.urls);
    const downMs = Date.now() - stoppedAt;
    log(`  ${backlogForTarget} messages for ${TARGET} waiting; starting it after ${secondsOf(downMs)} s`);
    await federation.processes.startService(TARGET);
    const drain = await waitForDrain(federation.urls, sources, DRAIN_BOUND_MS);
    const after = await outboxBacklog(federation.urls);
    return {
      figures: {
        backlogBeforeStop: backlogBefore,
        backlogSettledBeforeStop: settledBefore !== undefined,
        writes: writes.length,
        ...checked,
        downSeconds: secondsOf(downMs),
        messagesWaitingForTarget: backlogForTarget,
        backlogWhileDown: backlogFull,
        drainSeconds: drain === undefined ? null : secondsOf(drain),
        backlogAfter: after,
      },
      requirements: [
        requirement(`effects for ${TARGET} queued while it was down`, (backlogForTarget ?? 0) >= checked.acknowledged - checked.refused, `${backlogForTarget} waiting for ${checked.acknowledged - checked.refused} changes`),
        requirement(`the other subgraphs' backlog drained within ${DRAIN_BOUND_MS / 1000} s of its start`, drain !== undefined, drain === undefined ? `not drained: ${JSON.stringify(after)}` : `${secondsOf(drain)} s`),
        requirement('writes lost: 0, doubled: 0, all acknowledged', open === 0 && checked.lost === 0 && checked.doubled === 0, `lost ${checked.lost}, doubled ${checked.doubled}, unacknowledged ${checked.unacknowledged}`),
      ],
    };
  },
};
