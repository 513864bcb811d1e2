import { checkWrites, codesOf, drive, settle } from '../load.js';
import { requirement, secondsOf, sleep, type Scenario } from './scenario.js';

const VICTIM = 'workplace-committee';
const BURST_MS = 25_000;
const KILL_AFTER_MS = 5_000;

/**
 * (a) A burst of writes (introduction letters, served by the workplace committee), and the workplace committee
 * killed outright (SIGKILL) 3 s in. The supervisor restarts it; every write not acknowledged is sent again with
 * its idempotency key until it is. Then each acknowledged letter is read back from the database (lost) and the
 * letters of each key counted (doubled).
 */
export const killInBurst: Scenario = {
  name: 'kill-in-burst',
  title: `SIGKILL ${VICTIM} during a burst of writes`,
  async run({ federation, traffic, log }) {
    const restartsBefore = federation.restarts()[VICTIM] ?? 0;
    const firstWrite = traffic.writes.length;
    const started = Date.now();
    let killedAt = 0;
    const burst = drive(traffic, { concurrency: 8, writeShare: 1, until: () => Date.now() - started > BURST_MS });
    await sleep(KILL_AFTER_MS);
    log(`  SIGKILL ${VICTIM} (pid ${federation.pidOf(VICTIM)})`);
    federation.processes.signal(VICTIM, 'SIGKILL');
    killedAt = Date.now();
    const samples = await burst;
    const writes = traffic.writes.slice(firstWrite);
    const unacknowledgedInBurst = writes.filter((w) => w.resultId === undefined && w.refused === undefined).length;
    const open = await settle(traffic, writes, 90_000);
    const checked = await checkWrites(federation.urls, writes);
    const back = traffic.samples.find((s) => s.kind === 'write' && s.ok && s.at > killedAt);
    const restarts = (federation.restarts()[VICTIM] ?? 0) - restartsBefore;
    return {
      figures: {
        writes: writes.length,
        acknowledgedFirstTime: writes.filter((w) => w.attempts === 1 && (w.resultId || w.refused)).length,
        unacknowledgedInBurst,
        retries: writes.reduce((sum, w) => sum + w.attempts - 1, 0),
        ...checked,
        restarts,
        writesAcceptedAgainAfterSeconds: back ? secondsOf(back.at + back.ms - killedAt) : null,
        codesDuringBurst: codesOf(samples),
      },
      requirements: [
        requirement(`${VICTIM} restarted by the supervisor`, restarts >= 1, `${restarts} restart(s)`),
        requirement('every write acknowledged after retries', open === 0 && checked.unacknowledged === 0, `${checked.unacknowledged} of ${writes.length} unacknowledged`),
        requirement('acknowledged writes lost: 0', checked.lost === 0, `${checked.lost} lost`),
        requirement('writes doubled: 0', checked.doubled === 0, `${checked.doubled} doubled`),
      ],
    };
  },
};
