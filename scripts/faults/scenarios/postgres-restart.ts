import { SERVICE_NAMES } from '../harness.js';
import { checkWrites, codesOf, drive, settle } from '../load.js';
import { requirement, secondsOf, sleep, type Scenario } from './scenario.js';

const DOWN_MS = 3_000;
/** Codes a request may answer while the database is away: transient, retryable. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE']);

/**
 * (c) PostgreSQL stopped (fast shutdown) and started again 3 s later, under reads and writes. Every error
 * meanwhile must be a transient, retryable code, never INTERNAL_SERVER_ERROR; the services must come back by
 * themselves (none restarted, same pids); the recovery time is from PostgreSQL accepting connections again to the
 * first successful read and write sent after that.
 */
export const postgresRestart: Scenario = {
  name: 'postgres-restart',
  title: `PostgreSQL stopped and started again (${DOWN_MS / 1000} s down) under load`,
  async run({ federation, traffic, log }) {
    const pidsBefore = Object.fromEntries(SERVICE_NAMES.map((name) => [name, federation.pidOf(name)]));
    const restartsBefore = federation.restarts();
    const firstWrite = traffic.writes.length;
    let stoppedAt = Number.POSITIVE_INFINITY;
    let backAt = Number.POSITIVE_INFINITY;
    let done = false;
    const load = drive(traffic, { concurrency: 6, writeShare: 0.3, until: () => done, pauseMs: 20 });
    await sleep(4_000);
    log('  stopping PostgreSQL');
    stoppedAt = Date.now();
    await federation.postgres.stop();
    await sleep(DOWN_MS);
    await federation.postgres.start();
    backAt = Date.now();
    log(`  PostgreSQL back after ${secondsOf(backAt - stoppedAt)} s`);
    // Until a read and a write sent after PostgreSQL came back have succeeded, at most 60 s, then 5 s more.
    const recovered = () => ['read', 'write'].every((kind) => traffic.samples.some((s) => s.kind === kind && s.ok && s.at >= backAt));
    const deadline = backAt + 60_000;
    while (!recovered() && Date.now() < deadline) await sleep(100);
    await sleep(5_000);
    done = true;
    const samples = await load;
    const affected = samples.filter((s) => s.at + s.ms >= stoppedAt);
    const firstOk = (kind: string) => samples.filter((s) => s.kind === kind && s.ok && s.at >= backAt).map((s) => s.at + s.ms).sort((a, b) => a - b)[0];
    const [read, write] = [firstOk('read'), firstOk('write')];
    const codes = codesOf(affected);
    const statuses: Record<string, number> = {};
    for (const s of affected.filter((s) => !s.ok)) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    const unexpected = Object.keys(codes).filter((code) => !TRANSIENT.has(code));
    const pidsAfter = Object.fromEntries(SERVICE_NAMES.map((name) => [name, federation.pidOf(name)]));
    const restarts = federation.restarts();
    const restarted = SERVICE_NAMES.filter((name) => pidsAfter[name] !== pidsBefore[name] || restarts[name] !== restartsBefore[name]);
    const writes = traffic.writes.slice(firstWrite);
    const open = await settle(traffic, writes);
    const checked = await checkWrites(federation.urls, writes);
    const internal = codes.INTERNAL_SERVER_ERROR ?? 0;
    return {
      figures: {
        downSeconds: secondsOf(backAt - stoppedAt),
        answers: affected.length,
        failed: affected.filter((s) => !s.ok).length,
        failedShare: affected.length ? Math.round((affected.filter((s) => !s.ok).length / affected.length) * 1000) / 10 : 0,
        codes,
        httpStatusOfFailures: statuses,
        recoverySecondsRead: read ? secondsOf(read - backAt) : null,
        recoverySecondsWrite: write ? secondsOf(write - backAt) : null,
        servicesRestarted: restarted,
        ...checked,
      },
      requirements: [
        requirement('no INTERNAL_SERVER_ERROR', internal === 0, `${internal} answers`),
        requirement('every error transient (SERVICE_UNAVAILABLE / SUBGRAPH_UNAVAILABLE)', unexpected.length === 0, unexpected.length ? `also ${unexpected.join(', ')}` : 'yes'),
        requirement('recovered: a read and a write succeed within 60 s of PostgreSQL being back', read !== undefined && write !== undefined, `read ${read ? `${secondsOf(read - backAt)} s` : 'never'}, write ${write ? `${secondsOf(write - backAt)} s` : 'never'}`),
        requirement('no service restarted', restarted.length === 0, restarted.length ? restarted.join(', ') : 'none'),
        requirement('writes lost: 0, doubled: 0, all acknowledged', open === 0 && checked.lost === 0 && checked.doubled === 0, `lost ${checked.lost}, doubled ${checked.doubled}, unacknowledged ${checked.unacknowledged}`),
      ],
    };
  },
};
