import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertPolicyValue } from '@twoway/subgraph-runtime';

/**
 * Issue 13, the residence's side of a member's whole Party life:
 * - member_standing carries the workplace cell and the member's duty at
 *   residence (ResidenceDuty, computed by the workplace); rows projected before
 *   it are given the duty their status implies;
 * - a registration's activity: TWO_WAY, or OFFICIAL once the member retired and
 *   the residential cell became their own;
 * - a member's own excuse before a meeting, kept with their attendance entry;
 * - the semi-annual meeting cadence as a versioned policy value, and the index
 *   the oversight list of cells without that meeting reads.
 */
export class MemberDutyAndActivity1764400000270 implements MigrationInterface {
  name = 'MemberDutyAndActivity1764400000270';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member_standing ADD COLUMN workplace_cell_id uuid, ADD COLUMN residence_duty varchar(24)`);
    await queryRunner.query(`UPDATE member_standing SET residence_duty = CASE WHEN status = 'ACTIVE' THEN 'TWO_WAY' ELSE 'NONE' END`);
    await queryRunner.query(`ALTER TABLE member_standing ALTER COLUMN residence_duty SET NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE residence_registration
        ADD COLUMN activity varchar(16) NOT NULL DEFAULT 'TWO_WAY' CONSTRAINT residence_registration_activity_check CHECK (activity IN ('TWO_WAY', 'OFFICIAL'))`);
    await queryRunner.query(`ALTER TABLE meeting_attendance ADD COLUMN excuse_reason varchar(500)`);
    await queryRunner.query(`CREATE INDEX meeting_semi_annual_idx ON meeting (organization_id, held_on DESC) WHERE kind = 'SEMI_ANNUAL_TWO_WAY'`);
    await insertPolicyValue(queryRunner, {
      code: 'SEMI_ANNUAL_MEETING_MONTHS',
      effectiveFrom: '2020-01-02',
      value: 6,
      source: 'Quy định 213-QĐ/TW: chi bộ nơi cư trú sinh hoạt với đảng viên đang công tác 6 tháng một lần; configurable default',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM policy_value WHERE code = 'SEMI_ANNUAL_MEETING_MONTHS'`);
    await queryRunner.query(`DROP INDEX meeting_semi_annual_idx`);
    await queryRunner.query(`ALTER TABLE meeting_attendance DROP COLUMN excuse_reason`);
    await queryRunner.query(`ALTER TABLE residence_registration DROP COLUMN activity`);
    await queryRunner.query(`ALTER TABLE member_standing DROP COLUMN residence_duty, DROP COLUMN workplace_cell_id`);
  }
}
