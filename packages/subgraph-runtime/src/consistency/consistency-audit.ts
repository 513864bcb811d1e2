import type { SqlRunner } from '@twoway/persistence';

/**
 * What one subgraph holds of a fact: a SELECT, run on its own database,
 * answering `record` (the record's id, as text) and `value` (the fact as
 * text, null for "none"), one row per record.
 */
export interface FactSide {
  subgraph: string;
  sql: string;
}

/**
 * A fact two subgraphs both hold about one record (a letter's answer, a
 * member's standing): the owner's word and the copy or consequence the other
 * side keeps, delivered through the outbox.
 */
export interface SharedFact {
  /** What the fact is, as the difference list names it ("letter answered by the ward"). */
  fact: string;
  sides: readonly [FactSide, FactSide];
  /**
   * 'both': a record one side holds and the other does not is a difference
   * (every such record must be on both sides). 'where-both-hold': only records
   * both sides hold are compared (the other side keeps no row until it has
   * reason to: a letter not yet presented has no receipt).
   */
  compare: 'both' | 'where-both-hold';
}

/** A record on which two subgraphs disagree: each side's value (null: none, or no row). */
export interface Difference {
  fact: string;
  record: string;
  values: Record<string, string | null>;
}

export interface AuditReport {
  differences: Difference[];
  /** Records left out because an outbox message naming them is still on its way. */
  inFlight: number;
  /** How many records were compared, per fact. */
  compared: Record<string, number>;
}

const PENDING = 'delivered_at IS NULL AND refused_at IS NULL';

/**
 * Every id an outbox message still on its way names (any string in its
 * payload, however deep): such a record may differ for a moment by design.
 * A refused message is not on its way: what it should have done shows as a difference.
 */
const IN_FLIGHT_SQL = `
  SELECT DISTINCT value #>> '{}' AS record
  FROM outbox_message m, jsonb_path_query(m.payload, 'lax $.**') AS value
  WHERE m.${PENDING} AND jsonb_typeof(value) = 'string'`;

async function rowsOf<T>(runner: SqlRunner, sql: string): Promise<T[]> {
  return (await runner.query(sql)) as T[];
}

/**
 * Compares every shared fact, reading each subgraph's database directly (an
 * operator's check, not a request): lists each record whose two sides
 * disagree. Records named by an outbox message still waiting to be delivered
 * (in any of the databases) are skipped and counted, not reported: in-flight
 * effects are not differences. Run it once the outboxes have drained for a
 * complete answer.
 */
export async function auditSharedFacts(databases: Record<string, SqlRunner>, facts: readonly SharedFact[]): Promise<AuditReport> {
  const runnerOf = (subgraph: string): SqlRunner => {
    const runner = databases[subgraph];
    if (!runner) throw new Error(`no database given for ${subgraph}`);
    return runner;
  };
  const inFlight = new Set<string>();
  for (const runner of Object.values(databases)) {
    for (const { record } of await rowsOf<{ record: string }>(runner, IN_FLIGHT_SQL)) inFlight.add(record.toLowerCase());
  }
  const differences: Difference[] = [];
  const compared: Record<string, number> = {};
  const skipped = new Set<string>();
  for (const { fact, sides, compare } of facts) {
    const [left, right] = await Promise.all(
      sides.map(async (side) => new Map((await rowsOf<{ record: string; value: string | null }>(runnerOf(side.subgraph), side.sql)).map((r) => [String(r.record).toLowerCase(), r.value]))),
    ) as [Map<string, string | null>, Map<string, string | null>];
    const records = compare === 'both' ? new Set([...left.keys(), ...right.keys()]) : new Set([...left.keys()].filter((record) => right.has(record)));
    let count = 0;
    for (const record of [...records].sort()) {
      if (inFlight.has(record)) {
        skipped.add(record);
        continue;
      }
      count += 1;
      const a = left.get(record) ?? null;
      const b = right.get(record) ?? null;
      if (a !== b || left.has(record) !== right.has(record)) {
        differences.push({ fact, record, values: { [sides[0].subgraph]: left.has(record) ? a : null, [sides[1].subgraph]: right.has(record) ? b : null } });
      }
    }
    compared[fact] = count;
  }
  return { differences, inFlight: skipped.size, compared };
}

/** The differences as an operator reads them: one line each, the fact, the record and both sides' values. */
export function describeDifferences(report: AuditReport): string {
  const shown = (value: string | null) => (value === null ? '(none)' : value);
  return report.differences
    .map((d) => `${d.fact}  ${d.record}  ${Object.entries(d.values).map(([subgraph, value]) => `${subgraph}: ${shown(value)}`).join('  |  ')}`)
    .join('\n');
}
