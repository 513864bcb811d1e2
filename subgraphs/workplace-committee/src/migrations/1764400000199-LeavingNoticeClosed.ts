import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ward's leaving notice no letter will answer: the member left the Party
 * organisation (expelled, removed, deceased, transferred out of the
 * federation) or went on special duty, and is introduced nowhere any more.
 * Such a notice is CLOSED from a day (`closed_on`, never before it was
 * reported) with the change that closed it (`closed_reason`): before, it stayed
 * OPEN for ever, and the unanswered-notices list blamed the workplace for a
 * letter it could not write. Existing open notices of members who left are
 * closed on the day their last letter ended, or the day reported.
 */
export class LeavingNoticeClosed1764400000199 implements MigrationInterface {
  name = 'LeavingNoticeClosed1764400000199';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE residence_leaving_notice ADD COLUMN closed_on date, ADD COLUMN closed_reason varchar(32)`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice DROP CONSTRAINT residence_leaving_notice_status_check`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice ADD CONSTRAINT residence_leaving_notice_status_check CHECK (status IN ('OPEN','RESOLVED','CLOSED'))`);
    await queryRunner.query(`
      UPDATE residence_leaving_notice n
      SET status = 'CLOSED', closed_reason = CASE WHEN m.status = 'ACTIVE' THEN 'NOT_INTRODUCED' ELSE m.status END,
          closed_on = GREATEST(n.reported_on, COALESCE((SELECT max(l.ended_on) FROM introduction_letter l WHERE l.member_id = m.id), n.reported_on))
      FROM member m
      WHERE m.id = n.member_id AND n.status = 'OPEN' AND (m.status IN ('EXPELLED','REMOVED','DECEASED','TRANSFERRED') OR m.exemption_category = 'SPECIAL_DUTY')`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice ADD CONSTRAINT residence_leaving_notice_closed_check
      CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL) AND (closed_on IS NULL) = (closed_reason IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE residence_leaving_notice DROP CONSTRAINT residence_leaving_notice_closed_check`);
    await queryRunner.query(`UPDATE residence_leaving_notice SET status = 'OPEN' WHERE status = 'CLOSED'`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice DROP CONSTRAINT residence_leaving_notice_status_check`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice ADD CONSTRAINT residence_leaving_notice_status_check CHECK (status IN ('OPEN','RESOLVED'))`);
    await queryRunner.query(`ALTER TABLE residence_leaving_notice DROP COLUMN closed_on, DROP COLUMN closed_reason`);
  }
}
