import { randomUUID } from 'node:crypto';
import { policyValue, successionsJob, type ScheduledJob } from '@twoway/subgraph-runtime';
import { OPEN_LETTER_STATUSES_SQL } from './repositories/introduction-letter.repository.js';
import { vietnamDate } from '@twoway/platform';

/** The period a day falls in: 2027-Q1 for QUARTER, 2027-03 for MONTH. */
export function periodOf(day: string, length: string): string {
  const [year, month] = [day.slice(0, 4), Number(day.slice(5, 7))];
  return length === 'MONTH' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/**
 * At the end of each period (quarterly by default, policy CHANGE_NOTICE_PERIOD
 * in force on the day; monthly for newly admitted members), compiles the
 * reported changes into one notice per workplace organisation, ward and kind. Idempotent: only changes not yet in a
 * notice are compiled, and a notice is unique per organisation, ward and period.
 */
export const compileChangeNotices: ScheduledJob = {
  name: 'compile-change-notices',
  async run(manager, now) {
    const today = vietnamDate(now);
    // Changes go out per CHANGE_NOTICE_PERIOD (quarterly); newly admitted members per NEW_MEMBER_NOTICE_PERIOD (monthly).
    const lengths = {
      PERIODIC: await policyValue<string>(manager, 'CHANGE_NOTICE_PERIOD', today),
      NEW_MEMBERS: await policyValue<string>(manager, 'NEW_MEMBER_NOTICE_PERIOD', today),
    };
    const pending = (await manager.query(
      `SELECT id, workplace_organization_id, ward_id, change_type, reported_on::text AS reported_on FROM member_change
       WHERE change_notice_id IS NULL AND ward_id IS NOT NULL FOR UPDATE`,
    )) as { id: string; workplace_organization_id: string; ward_id: string; change_type: string; reported_on: string }[];
    let compiled = 0;
    for (const change of pending) {
      const kind = change.change_type === 'NEWLY_ADMITTED' ? 'NEW_MEMBERS' : 'PERIODIC';
      const period = periodOf(change.reported_on, lengths[kind]);
      if (period >= periodOf(today, lengths[kind])) continue;
      const [notice] = (await manager.query(
        `INSERT INTO change_notice (id, workplace_organization_id, ward_id, kind, period, status, sent_on)
         VALUES ($1, $2, $3, $6, $4, 'SENT', $5)
         ON CONFLICT (workplace_organization_id, ward_id, kind, period) DO UPDATE SET period = EXCLUDED.period
         RETURNING id`,
        [randomUUID(), change.workplace_organization_id, change.ward_id, period, today, kind],
      )) as { id: string }[];
      await manager.query('UPDATE member_change SET change_notice_id = $2 WHERE id = $1', [change.id, notice!.id]);
      compiled += 1;
    }
    return { counts: { compiled }, more: false };
  },
};

/** Letters still open (on their way, received, or assigned to a cell) follow the ward and cell they name when it ends with a successor. */
export const letterSuccessions = successionsJob([
  { table: 'introduction_letter', open: `r.status IN ${OPEN_LETTER_STATUSES_SQL}`, ward: 'to_ward_id', cell: 'to_cell_id' },
]);
