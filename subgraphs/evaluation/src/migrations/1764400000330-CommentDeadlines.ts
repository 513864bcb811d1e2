import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the scheduler reminded the residence of a request, and when it marked it overdue. */
export class CommentDeadlines1764400000330 implements MigrationInterface {
  name = 'CommentDeadlines1764400000330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE comment_request ADD COLUMN reminded_on date, ADD COLUMN overdue_since date`);
    await queryRunner.query(`CREATE INDEX comment_request_open_due_idx ON comment_request (due_on) WHERE status IN ('SENT','RECEIVED','DRAFTED','SIGNED','CERTIFIED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX comment_request_open_due_idx`);
    await queryRunner.query(`ALTER TABLE comment_request DROP COLUMN reminded_on, DROP COLUMN overdue_since`);
  }
}
