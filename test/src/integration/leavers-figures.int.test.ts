import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parsePeriod } from '@twoway/platform';
import { STATISTICS_FIGURES_SQL, statisticsFiguresParameters } from '@twoway/subgraph-runtime';
import { buildDemoDataset } from '../support/demo-dataset.js';
import { testAuth } from '../support/auth.js';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.js';
import { TEST_DAY } from '../support/test-day.js';

const CHANGE = `mutation($input: ReportMemberChangeInput!) { reportMemberChange(input: $input) { member { id status } userErrors { code field message } } }`;
const TRANSFER_OUT = `mutation($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { __typename userErrors { code field message } } }`;

/**
 * A member who leaves (dies, is transferred out of the federation) keeps the workplace's figures of the years
 * they were there, at their workplace cell and at their home, and counts no more from the day they left. Before
 * December 2026 the workplace's facts kept only members active now: a leaver vanished from every earlier year.
 */
describe('the workplace figures of members who left', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const LEFT_ON = '2026-11-10';
  // Active members with a letter assigned to a cell since before the periods compared, each a node of their own.
  const settled = dataset.workplace.members.filter((m) => m.status === 'ACTIVE' && m.admissionDate < '2025-01-01')
    .map((m) => ({ member: m, letter: dataset.workplace.introductionLetters.find((l) => l.memberId === m.id && l.status === 'ASSIGNED' && l.assignedOn! < '2025-01-01') }))
    .filter((x): x is { member: (typeof x)['member']; letter: NonNullable<(typeof x)['letter']> } => x.letter !== undefined);
  const [deceased, transferred] = [settled[0]!, settled.find((x) => x.letter.toCellId !== settled[0]!.letter.toCellId && x.member.workplaceCellId !== settled[0]!.member.workplaceCellId)!];
  const PERIODS = ['2025', '2026-10', '2026-11'];
  let workplace: TestSubgraph;

  beforeAll(async () => {
    workplace = await startTestSubgraph('workplaceCommittee');
  });
  afterAll(async () => {
    await workplace?.close();
  });

  /** The members counted at each leaver's workplace cell and home cell, per period: `${node} ${period}` → n. */
  const figures = async () => {
    const nodes = [deceased, transferred].flatMap((x) => [x.member.workplaceCellId, x.letter.toCellId!]);
    const keys = PERIODS.flatMap((period) => nodes.map((node) => ({ period, node })));
    const rows = await workplace.sql<{ idx: number; measure: string; n: number }>(STATISTICS_FIGURES_SQL,
      statisticsFiguresParameters(keys.map((key) => parsePeriod(key.period)), keys.map((key) => key.node)));
    return Object.fromEntries(keys.map((key, i) => [`${key.node} ${key.period}`, rows.find((row) => row.idx === i + 1 && row.measure === 'members')?.n ?? 0]));
  };

  it('counts them until the day they left, and not after', async () => {
    expect(transferred).toBeDefined();
    const before = await figures();
    const leave = async (who: typeof deceased, document: string, input: Record<string, unknown>) => {
      const [{ version }] = await workplace.sql<{ version: number }>('SELECT version FROM member WHERE id = $1', [who.member.id]) as [{ version: number }];
      const headers = await (await testAuth()).headers('WORKPLACE_COMMITTEE', who.member.workplaceOrganizationId);
      const { data, errors } = await workplace.query<Record<string, { userErrors: unknown[] }>>(document,
        { input: { idempotencyKey: `leave-${who.member.id}`, memberId: who.member.id, version, effectiveOn: LEFT_ON, ...input } }, headers);
      expect(errors).toBeUndefined();
      expect(Object.values(data!)[0]!.userErrors).toEqual([]);
    };
    await leave(deceased, CHANGE, { changeType: 'DECEASED' });
    await leave(transferred, TRANSFER_OUT, { kind: 'OFFICIAL' });
    expect(await workplace.sql('SELECT status FROM member WHERE id = ANY($1) ORDER BY status', [[deceased.member.id, transferred.member.id]]))
      .toEqual([{ status: 'DECEASED' }, { status: 'TRANSFERRED' }]);

    const after = await figures();
    const expected = Object.fromEntries(Object.entries(before).map(([key, n]) => {
      // Each node holds one leaver (the two were chosen so): one fewer in the month they left, as many before.
      const leftThen = key.endsWith(' 2026-11');
      return [key, leftThen ? n - 1 : n];
    }));
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    expect(after).toEqual(expected);
  });
});
