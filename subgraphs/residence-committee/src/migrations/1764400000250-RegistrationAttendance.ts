import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjection, dropProjection, type ProjectionDefinition } from '@twoway/subgraph-runtime';

/**
 * Each registration with its member's last two semi-annual two-way meetings
 * and how they attended, kept with the records (see createProjection): "absent
 * from the last two" for a subtree, on any day after the last of them, is an
 * index scan of this table by node, not a ranking of every attendance of every
 * member registered there.
 */
export const REGISTRATION_ATTENDANCE: ProjectionDefinition = {
  table: 'registration_attendance',
  key: 'registration_id',
  columns: ['registration_id', 'member_id', 'organization_id', 'received_on', 'assigned_on', 'ended_on', 'last_held_on', 'last_status', 'previous_held_on', 'previous_status'],
  rows: registrationAttendanceRows(),
  sources: [
    { table: 'residence_registration', affected: 'SELECT id FROM changed' },
    { table: 'meeting_attendance', affected: 'SELECT g.id FROM residence_registration g WHERE g.member_id IN (SELECT member_id FROM changed)' },
    { table: 'meeting', affected: 'SELECT g.id FROM residence_registration g JOIN meeting_attendance a ON a.member_id = g.member_id WHERE a.meeting_id IN (SELECT id FROM changed)' },
  ],
};

/**
 * The projection's rows: each registration with its member's last two semi-annual meetings, among the meetings
 * (`m`) that also meet `meetings`, an SQL condition, when given (migration 299: those whose attendance was recorded).
 */
export function registrationAttendanceRows(meetings?: string): string {
  return `
    SELECT g.id AS registration_id, g.member_id, g.organization_id, g.received_on, g.assigned_on, g.ended_on,
      tail.last_held_on, tail.last_status, tail.previous_held_on, tail.previous_status
    FROM residence_registration g
    LEFT JOIN LATERAL (
      SELECT max(held_on) FILTER (WHERE n = 1) AS last_held_on, max(status) FILTER (WHERE n = 1) AS last_status,
             max(held_on) FILTER (WHERE n = 2) AS previous_held_on, max(status) FILTER (WHERE n = 2) AS previous_status
      FROM (
        SELECT a.held_on, a.status, row_number() OVER (ORDER BY a.held_on DESC, a.meeting_id DESC) AS n
        FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.member_id = g.member_id AND m.kind = 'SEMI_ANNUAL_TWO_WAY'${meetings ? ` AND ${meetings}` : ''}
      ) ranked WHERE n <= 2) tail ON true`;
}

export class RegistrationAttendance1764400000250 implements MigrationInterface {
  name = 'RegistrationAttendance1764400000250';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registration_attendance (
        registration_id  uuid PRIMARY KEY,
        member_id        uuid NOT NULL,
        organization_id  uuid NOT NULL,
        received_on      date NOT NULL,
        assigned_on      date,
        ended_on         date,
        last_held_on     date,
        last_status      varchar(16),
        previous_held_on date,
        previous_status  varchar(16)
      )`);
    await queryRunner.query(`CREATE INDEX registration_attendance_organization_idx ON registration_attendance (organization_id)`);
    await createProjection(queryRunner, REGISTRATION_ATTENDANCE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropProjection(queryRunner, REGISTRATION_ATTENDANCE);
    await queryRunner.query(`DROP TABLE registration_attendance`);
  }
}
