import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The residence's word counts (issue 13): the day the ward received a comment
 * request and assigned it to a cell; why an annual review was decided without
 * a residence comment, with a note. A review names a comment or a reason, never
 * both and never neither: reviews recorded before this rule are kept as they
 * were (the check is NOT VALID for old rows, enforced for every new one).
 */
export class ResidenceCommentCounts1764400000380 implements MigrationInterface {
  name = 'ResidenceCommentCounts1764400000380';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE comment_request ADD COLUMN received_on date CHECK (received_on IS NULL OR received_on >= requested_on)`);
    // Requests already past the ward's step were received at the latest when the cell drafted them.
    await queryRunner.query(`
      UPDATE comment_request r SET received_on = GREATEST(r.requested_on, COALESCE(
        (SELECT d.drafted_on FROM comment_draft d WHERE d.request_id = r.id),
        (SELECT f.drafted_on FROM comment_form f WHERE f.request_id = r.id),
        r.requested_on))
      WHERE r.status IN ('RECEIVED', 'DRAFTED', 'SIGNED', 'CERTIFIED', 'RETURNED', 'USED_IN_REVIEW')`);
    await queryRunner.query(`
      ALTER TABLE annual_review
        ADD COLUMN without_residence_comment varchar(32)
          CHECK (without_residence_comment IN ('EXEMPT','NOT_INTRODUCED','NOT_REGISTERED_AT_RESIDENCE','RESIDENCE_DID_NOT_ANSWER','OFFICIAL_AT_RESIDENCE')),
        ADD COLUMN without_residence_comment_note text`);
    await queryRunner.query(`
      ALTER TABLE annual_review ADD CONSTRAINT annual_review_comment_or_reason
        CHECK ((comment_form_id IS NULL) <> (without_residence_comment IS NULL)) NOT VALID`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE annual_review DROP CONSTRAINT annual_review_comment_or_reason`);
    await queryRunner.query(`ALTER TABLE annual_review DROP COLUMN without_residence_comment_note, DROP COLUMN without_residence_comment`);
    await queryRunner.query(`ALTER TABLE comment_request DROP COLUMN received_on`);
  }
}
