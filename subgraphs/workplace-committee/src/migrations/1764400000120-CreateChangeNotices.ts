import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Member changes, the periodic change notices they are compiled into, and the wards' leaving notices. */
export class CreateChangeNotices1764400000120 implements MigrationInterface {
  name = 'CreateChangeNotices1764400000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE change_notice (
        id                        uuid PRIMARY KEY,
        workplace_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        ward_id                   uuid NOT NULL REFERENCES organization_unit (id),
        kind                      varchar(16) NOT NULL CHECK (kind IN ('PERIODIC','NEW_MEMBERS')),
        period                    varchar(16) NOT NULL,
        status                    varchar(16) NOT NULL CHECK (status IN ('SENT','ACKNOWLEDGED')),
        sent_on                   date NOT NULL,
        acknowledged_on           date,
        version                   int NOT NULL DEFAULT 1,
        UNIQUE (workplace_organization_id, ward_id, kind, period)
      )`);
    await queryRunner.query(`CREATE INDEX change_notice_ward_idx ON change_notice (ward_id, status)`);
    await queryRunner.query(`
      CREATE TABLE member_change (
        id                        uuid PRIMARY KEY,
        member_id                 uuid NOT NULL REFERENCES member (id),
        workplace_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        ward_id                   uuid REFERENCES organization_unit (id),
        change_type               varchar(32) NOT NULL CHECK (change_type IN ('RESIDENCE_CHANGED','POSITION_CHANGED','TRANSFERRED','EXPELLED','REMOVED','DECEASED','EXEMPTION_CHANGED','NEWLY_ADMITTED')),
        effective_on              date NOT NULL,
        reported_on               date NOT NULL,
        details                   jsonb NOT NULL DEFAULT '{}',
        change_notice_id          uuid REFERENCES change_notice (id)
      )`);
    await queryRunner.query(`CREATE INDEX member_change_pending_idx ON member_change (reported_on) WHERE change_notice_id IS NULL`);
    await queryRunner.query(`CREATE INDEX member_change_member_idx ON member_change (member_id)`);
    await queryRunner.query(`
      CREATE TABLE residence_leaving_notice (
        id                    uuid PRIMARY KEY,
        member_id             uuid NOT NULL REFERENCES member (id),
        ward_id               uuid NOT NULL REFERENCES organization_unit (id),
        reported_on           date NOT NULL,
        reason                text NOT NULL,
        status                varchar(16) NOT NULL CHECK (status IN ('OPEN','RESOLVED')),
        resolved_by_letter_id uuid REFERENCES introduction_letter (id)
      )`);
    await queryRunner.query(`CREATE INDEX residence_leaving_notice_open_idx ON residence_leaving_notice (member_id) WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE residence_leaving_notice`);
    await queryRunner.query(`DROP TABLE member_change`);
    await queryRunner.query(`DROP TABLE change_notice`);
  }
}
