import { cleanUp, startFaultFederation } from './harness.js';
import { prepareTraffic } from './load.js';
import { machine, passed, summary, writeFigures, type SuiteRun } from './figures.js';
import { consistency, runAudit } from './scenarios/consistency.js';
import { hang } from './scenarios/hang.js';
import { killInBurst } from './scenarios/kill-in-burst.js';
import { postgresRestart } from './scenarios/postgres-restart.js';
import { queueFill } from './scenarios/queue-fill.js';
import type { Scenario, ScenarioResult } from './scenarios/scenario.js';
import { soak } from './scenarios/soak.js';

const SUBGRAPH_TIMEOUT_MS = 5_000;
const SCHEDULE_INTERVAL_MS = 500;

/** In the order they run: the soak and the audit last, over what the faults left. */
const SCENARIOS: Scenario[] = [killInBurst, hang, postgresRestart, queueFill, soak, consistency];

const log = (message: string) => console.log(message);

/**
 * Runs the suite; true when every requirement was met. Whatever happens (a scenario failing, an error, Ctrl-C),
 * every process it started is stopped, PostgreSQL last.
 */
export async function runSuite(options: { soakMinutes: number; members: number; only?: RegExp }): Promise<boolean> {
  const started = Date.now();
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping every process of the fault suite...`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const results: ScenarioResult[] = [];
  try {
    const federation = await startFaultFederation({ members: options.members, subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS, scheduleIntervalMs: SCHEDULE_INTERVAL_MS, log });
    const traffic = await prepareTraffic(federation.urls, federation.gatewayUrl);
    const chosen = SCENARIOS.filter((s) => (options.only ? options.only.test(s.name) : true)).filter((s) => s.name !== 'soak' || options.soakMinutes > 0);
    const auditBefore = chosen.includes(consistency) ? await runAudit(federation.urls) : undefined;
    if (auditBefore) log(`Consistency audit of the data as loaded: ${auditBefore.output.trim().split('\n').at(-1)} (exit ${auditBefore.code})`);
    for (const scenario of chosen) {
      log(`\n${scenario.name}: ${scenario.title}`);
      const at = Date.now();
      try {
        results.push({ name: scenario.name, title: scenario.title, ...(await scenario.run({ federation, traffic, log, soakMinutes: options.soakMinutes, ...(auditBefore ? { auditBefore } : {}) })) });
      } catch (error) {
        results.push({ name: scenario.name, title: scenario.title, figures: {}, requirements: [], error: error instanceof Error ? error.message : String(error) });
      }
      const result = results.at(-1)!;
      log(`${passed(result) ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - at) / 1000)} s: ${JSON.stringify(result.figures)}`);
    }
  } catch (error) {
    results.push({ name: 'start', title: 'start the federation', figures: {}, requirements: [], error: error instanceof Error ? error.message : String(error) });
  } finally {
    log('\nStopping every process of the fault suite...');
    await cleanUp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
  const run: SuiteRun = {
    date: new Date(started).toISOString(),
    machine: machine(),
    members: options.members,
    soakMinutes: options.soakMinutes,
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    scheduleIntervalMs: SCHEDULE_INTERVAL_MS,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    passed: results.length > 0 && results.every(passed),
    scenarios: results,
  };
  // A run of some scenarios only (--only) is printed, not written over the figures of a whole run.
  if (!options.only) writeFigures(run);
  log(`\n${summary(run)}`);
  return run.passed;
}
