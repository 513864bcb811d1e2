import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertPolicyValue } from '@twoway/subgraph-runtime';

/** Letter numbers from a sequence, and the workplace side's policy values (Quy định 213-QĐ/TW). */
export class LetterNumbersAndPolicy1764400000110 implements MigrationInterface {
  name = 'LetterNumbersAndPolicy1764400000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE introduction_letter_number_seq START 100001`);
    const source = 'Quy định 213-QĐ/TW (2/1/2020); deadline is a configurable default';
    await insertPolicyValue(queryRunner, { code: 'LETTER_PRESENTATION_DAYS', effectiveFrom: '2020-01-02', value: 30, source });
    await insertPolicyValue(queryRunner, { code: 'CHANGE_NOTICE_PERIOD', effectiveFrom: '2020-01-02', value: 'QUARTER', source: 'Quy định 213-QĐ/TW, Điều 3: hằng quý' });
    await insertPolicyValue(queryRunner, { code: 'NEW_MEMBER_NOTICE_PERIOD', effectiveFrom: '2020-01-02', value: 'MONTH', source: 'Quy định 213-QĐ/TW, Điều 3: hằng tháng' });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM policy_value WHERE code IN ('LETTER_PRESENTATION_DAYS', 'CHANGE_NOTICE_PERIOD', 'NEW_MEMBER_NOTICE_PERIOD')`);
    await queryRunner.query(`DROP SEQUENCE introduction_letter_number_seq`);
  }
}
