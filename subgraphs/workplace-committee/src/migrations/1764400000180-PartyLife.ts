import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertPolicyValue } from '@twoway/subgraph-runtime';

/**
 * A member's whole Party life (issue 13, docs/party-life.md): transfers between
 * organisations, retirement, the special-duty exemption, why and when a letter
 * ended, since when a member is due for introduction, and letter numbers in the
 * form's "<serial>-GGT" pattern.
 *
 * Existing rows are filled from what the records say:
 * - letters numbered "2026/GGT-00123" become "123-GGT" (the serials are unique
 *   across years: one sequence);
 * - an ENDED letter followed by a newer letter of the member was SUPERSEDED on
 *   that letter's issue day; otherwise it ended with the member's leaving
 *   status, or with a ward's leaving notice (LEFT_RESIDENCE), else SUPERSEDED
 *   with no known day;
 * - an active member expected at residence with no letter in force is due
 *   since the latest of admission, their last letter's return, and the last
 *   open leaving notice.
 */
export class PartyLife1764400000180 implements MigrationInterface {
  name = 'PartyLife1764400000180';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member DROP CONSTRAINT member_status_check, DROP CONSTRAINT member_exemption_category_check`);
    await queryRunner.query(`ALTER TABLE member
      ADD CONSTRAINT member_status_check CHECK (status IN ('ACTIVE','IN_TRANSIT','TRANSFERRED','EXPELLED','REMOVED','DECEASED','RETIRED')),
      ADD CONSTRAINT member_exemption_category_check CHECK (exemption_category IN ('ARMED_FORCES_IN_BARRACKS','MOBILE_WORKER','FULL_YEAR_TRAINEE','STUDENT_AWAY','SPECIAL_DUTY')),
      ADD COLUMN introduction_due_since date`);
    await queryRunner.query(`ALTER TABLE member_change DROP CONSTRAINT member_change_change_type_check`);
    await queryRunner.query(`ALTER TABLE member_change ADD CONSTRAINT member_change_change_type_check
      CHECK (change_type IN ('RESIDENCE_CHANGED','POSITION_CHANGED','TRANSFERRED','EXPELLED','REMOVED','DECEASED','EXEMPTION_CHANGED','NEWLY_ADMITTED','RETIRED'))`);
    await queryRunner.query(`ALTER TABLE introduction_letter
      ADD COLUMN end_reason varchar(32) CHECK (end_reason IN ('SUPERSEDED','RESIDENCE_CHANGED','LEFT_RESIDENCE','TRANSFERRED','RETIRED','EXPELLED','REMOVED','DECEASED','NOT_INTRODUCED')),
      ADD COLUMN ended_on date`);

    await queryRunner.query(`UPDATE introduction_letter SET number = regexp_replace(number, '^[0-9]{4}/GGT-0*([0-9]+)$', '\\1-GGT') WHERE number ~ '^[0-9]{4}/GGT-[0-9]+$'`);
    await queryRunner.query(`
      WITH ended AS (
        SELECT l.id, m.status AS member_status,
          (SELECT min(n.issued_on) FROM introduction_letter n WHERE n.member_id = l.member_id AND n.id <> l.id AND n.issued_on >= l.issued_on) AS next_issued_on,
          (SELECT max(r.reported_on) FROM residence_leaving_notice r WHERE r.member_id = l.member_id AND r.ward_id = l.to_ward_id) AS left_on
        FROM introduction_letter l JOIN member m ON m.id = l.member_id
        WHERE l.status = 'ENDED')
      UPDATE introduction_letter l SET
        end_reason = CASE
          WHEN e.next_issued_on IS NOT NULL THEN 'SUPERSEDED'
          WHEN e.member_status IN ('TRANSFERRED','EXPELLED','REMOVED','DECEASED','RETIRED') THEN e.member_status
          WHEN e.left_on IS NOT NULL THEN 'LEFT_RESIDENCE'
          ELSE 'SUPERSEDED' END,
        ended_on = COALESCE(e.next_issued_on, e.left_on)
      FROM ended e WHERE e.id = l.id`);
    await queryRunner.query(`
      UPDATE member m SET introduction_due_since = GREATEST(m.admission_date,
          (SELECT max(l.returned_on) FROM introduction_letter l WHERE l.member_id = m.id),
          (SELECT max(l.ended_on) FROM introduction_letter l WHERE l.member_id = m.id),
          (SELECT max(r.reported_on) FROM residence_leaving_notice r WHERE r.member_id = m.id AND r.status = 'OPEN'))
      WHERE m.status = 'ACTIVE' AND (m.exemption_category IS NULL OR m.exemption_category <> 'SPECIAL_DUTY')
        AND NOT EXISTS (SELECT 1 FROM introduction_letter l WHERE l.member_id = m.id AND l.status IN ('ISSUED','PRESENTED','RECEIVED','ASSIGNED'))`);
    await queryRunner.query(`CREATE INDEX member_introduction_due_idx ON member (introduction_due_since) WHERE introduction_due_since IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE member_transfer (
        id                   uuid PRIMARY KEY,
        member_id            uuid NOT NULL REFERENCES member (id),
        kind                 varchar(16) NOT NULL CHECK (kind IN ('OFFICIAL','TEMPORARY')),
        from_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        from_cell_id         uuid NOT NULL REFERENCES organization_unit (id),
        to_organization_id   uuid REFERENCES organization_unit (id),
        sent_on              date NOT NULL,
        effective_on         date NOT NULL,
        due_by               date NOT NULL CHECK (due_by >= sent_on),
        status               varchar(16) NOT NULL CHECK (status IN ('SENT','RECEIVED')),
        received_on          date CHECK (received_on IS NULL OR received_on >= sent_on),
        to_cell_id           uuid REFERENCES organization_unit (id),
        remarks              varchar(400),
        version              int NOT NULL DEFAULT 1,
        CHECK ((status = 'RECEIVED') = (received_on IS NOT NULL AND to_cell_id IS NOT NULL)),
        CHECK (status = 'SENT' OR to_organization_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX member_transfer_member_idx ON member_transfer (member_id, sent_on DESC)`);
    // membersInTransit: transfers not yet taken in, by sending or receiving organisation.
    await queryRunner.query(`CREATE INDEX member_transfer_from_idx ON member_transfer (from_organization_id, due_by) WHERE to_organization_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX member_transfer_to_idx ON member_transfer (to_organization_id, due_by)`);
    // unansweredLeavingNotices: open notices by age.
    await queryRunner.query(`CREATE INDEX residence_leaving_notice_reported_idx ON residence_leaving_notice (reported_on) WHERE status = 'OPEN'`);

    await insertPolicyValue(queryRunner, { code: 'TRANSFER_RECEIPT_DAYS', effectiveFrom: '2020-01-02', value: 30, source: 'Hướng dẫn về chuyển sinh hoạt đảng; configurable default' });
    await insertPolicyValue(queryRunner, { code: 'LEAVING_NOTICE_ACTION_DAYS', effectiveFrom: '2020-01-02', value: 30, source: 'Quy định 213-QĐ/TW, Điều 3; configurable default' });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM policy_value WHERE code IN ('TRANSFER_RECEIPT_DAYS', 'LEAVING_NOTICE_ACTION_DAYS')`);
    await queryRunner.query(`DROP INDEX residence_leaving_notice_reported_idx`);
    await queryRunner.query(`DROP TABLE member_transfer`);
    await queryRunner.query(`DROP INDEX member_introduction_due_idx`);
    await queryRunner.query(`UPDATE introduction_letter SET number = regexp_replace(number, '^([0-9]+)-GGT$', to_char(issued_on, 'YYYY') || '/GGT-\\1') WHERE number ~ '^[0-9]+-GGT$'`);
    await queryRunner.query(`ALTER TABLE introduction_letter DROP COLUMN end_reason, DROP COLUMN ended_on`);
    await queryRunner.query(`DELETE FROM member_change WHERE change_type = 'RETIRED'`);
    await queryRunner.query(`ALTER TABLE member_change DROP CONSTRAINT member_change_change_type_check`);
    await queryRunner.query(`ALTER TABLE member_change ADD CONSTRAINT member_change_change_type_check
      CHECK (change_type IN ('RESIDENCE_CHANGED','POSITION_CHANGED','TRANSFERRED','EXPELLED','REMOVED','DECEASED','EXEMPTION_CHANGED','NEWLY_ADMITTED'))`);
    await queryRunner.query(`UPDATE member SET status = 'TRANSFERRED' WHERE status = 'IN_TRANSIT'`);
    await queryRunner.query(`UPDATE member SET exemption_category = NULL WHERE exemption_category = 'SPECIAL_DUTY'`);
    await queryRunner.query(`ALTER TABLE member DROP CONSTRAINT member_status_check, DROP CONSTRAINT member_exemption_category_check, DROP COLUMN introduction_due_since`);
    await queryRunner.query(`ALTER TABLE member
      ADD CONSTRAINT member_status_check CHECK (status IN ('ACTIVE','TRANSFERRED','EXPELLED','REMOVED','DECEASED','RETIRED')),
      ADD CONSTRAINT member_exemption_category_check CHECK (exemption_category IN ('ARMED_FORCES_IN_BARRACKS','MOBILE_WORKER','FULL_YEAR_TRAINEE','STUDENT_AWAY'))`);
  }
}
