import { checkWrites, codesOf, drive, percentile, settle } from '../load.js';
import { requirement, secondsOf, sleep, type Scenario } from './scenario.js';

const VICTIM = 'evaluation';
const HANG_MS = 15_000;
/** What the longest answer may take beyond the gateway's subgraph timeout. */
const SLACK_MS = 3_000;

/**
 * (b) The evaluation subgraph hung (SIGSTOP) for 15 s, then resumed (SIGCONT), while reads of member profiles
 * (fields of all three subgraphs) and writes go on. Every answer sent during the hang must come within the
 * gateway's subgraph timeout plus a little, with the other subgraphs' fields present.
 */
export const hang: Scenario = {
  name: 'hang',
  title: `SIGSTOP ${VICTIM} for ${HANG_MS / 1000} s under reads and writes`,
  async run({ federation, traffic, log }) {
    const firstWrite = traffic.writes.length;
    let stoppedAt = 0;
    let resumedAt = 0;
    let done = false;
    const load = drive(traffic, { concurrency: 6, writeShare: 0.25, until: () => done });
    await sleep(3_000);
    try {
      log(`  SIGSTOP ${VICTIM} (pid ${federation.pidOf(VICTIM)}) for ${HANG_MS / 1000} s`);
      federation.processes.signal(VICTIM, 'SIGSTOP');
      stoppedAt = Date.now();
      await sleep(HANG_MS);
    } finally {
      federation.processes.signal(VICTIM, 'SIGCONT');
      resumedAt = Date.now();
    }
    await sleep(3_000);
    done = true;
    const samples = await load;
    const during = samples.filter((s) => s.at >= stoppedAt && s.at < resumedAt);
    const reads = during.filter((s) => s.kind === 'read');
    const longest = during.reduce((max, s) => Math.max(max, s.ms), 0);
    const bound = federation.subgraphTimeoutMs + SLACK_MS;
    const othersPresent = reads.filter((s) => s.ok).length;
    const namedOthers = reads.filter((s) => s.unavailable.some((name) => name !== VICTIM)).length;
    const writes = traffic.writes.slice(firstWrite);
    const open = await settle(traffic, writes);
    const checked = await checkWrites(federation.urls, writes);
    return {
      figures: {
        subgraphTimeoutMs: federation.subgraphTimeoutMs,
        answersDuringHang: during.length,
        readsDuringHang: reads.length,
        longestAnswerSeconds: secondsOf(longest),
        p50Seconds: secondsOf(percentile(during, 50)),
        p99Seconds: secondsOf(percentile(during, 99)),
        readsWithOtherSubgraphsFields: othersPresent,
        readsNamingAnotherSubgraphUnavailable: namedOthers,
        codesDuringHang: codesOf(during),
        ...checked,
      },
      requirements: [
        requirement(`longest answer during the hang ≤ subgraph timeout + ${SLACK_MS / 1000} s`, during.length > 0 && longest <= bound, `${secondsOf(longest)} s (bound ${secondsOf(bound)} s)`),
        requirement("other subgraphs' fields present in every read", reads.length > 0 && othersPresent === reads.length && namedOthers === 0, `${othersPresent} of ${reads.length}`),
        requirement('writes lost: 0, doubled: 0, all acknowledged', open === 0 && checked.lost === 0 && checked.doubled === 0, `lost ${checked.lost}, doubled ${checked.doubled}, unacknowledged ${checked.unacknowledged}`),
      ],
    };
  },
};
