import { policyValue, successionsJob, type ScheduledJob } from '@twoway/subgraph-runtime';
import { addDays, vietnamDate } from '@twoway/platform';
import { OPEN_REQUEST_STATUSES } from './events.js';

/**
 * Requests a run of the job marks at most, per kind of mark: about a second of work each at a million members
 * (every marked request refreshes its figures), well inside the statement timeout. A backlog larger than that (a
 * data set loaded without marks, days of outage) goes through in runs one after another (scheduler.ts).
 */
export const DEADLINE_MARKS_PER_RUN = 1000;

/**
 * Reminders and overdue marks by due date, reckoned in Vietnam: a request is
 * reminded once, COMMENT_REMINDER_DAYS_BEFORE_DUE days before it is due, and
 * marked overdue once, the day after its due date, earliest due first,
 * DEADLINE_MARKS_PER_RUN at a time. Safe to run any number of times.
 */
export const commentDeadlines: ScheduledJob = {
  name: 'comment-deadlines',
  async run(manager, now) {
    const today = vietnamDate(now);
    const days = await policyValue<number>(manager, 'COMMENT_REMINDER_DAYS_BEFORE_DUE', today);
    const reminded = (await manager.query(
      `UPDATE comment_request SET reminded_on = $1 WHERE id IN (
         SELECT id FROM comment_request WHERE reminded_on IS NULL AND status = ANY($2) AND due_on <= $3 AND due_on >= $1
         ORDER BY due_on, id LIMIT $4 FOR UPDATE)
       RETURNING id`,
      [today, OPEN_REQUEST_STATUSES, addDays(today, days), DEADLINE_MARKS_PER_RUN],
    )) as [unknown[], number];
    const overdue = (await manager.query(
      `UPDATE comment_request SET overdue_since = $1 WHERE id IN (
         SELECT id FROM comment_request WHERE overdue_since IS NULL AND status = ANY($2) AND due_on < $1
         ORDER BY due_on, id LIMIT $3 FOR UPDATE)
       RETURNING id`,
      [today, OPEN_REQUEST_STATUSES, DEADLINE_MARKS_PER_RUN],
    )) as [unknown[], number];
    return {
      counts: { reminded: reminded[1], overdue: overdue[1] },
      more: reminded[1] === DEADLINE_MARKS_PER_RUN || overdue[1] === DEADLINE_MARKS_PER_RUN,
    };
  },
};

/** Comment requests still open follow the residential cell and ward they are addressed to when it ends with a successor. */
export const requestSuccessions = successionsJob([
  { table: 'comment_request', open: `r.status IN (${OPEN_REQUEST_STATUSES.map((status) => `'${status}'`).join(', ')})`, ward: 'ward_id', cell: 'cell_id' },
]);
