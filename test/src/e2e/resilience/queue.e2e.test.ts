import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryRows } from '@twoway/persistence';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { mutate, type UserError } from '../../support/graphql.js';
import { TEST_DAY } from '../../support/test-day.js';

const RETURN = `mutation($input: ReturnIntroductionLetterInput!) { returnIntroductionLetter(input: $input) { letterReceipt { status returnReason } userErrors { code field message } } }`;
type Returned = { letterReceipt: { status: string; returnReason: string } | null; userErrors: UserError[] };

/**
 * The source checks what it sends against the owner's limits, so the owner
 * rarely has to refuse an effect: a ward's return reason is kept by the
 * workplace in at most 400 characters, and the ward says so at once.
 */
describe('effects within their owner\'s limits', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const [tooLong, justRight] = dataset.workplace.introductionLetters.filter((l) => l.status === 'ISSUED');
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('refuses a return reason over 400 characters with a coded error, Vietnamese first, and sends nothing', async () => {
    const ward = await federation.auth.headers('WARD_COMMITTEE', tooLong!.toWardId);
    const payload = await mutate<Returned>(federation, ward, RETURN, { idempotencyKey: 'too-long', introductionLetterId: tooLong!.id, reason: 'Đ'.repeat(401) });
    expect(payload).toEqual({
      letterReceipt: null,
      userErrors: [{ code: 'REASON_TOO_LONG', field: ['input', 'reason'], message: 'Lý do trả lại giấy giới thiệu dài tối đa 400 ký tự (đang có 401)' }],
    });
    const residence = federation.subgraphs.residenceCommittee.databaseUrl;
    expect(await queryRows(residence, `SELECT 1 FROM letter_receipt WHERE introduction_letter_id = $1`, [tooLong!.id])).toEqual([]);
    expect(await queryRows(residence, `SELECT 1 FROM outbox_message WHERE payload->>'introductionLetterId' = $1`, [tooLong!.id])).toEqual([]);
  });

  it('takes 400 characters, and the workplace keeps them all', async () => {
    const ward = await federation.auth.headers('WARD_COMMITTEE', justRight!.toWardId);
    const reason = 'Đ'.repeat(400);
    const payload = await mutate<Returned>(federation, ward, RETURN, { idempotencyKey: 'just-right', introductionLetterId: justRight!.id, reason });
    expect(payload).toEqual({ letterReceipt: { status: 'RETURNED', returnReason: reason }, userErrors: [] });
    await federation.settle();
    const [letter] = await queryRows(federation.subgraphs.workplaceCommittee.databaseUrl, `SELECT status, return_reason FROM introduction_letter WHERE id = $1`, [justRight!.id]);
    expect(letter).toEqual({ status: 'RETURNED', return_reason: reason });
    const [message] = await queryRows(federation.subgraphs.residenceCommittee.databaseUrl, `SELECT attempts, delivered_at IS NOT NULL AS delivered, last_error FROM outbox_message WHERE payload->>'introductionLetterId' = $1`, [justRight!.id]);
    expect(message).toEqual({ attempts: 1, delivered: true, last_error: null });
  });
});
