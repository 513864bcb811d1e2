import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildDemoDataset } from '../../support/demo-dataset.js';
import { startTestFederation, type TestFederation } from '../../support/federation.js';
import { TEST_DAY } from '../../support/test-day.js';

/**
 * Every read of personal data is audited, or not answered: when the audit log
 * refuses the subgraph's insert, the response that carried the values is
 * withheld (SERVICE_UNAVAILABLE), never sent unaudited.
 */
describe('a read of personal data that cannot be audited is not answered', () => {
  const dataset = buildDemoDataset(TEST_DAY);
  const member = dataset.workplace.members.find((m) => m.status === 'ACTIVE' && m.citizenId)!;
  const query = 'query($id: ID!) { member(id: $id) { id citizenId } }';
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('answers while the audit log takes the read, and withholds the answer while it refuses it', async () => {
    const headers = await federation.auth.adminHeaders();
    const audited = await federation.query<{ member: { citizenId: string } }>(query, { id: member.id }, headers);
    expect(audited.errors).toBeUndefined();
    expect(audited.data!.member.citizenId).toBe(member.citizenId);

    const workplace = federation.subgraphs.workplaceCommittee.dataSource;
    await workplace.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await workplace.query(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'READ_PERSONAL_DATA') EXECUTE FUNCTION refuse_audit()`);
    try {
      const withheld = await federation.query<{ member: { citizenId: string } | null }>(query, { id: member.id }, headers);
      expect(JSON.stringify(withheld)).not.toContain(member.citizenId!);
      expect(withheld.errors?.map((e) => [e.extensions?.code, e.message])).toContainEqual(['SERVICE_UNAVAILABLE',
        'Không ghi được nhật ký truy cập dữ liệu cá nhân nên câu trả lời không được gửi; hãy thử lại sau 5 giây.']);
    } finally {
      await workplace.query('DROP TRIGGER refuse_audit ON audit_log');
      await workplace.query('DROP FUNCTION refuse_audit()');
    }
  });
});
