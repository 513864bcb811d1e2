import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the oversight lists and figures scan by: each side's scope column, and signed forms per member. */
export class OversightIndexes1764400000340 implements MigrationInterface {
  name = 'OversightIndexes1764400000340';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX comment_request_workplace_cell_idx ON comment_request (workplace_cell_id, due_on)`);
    await queryRunner.query(`CREATE INDEX comment_request_ward_idx ON comment_request (ward_id, due_on)`);
    await queryRunner.query(`CREATE INDEX comment_form_member_signed_idx ON comment_form (member_id, signed_on DESC)`);
    await queryRunner.query(`CREATE INDEX annual_review_form_idx ON annual_review (comment_form_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['annual_review_form_idx', 'comment_form_member_signed_idx', 'comment_request_ward_idx', 'comment_request_workplace_cell_idx']) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
