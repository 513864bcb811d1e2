import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `member_party_card_idx` (migration 140) indexes the column the unique key
 * `member_party_card_number_key` already indexes, in the same order: every
 * look-up by card number can use the key, and each member written paid for
 * both (and a million members' load built both, 1.6 s). Found by comparing
 * every index with the others of its table (issue 15).
 */
export class RedundantIndexDropped1764400000197 implements MigrationInterface {
  name = 'RedundantIndexDropped1764400000197';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX member_party_card_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX member_party_card_idx ON member (party_card_number)`);
  }
}
