import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members and introduction letters. Each record carries the organisation ids
 * it is scoped by (workplace organisation and cell; addressee ward), so a
 * subtree filter is one indexed condition joined to organization_unit.path.
 */
export class CreateMembers1764400000100 implements MigrationInterface {
  name = 'CreateMembers1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member (
        id                        uuid PRIMARY KEY,
        full_name                 varchar(200) NOT NULL CHECK (length(trim(full_name)) > 0),
        sex                       varchar(8) NOT NULL CHECK (sex IN ('MALE','FEMALE')),
        birth_date                date,
        admission_date            date NOT NULL,
        full_membership_date      date CHECK (full_membership_date IS NULL OR full_membership_date >= admission_date),
        party_card_number         varchar(32) UNIQUE,
        dossier_number            varchar(32) UNIQUE,
        citizen_id                varchar(12) CHECK (citizen_id ~ '^[0-9]{12}$'),
        workplace_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        workplace_cell_id         uuid NOT NULL REFERENCES organization_unit (id),
        position                  varchar(200),
        exemption_category        varchar(32) CHECK (exemption_category IN ('ARMED_FORCES_IN_BARRACKS','MOBILE_WORKER','FULL_YEAR_TRAINEE','STUDENT_AWAY')),
        status                    varchar(16) NOT NULL CHECK (status IN ('ACTIVE','TRANSFERRED','EXPELLED','REMOVED','DECEASED','RETIRED')),
        version                   int NOT NULL DEFAULT 1
      )`);
    // Not unique: two member records with one citizen ID is a disagreement to surface, not to hide.
    await queryRunner.query(`CREATE INDEX member_citizen_id_idx ON member (citizen_id)`);
    await queryRunner.query(`CREATE INDEX member_workplace_cell_idx ON member (workplace_cell_id, full_name, id)`);
    await queryRunner.query(`CREATE INDEX member_workplace_organization_idx ON member (workplace_organization_id)`);

    await queryRunner.query(`
      CREATE TABLE introduction_letter (
        id                        uuid PRIMARY KEY,
        number                    varchar(32) NOT NULL UNIQUE,
        member_id                 uuid NOT NULL REFERENCES member (id),
        workplace_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        issued_on                 date NOT NULL,
        signer_name               varchar(200) NOT NULL,
        to_ward_id                uuid NOT NULL REFERENCES organization_unit (id),
        to_cell_id                uuid REFERENCES organization_unit (id),
        residence_address         varchar(400) NOT NULL,
        exempt                    boolean NOT NULL DEFAULT false,
        status                    varchar(16) NOT NULL CHECK (status IN ('ISSUED','PRESENTED','RECEIVED','ASSIGNED','RETURNED','ENDED')),
        due_on                    date NOT NULL CHECK (due_on >= issued_on),
        presented_on              date,
        received_on               date,
        assigned_on               date,
        returned_on               date,
        return_reason             varchar(400),
        version                   int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX introduction_letter_member_idx ON introduction_letter (member_id, issued_on DESC)`);
    await queryRunner.query(`CREATE INDEX introduction_letter_ward_idx ON introduction_letter (to_ward_id, status)`);
    await queryRunner.query(`CREATE INDEX introduction_letter_issuer_idx ON introduction_letter (workplace_organization_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE introduction_letter`);
    await queryRunner.query(`DROP TABLE member`);
  }
}
