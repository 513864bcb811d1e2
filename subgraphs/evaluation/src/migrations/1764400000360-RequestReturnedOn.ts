import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day a request's comment form went back to the workplace, copied onto
 * the request by a trigger on comment_form, so that "overdue on a day" reads
 * one table (a district's requests, not every form in the database).
 */
export class RequestReturnedOn1764400000360 implements MigrationInterface {
  name = 'RequestReturnedOn1764400000360';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE comment_request ADD COLUMN returned_on date`);
    await queryRunner.query(`UPDATE comment_request r SET returned_on = f.returned_on FROM comment_form f WHERE f.request_id = r.id AND f.returned_on IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION comment_request_copy_returned_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE comment_request SET returned_on = NULL WHERE id = OLD.request_id AND returned_on IS NOT NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE comment_request SET returned_on = NEW.returned_on WHERE id = NEW.request_id AND returned_on IS DISTINCT FROM NEW.returned_on;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER comment_request_copy_returned_on AFTER INSERT OR DELETE OR UPDATE OF returned_on, request_id ON comment_form
      FOR EACH ROW EXECUTE FUNCTION comment_request_copy_returned_on()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER comment_request_copy_returned_on ON comment_form`);
    await queryRunner.query(`DROP FUNCTION comment_request_copy_returned_on()`);
    await queryRunner.query(`ALTER TABLE comment_request DROP COLUMN returned_on`);
  }
}
