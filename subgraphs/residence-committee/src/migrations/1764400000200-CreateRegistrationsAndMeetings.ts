import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations at residence, meetings and attendance. At most one open
 * (received or active) registration per member, enforced by a partial unique index.
 */
export class CreateRegistrationsAndMeetings1764400000200 implements MigrationInterface {
  name = 'CreateRegistrationsAndMeetings1764400000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE residence_registration (
        id                     uuid PRIMARY KEY,
        member_id              uuid NOT NULL,
        introduction_letter_id uuid,
        ward_id                uuid NOT NULL REFERENCES organization_unit (id),
        cell_id                uuid REFERENCES organization_unit (id),
        address                varchar(400) NOT NULL,
        received_on            date NOT NULL,
        assigned_on            date CHECK (assigned_on IS NULL OR assigned_on >= received_on),
        status                 varchar(16) NOT NULL CHECK (status IN ('RECEIVED','ACTIVE','ENDED')),
        ended_on               date,
        end_reason             varchar(64),
        version                int NOT NULL DEFAULT 1,
        -- The node the registration is scoped by: its cell once assigned, its ward before.
        organization_id        uuid GENERATED ALWAYS AS (COALESCE(cell_id, ward_id)) STORED,
        CHECK ((status = 'ACTIVE') = (cell_id IS NOT NULL AND ended_on IS NULL) OR status = 'ENDED'),
        CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX residence_registration_one_open_idx ON residence_registration (member_id) WHERE status <> 'ENDED'`);
    await queryRunner.query(`CREATE INDEX residence_registration_member_idx ON residence_registration (member_id, received_on DESC)`);
    await queryRunner.query(`CREATE INDEX residence_registration_organization_idx ON residence_registration (organization_id, received_on, id)`);

    await queryRunner.query(`
      CREATE TABLE meeting (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization_unit (id),
        kind            varchar(32) NOT NULL CHECK (kind IN ('SEMI_ANNUAL_TWO_WAY','REGULAR_CELL','RESIDENTS')),
        held_on         date NOT NULL,
        agenda          text,
        version         int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX meeting_organization_idx ON meeting (organization_id, held_on DESC)`);

    await queryRunner.query(`
      CREATE TABLE meeting_attendance (
        meeting_id      uuid NOT NULL REFERENCES meeting (id),
        member_id       uuid NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization_unit (id),
        held_on         date NOT NULL,
        status          varchar(16) NOT NULL CHECK (status IN ('PRESENT','LATE','LEFT_EARLY','EXCUSED','ABSENT')),
        contribution    text,
        PRIMARY KEY (meeting_id, member_id)
      )`);
    await queryRunner.query(`CREATE INDEX meeting_attendance_member_idx ON meeting_attendance (member_id, held_on DESC)`);
    await queryRunner.query(`CREATE INDEX meeting_attendance_organization_idx ON meeting_attendance (organization_id, held_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE meeting_attendance`);
    await queryRunner.query(`DROP TABLE meeting`);
    await queryRunner.query(`DROP TABLE residence_registration`);
  }
}
