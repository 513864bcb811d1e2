/**
 * `npm run -s partition-trial`: what partitioning by province would change,
 * measured on the data the residence database holds (a generated data set:
 * `npm run generate`). docs/scaling.md quotes its output.
 *
 * It copies `registration_attendance` (the projection the absentees list
 * reads) into a table partitioned by the province of each row's node
 * (`PARTITION BY LIST`), in a schema of its own, with the index the counted
 * list reads its page from; then it times the first page of 50 absentees of
 * each of a few provinces (the largest, a middle one, the smallest), as the
 * service reads it (absentFromLastTwoMeetingsCounted: the index in the order of
 * the day received, each entry tested for the subtree) on the table as it is
 * and on the partition of the province. The schema is dropped at the end. It
 * reads the live tables and writes only its own schema.
 */
import { inSubtreeSql } from '@twoway/org-tree';
import { withClient } from '@twoway/persistence';
import { readCommandLine, systemClock, today } from '@twoway/platform';
import { absentFromLastTwoMeetingsCounted } from '../subgraphs/residence-committee/src/repositories/oversight.repository.js';
import { ABSENT_AT_LAST_TWO } from '../subgraphs/residence-committee/src/migrations/1764400000297-AbsenteesCounted.js';

readCommandLine(`
Usage: npm run -s partition-trial

Copies the residence database's registration_attendance (RESIDENCE_DATABASE_URL) into a table
partitioned by province in the schema partition_trial, times a province's first page of absentees
on both, prints the figures, and drops the schema.

  -h, --help   this text
`, {});

const url = process.env.RESIDENCE_DATABASE_URL ?? '';
if (!url) {
  console.error('Set RESIDENCE_DATABASE_URL to the residence database of a generated data set (npm run generate).');
  process.exit(2);
}
const RUNS = 9;
const day = today(systemClock);

/** `text` with `from` replaced by `to`; a statement that no longer holds `from` stops the trial rather than time the wrong thing. */
function rewritten(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The absentees' statement no longer holds "${from}": update the trial.`);
  return text.replace(from, to);
}

await withClient(url, async (client) => {
  const sql = async <T extends Record<string, unknown>>(text: string, values?: unknown[]) => (await client.query<T>(text, values)).rows;
  await sql('DROP SCHEMA IF EXISTS partition_trial CASCADE');
  await sql('CREATE SCHEMA partition_trial');
  const provinces = await sql<{ id: string; name: string; path: string; absentees: number }>(
    `SELECT p.id, p.name, p.path, count(r.registration_id)::int AS absentees
     FROM organization_unit p
     LEFT JOIN organization_unit o ON ${inSubtreeSql('o.path', 'p.path')}
     LEFT JOIN registration_attendance r ON r.organization_id = o.id AND ${ABSENT_AT_LAST_TWO('r.')}
     WHERE p.kind = 'PROVINCE' GROUP BY p.id, p.name, p.path ORDER BY absentees DESC`);
  let started = Date.now();
  await sql(`CREATE TABLE partition_trial.registration_attendance (LIKE public.registration_attendance, province_id uuid NOT NULL) PARTITION BY LIST (province_id)`);
  for (const [i, province] of provinces.entries()) {
    await sql(`CREATE TABLE partition_trial.registration_attendance_${i} PARTITION OF partition_trial.registration_attendance FOR VALUES IN ('${province.id}')`);
  }
  await sql(`INSERT INTO partition_trial.registration_attendance
             SELECT r.*, split_part(o.path, '/', 2)::uuid FROM public.registration_attendance r JOIN organization_unit o ON o.id = r.organization_id`);
  const copied = Date.now() - started;
  started = Date.now();
  await sql(`CREATE INDEX ON partition_trial.registration_attendance (received_on, registration_id)
             INCLUDE (organization_id, member_id, assigned_on, ended_on, last_held_on) WHERE ${ABSENT_AT_LAST_TWO('')}`);
  await sql(`CREATE INDEX ON partition_trial.registration_attendance (last_held_on)`);
  const indexed = Date.now() - started;
  await sql('VACUUM ANALYZE partition_trial.registration_attendance');

  // The first page of the counted list, as the service reads it: its first part (the registrations judged from the projection).
  const pageOf = (path: string, partitioned: boolean, provinceId: string) => {
    const part = absentFromLastTwoMeetingsCounted({ id: provinceId, path }, day).parts[0]!;
    // On the partitions, the same statement naming the province, so that the planner prunes to its partition.
    const text = partitioned ? rewritten(rewritten(part, 'registration_attendance r', 'partition_trial.registration_attendance r'), 'WHERE r.last_held_on', 'WHERE r.province_id = $3 AND r.last_held_on') : part;
    return { text: `SELECT p.* FROM (${text}) p ORDER BY p.sort_value, p.id LIMIT 51`, values: partitioned ? [day, path, provinceId] : [day, path] };
  };
  const measure = async (path: string, partitioned: boolean, provinceId: string) => {
    const { text, values } = pageOf(path, partitioned, provinceId);
    const times: number[] = [];
    let buffers = 0;
    let rows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const [plan] = await sql<{ 'QUERY PLAN': [{ 'Execution Time': number; Plan: { 'Actual Rows': number; 'Shared Hit Blocks': number; 'Shared Read Blocks': number } }] }>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
      const [{ 'Execution Time': ms, Plan: root }] = plan!['QUERY PLAN'];
      times.push(ms);
      buffers = root['Shared Hit Blocks'] + root['Shared Read Blocks'];
      rows = root['Actual Rows'];
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(RUNS / 2)]!, buffers, rows };
  };

  console.log(`Data: ${provinces.length} provinces; absentees (registration_attendance) on ${day}, the first page as the service reads it, median of ${RUNS} runs. Copied into partitions in ${(copied / 1000).toFixed(1)} s, indexed in ${(indexed / 1000).toFixed(1)} s.`);
  console.log('\n| province | absentees | page of 50, one table | buffers | page of 50, its partition | buffers |\n|---|---|---|---|---|---|');
  const picked = [provinces[0]!, provinces[Math.floor(provinces.length / 2)]!, provinces.at(-1)!];
  for (const province of picked) {
    const whole = await measure(province.path, false, province.id);
    const partition = await measure(province.path, true, province.id);
    if (whole.rows !== partition.rows) throw new Error(`${province.name}: ${whole.rows} rows from the table, ${partition.rows} from its partition`);
    console.log(`| ${province.name} | ${province.absentees} | ${whole.ms.toFixed(2)} ms | ${whole.buffers} | ${partition.ms.toFixed(2)} ms | ${partition.buffers} |`);
  }
  await sql('DROP SCHEMA partition_trial CASCADE');
});
