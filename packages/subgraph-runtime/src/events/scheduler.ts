import type { DataSource, EntityManager } from 'typeorm';
import type { Clock, Logger } from '@twoway/platform';
import type { ServiceMetrics } from '@twoway/telemetry';

/**
 * What one run of a job did, by count (`{ reminded: 3, overdue: 1 }`), and whether it stopped at its batch's
 * size with more of the same left to do.
 */
export interface JobRun {
  counts: Record<string, number>;
  more: boolean;
}

/** A time-driven step owned by one subgraph: idempotent, and run by one replica at a time. */
export interface ScheduledJob {
  name: string;
  /**
   * Does what is due now, or a batch of it; must be safe to run again (record what it did in job_run or in its
   * own rows). A run that says `more` is run again at once, in a transaction of its own: a backlog (after an
   * outage, or a data set loaded without the job's marks) goes through in batches that each stay within the
   * statement timeout and hold their rows' locks briefly, instead of one statement that never ends in time.
   */
  run(manager: EntityManager, now: Date): Promise<JobRun>;
}

/**
 * Runs the jobs (the subgraph calls runOnce on an interval). Each run takes a
 * transaction-scoped advisory lock named after the job, so with several
 * replicas exactly one runs it at a time; the others skip that tick.
 */
export function createScheduler(options: { dataSource: DataSource; jobs: ScheduledJob[]; clock: Clock; logger: Logger; metrics?: ServiceMetrics }) {
  const { dataSource, jobs, clock, logger } = options;
  let running: Promise<unknown> = Promise.resolve();

  /** One run of `job` in a transaction of its own, or undefined when another replica holds the job's lock. */
  async function runJob(job: ScheduledJob): Promise<JobRun | undefined> {
    return dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`job:${job.name}`])) as [{ locked: boolean }];
      if (!locked) return undefined;
      return job.run(manager, clock.now());
    });
  }

  /** Runs each job, again while it has more to do; its outcome is its runs' counts added up. */
  async function runAll(): Promise<Record<string, Record<string, number>>> {
    const outcomes: Record<string, Record<string, number>> = {};
    for (const job of jobs) {
      try {
        const counts: Record<string, number> = {};
        let run = await runJob(job);
        options.metrics?.recordJobRun(job.name, run ? 'ran' : 'skipped');
        if (run) outcomes[job.name] = counts;
        while (run) {
          for (const [name, count] of Object.entries(run.counts)) counts[name] = (counts[name] ?? 0) + count;
          run = run.more ? await runJob(job) : undefined;
        }
      } catch (error) {
        options.metrics?.recordJobRun(job.name, 'failed');
        logger.error({ err: error, job: job.name }, 'scheduled job failed');
      }
    }
    return outcomes;
  }

  return {
    /** Runs every job once now (tests, and each tick). */
    runOnce(): Promise<Record<string, Record<string, number>>> {
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
