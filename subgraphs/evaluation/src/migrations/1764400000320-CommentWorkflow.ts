import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertPolicyValue } from '@twoway/subgraph-runtime';

/** Drafts of comment forms, the exempt flag on requests, and the deadlines as versioned policy. */
export class CommentWorkflow1764400000320 implements MigrationInterface {
  name = 'CommentWorkflow1764400000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE comment_draft (
        request_id      uuid PRIMARY KEY REFERENCES comment_request (id),
        criteria_set_id uuid NOT NULL REFERENCES criteria_set (id),
        levels          jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array'),
        remarks         text,
        drafted_on      date NOT NULL
      )`);
    await queryRunner.query(`ALTER TABLE comment_request ADD COLUMN exempt boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE comment_request SET exempt = true WHERE status = 'WAIVED'`);
    const source = 'Quy định 213-QĐ/TW; deadlines are configurable defaults';
    await insertPolicyValue(queryRunner, { code: 'ANNUAL_COMMENT_DUE_DAYS', effectiveFrom: '2020-01-02', value: 30, source });
    await insertPolicyValue(queryRunner, { code: 'AD_HOC_COMMENT_DUE_DAYS', effectiveFrom: '2020-01-02', value: 7, source });
    await insertPolicyValue(queryRunner, { code: 'COMMENT_REMINDER_DAYS_BEFORE_DUE', effectiveFrom: '2020-01-02', value: 5, source });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM policy_value WHERE code IN ('ANNUAL_COMMENT_DUE_DAYS', 'AD_HOC_COMMENT_DUE_DAYS', 'COMMENT_REMINDER_DAYS_BEFORE_DUE')`);
    await queryRunner.query(`ALTER TABLE comment_request DROP COLUMN exempt`);
    await queryRunner.query(`DROP TABLE comment_draft`);
  }
}
