import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertPolicyValue } from '@twoway/subgraph-runtime';

/** How long a ward may take to assign a received member to a cell before the letter counts as lost. */
export class AssignmentDeadline1764400000130 implements MigrationInterface {
  name = 'AssignmentDeadline1764400000130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await insertPolicyValue(queryRunner, { code: 'ASSIGNMENT_DAYS', effectiveFrom: '2020-01-02', value: 30, source: 'Quy định 213-QĐ/TW; configurable default' });
    await queryRunner.query(`CREATE INDEX introduction_letter_open_idx ON introduction_letter (due_on) WHERE status IN ('ISSUED','PRESENTED','RECEIVED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX introduction_letter_open_idx`);
    await queryRunner.query(`DELETE FROM policy_value WHERE code = 'ASSIGNMENT_DAYS'`);
  }
}
