import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What every subgraph's mutations rely on, identical in each database:
 * - audit_log: append-only (a trigger refuses UPDATE and DELETE): who, acting
 *   for which organisation, when, what, before and after;
 * - idempotency_record: the first result of a mutation, per caller and key;
 * - outbox_message: effects on another subgraph, written in the same
 *   transaction as the change and delivered at least once;
 * - policy_value: deadlines and periods as versioned data with the dates they
 *   are in force (each subgraph's own migrations load its values).
 */
export class CreateMutationSupport1764400000050 implements MigrationInterface {
  name = 'CreateMutationSupport1764400000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id                    bigserial PRIMARY KEY,
        occurred_at           timestamptz NOT NULL,
        request_id            varchar(128),
        actor_subject         varchar(256) NOT NULL,
        actor_role            varchar(32) NOT NULL,
        actor_organization_id uuid NOT NULL,
        action                varchar(64) NOT NULL,
        entity_type           varchar(64) NOT NULL,
        entity_id             uuid NOT NULL,
        before                jsonb,
        after                 jsonb
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);

    await queryRunner.query(`
      CREATE TABLE idempotency_record (
        principal_subject varchar(256) NOT NULL,
        idempotency_key   varchar(128) NOT NULL,
        operation         varchar(64) NOT NULL,
        response          jsonb NOT NULL,
        created_at        timestamptz NOT NULL,
        PRIMARY KEY (principal_subject, idempotency_key)
      )`);

    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id           uuid PRIMARY KEY,
        topic        varchar(64) NOT NULL,
        target       varchar(64) NOT NULL,
        payload      jsonb NOT NULL,
        created_at   timestamptz NOT NULL,
        available_at timestamptz NOT NULL,
        attempts     int NOT NULL DEFAULT 0,
        delivered_at timestamptz,
        refused_at   timestamptz,
        last_error   text
      )`);
    await queryRunner.query(`CREATE INDEX outbox_message_pending_idx ON outbox_message (available_at) WHERE delivered_at IS NULL AND refused_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE policy_value (
        code           varchar(64) NOT NULL,
        effective_from date NOT NULL,
        effective_to   date CHECK (effective_to IS NULL OR effective_to >= effective_from),
        value          jsonb NOT NULL,
        source         text NOT NULL,
        PRIMARY KEY (code, effective_from)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE policy_value`);
    await queryRunner.query(`DROP TABLE outbox_message`);
    await queryRunner.query(`DROP TABLE idempotency_record`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
