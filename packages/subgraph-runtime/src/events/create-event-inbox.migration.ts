import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receiving end of the outbox: each delivered event's id is recorded in
 * the same transaction as its effect, so a redelivery applies nothing twice.
 * Scheduled jobs record their runs, so a period is compiled or a reminder sent once.
 */
export class CreateEventInbox1764400000060 implements MigrationInterface {
  name = 'CreateEventInbox1764400000060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE processed_event (
        id           uuid PRIMARY KEY,
        topic        varchar(64) NOT NULL,
        source       varchar(64) NOT NULL,
        processed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE job_run (
        job        varchar(64) NOT NULL,
        run_key    varchar(128) NOT NULL,
        ran_at     timestamptz NOT NULL,
        outcome    jsonb,
        PRIMARY KEY (job, run_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_run`);
    await queryRunner.query(`DROP TABLE processed_event`);
  }
}
