import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { describeDifferences } from '@twoway/subgraph-runtime';
import { auditFederation } from '../../../../scripts/audit.js';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY } from '../../support/test-day.js';

const RETURN = `mutation($input: ReturnIntroductionLetterInput!) { returnIntroductionLetter(input: $input) { letterReceipt { status } userErrors { code field message } } }`;

/**
 * Both sides agree, and a check proves it: the audit (`npm run audit`) over the demo data once the federation
 * has settled lists nothing; an effect lost on its way, or one the receiver refused, shows as a difference
 * naming the record and each side's value; an effect still on its way does not.
 */
describe('the consistency audit', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  let federation: TestFederation;
  const auditAll = () =>
    auditFederation({
      'workplace-committee': federation.subgraphs.workplaceCommittee.databaseUrl,
      'residence-committee': federation.subgraphs.residenceCommittee.databaseUrl,
      evaluation: federation.subgraphs.evaluation.databaseUrl,
    });
  /** What the demo data itself holds apart (nothing, as the first test says), so each later test sees only what it did. */
  let baseline = new Set<string>();
  const audit = async () => {
    const report = await auditAll();
    return { ...report, differences: report.differences.filter((d) => !baseline.has(JSON.stringify(d))) };
  };

  beforeAll(async () => {
    federation = await startTestFederation();
    await federation.settle();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('finds no difference in the demo data once the federation has settled', async () => {
    const report = await auditAll();
    baseline = new Set(report.differences.map((d) => JSON.stringify(d)));
    expect(describeDifferences(report)).toBe('');
    expect(report.inFlight).toBe(0);
    // It compared something of every kind: letters, registrations, standings, the tree's copies.
    for (const [fact, count] of Object.entries(report.compared)) if (!fact.startsWith('open comment requests')) expect([fact, count > 0]).toEqual([fact, true]);
  });

  /** Letters the demo leaves open to a ward, never presented: a ward may still return them. */
  const unanswered = dataset.workplace.introductionLetters.filter((l) => l.status === 'ISSUED' && !dataset.residence.letterReceipts.some((r) => r.id === l.id));

  async function returnLetter(letter: (typeof unanswered)[number], key: string): Promise<void> {
    const ward = await federation.auth.headers('WARD_COMMITTEE', letter.toWardId);
    const payload = await mutate<{ letterReceipt: { status: string } | null; userErrors: UserError[] }>(federation, ward, RETURN, {
      idempotencyKey: key, introductionLetterId: letter.id, reason: 'Địa chỉ không thuộc địa bàn phường',
    });
    expect(payload).toEqual({ letterReceipt: { status: 'RETURNED' }, userErrors: [] });
  }

  it('leaves out a letter whose return is still on its way, and agrees once it is delivered', async () => {
    const letter = unanswered[0]!;
    await returnLetter(letter, 'audit-return-delivered');
    const inFlight = await audit();
    expect(inFlight.differences).toEqual([]);
    expect(inFlight.inFlight).toBeGreaterThanOrEqual(1);
    await federation.settle();
    const settled = await audit();
    expect(settled.differences).toEqual([]);
    expect(settled.inFlight).toBe(0);
  });

  it('lists a letter returned at the ward whose return never reached the workplace (the effect lost)', async () => {
    const letter = unanswered[1]!;
    await returnLetter(letter, 'audit-return-lost');
    const residence = federation.subgraphs.residenceCommittee.databaseUrl;
    await queryRows(residence, `DELETE FROM outbox_message WHERE topic = 'IntroductionLetterReturned' AND payload->>'introductionLetterId' = $1`, [letter.id]);
    const report = await audit();
    expect(report.differences).toEqual([
      {
        fact: 'letter answered by the ward',
        record: letter.id,
        values: { 'workplace-committee': null, 'residence-committee': `RETURNED ${TEST_DAY}: Địa chỉ không thuộc địa bàn phường` },
      },
    ]);
    expect(describeDifferences(report)).toContain(letter.id);
  });

  it('lists what a refused effect should have done: refused is not in flight', async () => {
    const letter = unanswered[2]!;
    const residence = federation.subgraphs.residenceCommittee.databaseUrl;
    await returnLetter(letter, 'audit-return-refused');
    // Before the return arrives the workplace ends the letter (by hand here): the return is refused there, for good.
    await queryRows(federation.subgraphs.workplaceCommittee.databaseUrl, `UPDATE introduction_letter SET status = 'ENDED', end_reason = 'SUPERSEDED', ended_on = $2 WHERE id = $1`, [letter.id, TEST_DAY]);
    await federation.settle();
    const [message] = await queryRows<{ refused: boolean; last_error: string }>(residence, `SELECT refused_at IS NOT NULL AS refused, last_error FROM outbox_message WHERE payload->>'introductionLetterId' = $1`, [letter.id]);
    expect(message).toMatchObject({ refused: true, last_error: expect.stringMatching(/LETTER_NOT_OPEN/) });
    const report = await audit();
    expect(report.differences.map((d) => [d.fact, d.record])).toContainEqual(['letter answered by the ward', letter.id]);
  });
});
