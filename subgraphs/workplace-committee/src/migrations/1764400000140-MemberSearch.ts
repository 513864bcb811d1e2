import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese, vietnameseNameSortKey } from '@twoway/platform';

/**
 * Finding people: a name folded without tones or letter marks (search "nguyen
 * van hoat" finds "Nguyễn Văn Hoạt") and a Vietnamese sort key (given name,
 * then middle, then family; Vietnamese alphabet), compared byte by byte.
 * Both are written by the application (packages/platform/src/vietnamese.ts);
 * this migration fills them for existing rows.
 */
export class MemberSearch1764400000140 implements MigrationInterface {
  name = 'MemberSearch1764400000140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member ADD COLUMN name_search text, ADD COLUMN name_sort_key text COLLATE "C"`);
    const members = (await queryRunner.query(`SELECT id, full_name FROM member`)) as { id: string; full_name: string }[];
    for (let start = 0; start < members.length; start += 1000) {
      const chunk = members.slice(start, start + 1000);
      await queryRunner.query(
        `UPDATE member m SET name_search = u.search, name_sort_key = u.sort_key
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, search, sort_key) WHERE m.id = u.id`,
        [chunk.map((m) => m.id), chunk.map((m) => foldVietnamese(m.full_name)), chunk.map((m) => vietnameseNameSortKey(m.full_name))],
      );
    }
    await queryRunner.query(`ALTER TABLE member ALTER COLUMN name_search SET NOT NULL, ALTER COLUMN name_sort_key SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX member_sort_idx ON member (name_sort_key, id)`);
    await queryRunner.query(`CREATE INDEX member_party_card_idx ON member (party_card_number)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX member_party_card_idx`);
    await queryRunner.query(`DROP INDEX member_sort_idx`);
    await queryRunner.query(`ALTER TABLE member DROP COLUMN name_search, DROP COLUMN name_sort_key`);
  }
}
