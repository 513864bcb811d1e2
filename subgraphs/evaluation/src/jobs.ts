import { policyValue, type ScheduledJob } from '@twoway/subgraph-runtime';
import { addDays, vietnamDate } from '@twoway/platform';
import { OPEN_REQUEST_STATUSES } from './events.js';

/**
 * Reminders and overdue marks by due date, reckoned in Vietnam: a request is
 * reminded once, COMMENT_REMINDER_DAYS_BEFORE_DUE days before it is due, and
 * marked overdue once, the day after its due date. Safe to run any number of times.
 */
export const commentDeadlines: ScheduledJob = {
  name: 'comment-deadlines',
  async run(manager, now) {
    const today = vietnamDate(now);
    const days = await policyValue<number>(manager, 'COMMENT_REMINDER_DAYS_BEFORE_DUE', today);
    const reminded = (await manager.query(
      `UPDATE comment_request SET reminded_on = $1 WHERE reminded_on IS NULL AND status = ANY($2) AND due_on <= $3 AND due_on >= $1 RETURNING id`,
      [today, OPEN_REQUEST_STATUSES, addDays(today, days)],
    )) as [unknown[], number];
    const overdue = (await manager.query(
      `UPDATE comment_request SET overdue_since = $1 WHERE overdue_since IS NULL AND status = ANY($2) AND due_on < $1 RETURNING id`,
      [today, OPEN_REQUEST_STATUSES],
    )) as [unknown[], number];
    return { reminded: reminded[1], overdue: overdue[1] };
  },
};
