/**
 * `npm run audit`: do the subgraphs agree? Compares every fact two subgraphs hold about one record (see
 * SHARED_FACTS), reading each subgraph's database directly, and lists the differences. Exit 0 when they agree,
 * 1 with the list when they do not, 2 on bad arguments or unreachable databases.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readCommandLine } from '@twoway/platform';
import { auditSharedFacts, describeDifferences, type AuditReport, type SharedFact } from '@twoway/subgraph-runtime';
import { OPEN_LETTER_STATUSES_SQL } from '@twoway/workplace-committee';
import { SUBGRAPHS, TREE_KEEPERS, type SubgraphName } from '../topology.js';

const USAGE = `
Usage: npm run audit [-- --json]

Compares every fact two subgraphs hold about one record and lists where they differ:
  - an introduction letter's answer (received or returned, the day, the reason): the workplace's letter and the
    ward's return stub (letter_receipt);
  - the ward a letter is addressed to: the letter, the ward's receipt and the ward's registration;
  - a letter's assignment to a residential cell: the letter and the open registration it opened;
  - a member's standing (status, organisation, cell, duty at residence): the workplace's member and the
    residence's copy (member_standing);
  - comment requests still open for a member who left the workplace's care (evaluation);
  - every node of the organisation tree: its keeper's row and each copy.
Reads the databases named by ${SUBGRAPHS.map((s) => s.databaseVariable).join(', ')}.

Records named by an outbox message still on its way are left out (counted, not listed): an effect in flight is
not a difference. For a complete answer run it when the outboxes have drained (no "pending" in the
<subgraph>UndeliveredEffects lists). A refused effect is not in flight: what it should have done is listed.

  --json       print the report as JSON
  -h, --help   this text

Exit status: 0 the subgraphs agree, 1 differences listed, 2 the audit could not run.
`;

const WORKPLACE: SubgraphName = 'workplace-committee';
const RESIDENCE: SubgraphName = 'residence-committee';
const EVALUATION: SubgraphName = 'evaluation';

/** A letter's answer by the ward, as each side writes it. */
const ANSWER = (status: string, receivedOn: string, returnedOn: string, reason: string) =>
  `CASE WHEN ${status} = 'RETURNED' THEN 'RETURNED ' || ${returnedOn}::text || ': ' || coalesce(${reason}, '') ELSE 'RECEIVED ' || coalesce(${receivedOn}::text, '?') END`;

/**
 * A member's duty at residence as the workplace states it (residenceDutyOf in the workplace's
 * member.entity.ts, the value it sends in MemberStandingChanged); the audit reads rows, so it says it in SQL.
 */
const WORKPLACE_DUTY = `CASE WHEN status = 'RETIRED' THEN 'OFFICIAL_AT_RESIDENCE' WHEN status <> 'ACTIVE' THEN 'NONE'
  WHEN exemption_category = 'SPECIAL_DUTY' THEN 'NOT_INTRODUCED' WHEN exemption_category IS NOT NULL THEN 'EXEMPT' ELSE 'TWO_WAY' END`;

const STANDING = (duty: string) =>
  `status || ' at ' || workplace_organization_id::text || ' / ' || coalesce(workplace_cell_id::text, '-') || ', duty ' || coalesce(${duty}, '?')`;

/** A node of the organisation tree, every field its keeper's event carries. */
const NODE = `SELECT id::text AS record, concat_ws(' | ', name, kind, coalesce(parent_id::text, '-'), path, depth::text, valid_from::text,
  coalesce(valid_to::text, '-'), coalesce(successor_id::text, '-'), 'v' || version::text) AS value FROM organization_unit WHERE owner = `;

const keepers = [...new Set(Object.values(TREE_KEEPERS))];

/** What two subgraphs both hold, and how each says it (docs/workflows.md, "Effects on the other side"). */
export const SHARED_FACTS: readonly SharedFact[] = [
  {
    fact: 'letter answered by the ward',
    compare: 'both',
    sides: [
      {
        subgraph: WORKPLACE,
        sql: `SELECT id::text AS record, ${ANSWER('status', 'received_on', 'returned_on', 'return_reason')} AS value FROM introduction_letter
              WHERE status IN ('RECEIVED', 'ASSIGNED', 'RETURNED') OR (status = 'ENDED' AND received_on IS NOT NULL)`,
      },
      { subgraph: RESIDENCE, sql: `SELECT introduction_letter_id::text AS record, ${ANSWER('status', 'received_on', 'returned_on', 'return_reason')} AS value FROM letter_receipt` },
    ],
  },
  {
    fact: 'ward of the letter and of its receipt',
    compare: 'where-both-hold',
    sides: [
      { subgraph: WORKPLACE, sql: `SELECT id::text AS record, to_ward_id::text AS value FROM introduction_letter` },
      { subgraph: RESIDENCE, sql: `SELECT introduction_letter_id::text AS record, ward_id::text AS value FROM letter_receipt` },
    ],
  },
  {
    fact: 'ward of the letter and of its registration',
    compare: 'where-both-hold',
    sides: [
      { subgraph: WORKPLACE, sql: `SELECT id::text AS record, to_ward_id::text AS value FROM introduction_letter` },
      {
        subgraph: RESIDENCE,
        sql: `SELECT DISTINCT ON (introduction_letter_id) introduction_letter_id::text AS record, ward_id::text AS value FROM residence_registration
              WHERE introduction_letter_id IS NOT NULL ORDER BY introduction_letter_id, received_on DESC`,
      },
    ],
  },
  {
    fact: 'assignment of an open letter',
    compare: 'where-both-hold',
    sides: [
      {
        subgraph: WORKPLACE,
        sql: `SELECT id::text AS record, CASE WHEN status = 'ASSIGNED' THEN 'assigned to ' || coalesce(to_cell_id::text, '?') ELSE 'not assigned' END AS value
              FROM introduction_letter WHERE status IN ${OPEN_LETTER_STATUSES_SQL}`,
      },
      {
        subgraph: RESIDENCE,
        sql: `SELECT introduction_letter_id::text AS record, CASE WHEN status = 'ACTIVE' THEN 'assigned to ' || coalesce(cell_id::text, '?') ELSE 'not assigned' END AS value
              FROM residence_registration WHERE introduction_letter_id IS NOT NULL AND status IN ('RECEIVED', 'ACTIVE')`,
      },
    ],
  },
  {
    fact: 'member standing',
    compare: 'where-both-hold',
    sides: [
      { subgraph: WORKPLACE, sql: `SELECT id::text AS record, ${STANDING(WORKPLACE_DUTY)} AS value FROM member` },
      { subgraph: RESIDENCE, sql: `SELECT member_id::text AS record, ${STANDING('residence_duty')} AS value FROM member_standing` },
    ],
  },
  {
    fact: 'open comment requests of a member who left',
    compare: 'where-both-hold',
    sides: [
      { subgraph: WORKPLACE, sql: `SELECT id::text AS record, 'left: ' || status AS value FROM member WHERE status IN ('TRANSFERRED', 'RETIRED', 'EXPELLED', 'REMOVED', 'DECEASED')` },
      {
        subgraph: EVALUATION,
        sql: `SELECT member_id::text AS record, count(*)::text || ' open comment request(s)' AS value FROM comment_request
              WHERE status IN ('SENT', 'RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED') GROUP BY member_id`,
      },
    ],
  },
  ...keepers.flatMap((keeper) =>
    SUBGRAPHS.filter((copy) => copy.name !== keeper).map(
      (copy): SharedFact => ({
        fact: `organisation node kept by ${keeper}, copy in ${copy.name}`,
        compare: 'both',
        sides: [
          { subgraph: keeper, sql: `${NODE}'${keeper}'` },
          { subgraph: copy.name, sql: `${NODE}'${keeper}'` },
        ],
      }),
    ),
  ),
];

/** Runs the audit over the databases at these URLs, by subgraph name. */
export async function auditFederation(databaseUrls: Record<SubgraphName, string>): Promise<AuditReport> {
  const clients = Object.fromEntries(Object.entries(databaseUrls).map(([name, url]) => [name, new pg.Client({ connectionString: url, application_name: 'twoway-audit' })]));
  try {
    await Promise.all(Object.values(clients).map((client) => client.connect()));
    const databases = Object.fromEntries(Object.entries(clients).map(([name, client]) => [name, { query: async (sql: string, values?: unknown[]) => (await client.query(sql, values)).rows }]));
    // One snapshot per database would still leave the databases apart from each other; the in-flight rule covers that.
    return await auditSharedFacts(databases, SHARED_FACTS);
  } finally {
    await Promise.all(Object.values(clients).map((client) => client.end().catch(() => undefined)));
  }
}

async function main(): Promise<void> {
  const { values, fail } = readCommandLine(USAGE, { options: { json: { type: 'boolean', default: false } } });
  const missing = SUBGRAPHS.filter((s) => !process.env[s.databaseVariable]).map((s) => s.databaseVariable);
  if (missing.length > 0) fail(`Set ${missing.join(', ')}: the audit reads each subgraph's database.`);
  let report: AuditReport;
  try {
    report = await auditFederation(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, process.env[s.databaseVariable]!])) as Record<SubgraphName, string>);
  } catch (error) {
    console.error(`The audit could not read the databases: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    const compared = Object.values(report.compared).reduce((sum, n) => sum + n, 0);
    if (report.differences.length > 0) console.log(describeDifferences(report));
    console.log(
      `${report.differences.length} difference(s) in ${compared} comparison(s)` +
        (report.inFlight > 0 ? `; ${report.inFlight} record(s) left out while an effect on them is still on its way` : ''),
    );
  }
  process.exit(report.differences.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
