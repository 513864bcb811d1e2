import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, fixedClock } from '@twoway/platform';
import { SUCCESSIONS_PER_RUN } from '@twoway/subgraph-runtime';
import { createTestDatabases, dropTestDatabases, type SubgraphKey, type TestDatabases } from '../support/databases.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';
import { TEST_DAY, TEST_INSTANT } from '../support/test-day.js';

/**
 * A residential cell and a ward end with successors (a cell merged into one of another ward; a ward into
 * another): each subgraph's scheduled job moves the records still open there (registrations, letters, comment
 * requests) to the successor from the day after the node's last day, and leaves the closed ones where they were.
 */
describe('open records follow an ended node to its successor', () => {
  let databases: TestDatabases;
  const subgraphs: Partial<Record<SubgraphKey, TestSubgraph>> = {};
  const KEYS: SubgraphKey[] = ['workplaceCommittee', 'residenceCommittee', 'evaluation'];
  /** What each subgraph's records name, and which of them are open. */
  const RECORDS: Record<SubgraphKey, { table: string; ward: string; cell: string; open: string }> = {
    workplaceCommittee: { table: 'introduction_letter', ward: 'to_ward_id', cell: 'to_cell_id', open: `status IN ('ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED')` },
    residenceCommittee: { table: 'residence_registration', ward: 'ward_id', cell: 'cell_id', open: `status IN ('RECEIVED', 'ACTIVE')` },
    evaluation: { table: 'comment_request', ward: 'ward_id', cell: 'cell_id', open: `status IN ('SENT', 'RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED')` },
  };
  type Row = { id: string; ward: string | null; cell: string | null; open: boolean; version: number };
  const rows = (key: SubgraphKey) => {
    const r = RECORDS[key];
    return subgraphs[key]!.sql<Row>(`SELECT id, ${r.ward}::text AS ward, ${r.cell}::text AS cell, (${r.open}) AS open, version FROM ${r.table} ORDER BY id`);
  };
  const jobAt = async (key: SubgraphKey, day: string) => {
    const subgraph = await startTestSubgraph(key, { databaseUrl: databases[key], clock: fixedClock(`${day}T05:00:00.000Z`) });
    try {
      return ((await subgraph.subgraph.runScheduledJobs()).successions as Record<string, number>)[RECORDS[key].table];
    } finally {
      await subgraph.close();
    }
  };
  let cell: { id: string; ward: string }, successorCell: { id: string; ward: string }, ward: string, successorWard: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    for (const key of KEYS) subgraphs[key] = await startTestSubgraph(key, { databaseUrl: databases[key], clock: fixedClock(TEST_INSTANT) });
    const residence = subgraphs.residenceCommittee!;
    // The cell with the most open registrations, and closed ones too, ends, merged into a cell of another ward; the ward with the most
    // registrations received and not yet assigned to a cell ends, merged into another ward.
    [cell] = await residence.sql<{ id: string; ward: string }>(
      `SELECT cell_id AS id, ward_id AS ward FROM residence_registration WHERE cell_id IS NOT NULL GROUP BY 1, 2
       ORDER BY bool_or(status = 'ENDED') DESC, count(*) FILTER (WHERE status = 'ACTIVE') DESC, 1 LIMIT 1`) as [{ id: string; ward: string }];
    [successorCell] = await residence.sql<{ id: string; ward: string }>(
      `SELECT id, parent_id AS ward FROM organization_unit WHERE kind = 'RESIDENTIAL_CELL' AND valid_to IS NULL AND parent_id <> $1 ORDER BY id LIMIT 1`, [cell.ward]) as [{ id: string; ward: string }];
    [{ ward }] = await residence.sql<{ ward: string }>(
      `SELECT ward_id AS ward FROM residence_registration WHERE status = 'RECEIVED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`) as [{ ward: string }];
    [{ id: successorWard }] = await residence.sql<{ id: string }>(
      `SELECT id FROM organization_unit WHERE kind = 'WARD' AND valid_to IS NULL AND id <> $1 ORDER BY id LIMIT 1`, [ward]) as [{ id: string }];
  }, 120_000);

  afterAll(async () => {
    for (const subgraph of Object.values(subgraphs)) await subgraph?.close();
    if (databases) await dropTestDatabases(databases);
  });

  it('moves each subgraph\'s open records from the day after the node\'s last day, once, and no closed one', async () => {
    // In every copy of the tree, as the keeper's end reaches them: the two nodes' last day is the test day.
    for (const key of KEYS) {
      await subgraphs[key]!.sql(`UPDATE organization_unit SET valid_to = $1, successor_id = $2 WHERE id = $3`, [TEST_DAY, successorCell.id, cell.id]);
      await subgraphs[key]!.sql(`UPDATE organization_unit SET valid_to = $1, successor_id = $2 WHERE id = $3`, [TEST_DAY, successorWard, ward]);
    }
    const before = Object.fromEntries(await Promise.all(KEYS.map(async (key) => [key, await rows(key)] as const))) as Record<SubgraphKey, Row[]>;
    const atCell = (row: Row) => row.cell === cell.id;
    const atWard = (row: Row) => row.cell === null && row.ward === ward;
    expect(before.residenceCommittee.filter((row) => row.open && atCell(row)).length).toBeGreaterThan(0);
    expect(before.residenceCommittee.filter((row) => row.open && atWard(row)).length).toBeGreaterThan(0);
    expect(before.residenceCommittee.filter((row) => !row.open && atCell(row)).length).toBeGreaterThan(0);
    expect(before.workplaceCommittee.filter((row) => row.open && (atCell(row) || atWard(row))).length).toBeGreaterThan(0);

    // On the nodes' last day they still answer for their records.
    for (const key of KEYS) expect({ key, moved: await jobAt(key, TEST_DAY) }).toEqual({ key, moved: 0 });
    for (const key of KEYS) expect({ key, rows: await rows(key) }).toEqual({ key, rows: before[key] });

    // The day after, the open ones follow: a cell's to the successor cell and its ward, a ward's to the successor ward.
    const dayAfter = addDays(TEST_DAY, 1);
    for (const key of KEYS) {
      const expected = before[key].map((row) => {
        if (!row.open || !(atCell(row) || atWard(row))) return row;
        return atCell(row) ? { ...row, cell: successorCell.id, ward: successorCell.ward, version: row.version + 1 } : { ...row, ward: successorWard, version: row.version + 1 };
      });
      const moved = expected.filter((row, i) => row !== before[key][i]).length;
      expect(moved).toBeLessThan(SUCCESSIONS_PER_RUN);
      expect({ key, moved: await jobAt(key, dayAfter) }).toEqual({ key, moved });
      expect({ key, rows: await rows(key) }).toEqual({ key, rows: expected });
      // Nothing is left to move: a second run changes nothing.
      expect({ key, moved: await jobAt(key, dayAfter) }).toEqual({ key, moved: 0 });
    }
  });
});
