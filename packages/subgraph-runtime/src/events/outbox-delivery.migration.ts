import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the dispatcher needs to send each message on its own, outside any
 * transaction (docs/architecture.md, the delivery queue):
 * - claimed_until: a lease, in the database's clock, taken in a short
 *   transaction before the message is sent; another dispatcher (a replica,
 *   or the next run after a crash) takes the message only once it has passed;
 * - last_attempt_at: when the last real attempt got its answer (or failed);
 * - sequence_number: the order messages were written in, so a target's
 *   messages are sent in that order even when they share an instant;
 * - the pending index per target, oldest first: each target is drained on its own.
 */
export class OutboxDelivery1764400000920 implements MigrationInterface {
  name = 'OutboxDelivery1764400000920';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox_message
        ADD COLUMN claimed_until   timestamptz,
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN sequence_number bigserial`);
    await queryRunner.query(`DROP INDEX outbox_message_pending_idx`);
    await queryRunner.query(`
      CREATE INDEX outbox_message_pending_idx ON outbox_message (target, created_at, sequence_number)
      WHERE delivered_at IS NULL AND refused_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_pending_idx`);
    await queryRunner.query(`CREATE INDEX outbox_message_pending_idx ON outbox_message (available_at) WHERE delivered_at IS NULL AND refused_at IS NULL`);
    await queryRunner.query(`ALTER TABLE outbox_message DROP COLUMN sequence_number, DROP COLUMN last_attempt_at, DROP COLUMN claimed_until`);
  }
}
