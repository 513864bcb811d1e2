import type { DataSource, EntityManager } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import type { ServiceMetrics } from '@twoway/telemetry';

/** A time-driven step owned by one subgraph: idempotent, and run by one replica at a time. */
export interface ScheduledJob {
  name: string;
  /** Does what is due now; must be safe to run again (record what it did in job_run or in its own rows). */
  run(manager: EntityManager, now: Date): Promise<unknown>;
}

/**
 * Runs the jobs (the subgraph calls runOnce on an interval). Each run takes a
 * transaction-scoped advisory lock named after the job, so with several
 * replicas exactly one runs it at a time; the others skip that tick.
 */
export function createScheduler(options: { dataSource: DataSource; jobs: ScheduledJob[]; clock: Clock; logger: Logger; metrics?: ServiceMetrics }) {
  const { dataSource, jobs, clock, logger } = options;
  let running: Promise<unknown> = Promise.resolve();

  async function runJob(job: ScheduledJob): Promise<{ ran: boolean; outcome?: unknown }> {
    return dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`job:${job.name}`])) as [{ locked: boolean }];
      if (!locked) return { ran: false };
      return { ran: true, outcome: await job.run(manager, clock.now()) };
    });
  }

  async function runAll(): Promise<Record<string, unknown>> {
    const outcomes: Record<string, unknown> = {};
    for (const job of jobs) {
      try {
        const { ran, outcome } = await runJob(job);
        options.metrics?.recordJobRun(job.name, ran ? 'ran' : 'skipped');
        if (ran) outcomes[job.name] = outcome;
      } catch (error) {
        options.metrics?.recordJobRun(job.name, 'failed');
        logger.error({ err: error, job: job.name }, 'scheduled job failed');
      }
    }
    return outcomes;
  }

  return {
    /** Runs every job once now (tests, and each tick). */
    runOnce(): Promise<Record<string, unknown>> {
      const next = running.then(runAll, runAll);
      running = next.catch(() => undefined);
      return next;
    },
    /** Resolves when no run is in progress. */
    async idle(): Promise<void> {
      await running;
    },
  };
}
