import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned policy (criteria sets, rating scales), comment requests, the
 * residence's signed forms and annual reviews. A signed form is immutable:
 * a trigger refuses any change to its content or its assessments.
 */
export class CreateEvaluation1764400000300 implements MigrationInterface {
  name = 'CreateEvaluation1764400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE criteria_set (
        id             uuid PRIMARY KEY,
        code           varchar(64) NOT NULL UNIQUE,
        title          varchar(400) NOT NULL,
        variant        varchar(16) NOT NULL CHECK (variant IN ('STANDARD','EXEMPT')),
        effective_from date NOT NULL,
        effective_to   date CHECK (effective_to IS NULL OR effective_to >= effective_from),
        source         text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE criterion (
        id              uuid PRIMARY KEY,
        criteria_set_id uuid NOT NULL REFERENCES criteria_set (id),
        ordinal         int NOT NULL CHECK (ordinal > 0),
        code            varchar(64) NOT NULL,
        label           varchar(400) NOT NULL,
        level_labels    jsonb NOT NULL CHECK (jsonb_typeof(level_labels) = 'array' AND jsonb_array_length(level_labels) = 3),
        UNIQUE (criteria_set_id, ordinal),
        UNIQUE (criteria_set_id, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE rating_scale (
        id             uuid PRIMARY KEY,
        code           varchar(64) NOT NULL UNIQUE,
        title          varchar(400) NOT NULL,
        effective_from date NOT NULL,
        effective_to   date CHECK (effective_to IS NULL OR effective_to >= effective_from),
        source         text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE rating_band (
        rating_scale_id uuid NOT NULL REFERENCES rating_scale (id),
        rating          varchar(16) NOT NULL CHECK (rating IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        label           varchar(200) NOT NULL,
        min_score       int NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        PRIMARY KEY (rating_scale_id, rating),
        UNIQUE (rating_scale_id, min_score)
      )`);
    await queryRunner.query(`
      CREATE TABLE comment_request (
        id                        uuid PRIMARY KEY,
        member_id                 uuid NOT NULL,
        purpose                   varchar(16) NOT NULL CHECK (purpose IN ('ANNUAL','APPOINTMENT','NOMINATION','AWARD','DISCIPLINE')),
        year                      int,
        workplace_organization_id uuid NOT NULL REFERENCES organization_unit (id),
        workplace_cell_id         uuid NOT NULL REFERENCES organization_unit (id),
        ward_id                   uuid REFERENCES organization_unit (id),
        cell_id                   uuid REFERENCES organization_unit (id),
        requested_on              date NOT NULL,
        due_on                    date NOT NULL CHECK (due_on >= requested_on),
        status                    varchar(16) NOT NULL CHECK (status IN ('SENT','RECEIVED','DRAFTED','SIGNED','CERTIFIED','RETURNED','USED_IN_REVIEW','WAIVED','CANCELLED')),
        version                   int NOT NULL DEFAULT 1,
        CHECK (purpose <> 'ANNUAL' OR year IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX comment_request_one_annual_idx ON comment_request (member_id, year) WHERE purpose = 'ANNUAL' AND status <> 'CANCELLED'`);
    await queryRunner.query(`CREATE INDEX comment_request_member_idx ON comment_request (member_id, requested_on DESC)`);
    await queryRunner.query(`CREATE INDEX comment_request_workplace_idx ON comment_request (workplace_organization_id, status, due_on)`);
    await queryRunner.query(`CREATE INDEX comment_request_cell_idx ON comment_request (cell_id, status, due_on)`);

    await queryRunner.query(`
      CREATE TABLE comment_form (
        id              uuid PRIMARY KEY,
        request_id      uuid NOT NULL UNIQUE REFERENCES comment_request (id),
        member_id       uuid NOT NULL,
        year            int,
        criteria_set_id uuid NOT NULL REFERENCES criteria_set (id),
        recommendation  varchar(16) NOT NULL CHECK (recommendation IN ('COMMEND','NONE','CONSIDER_ACTION')),
        remarks         text,
        cell_id         uuid NOT NULL REFERENCES organization_unit (id),
        ward_id         uuid NOT NULL REFERENCES organization_unit (id),
        drafted_on      date NOT NULL,
        signed_on       date NOT NULL CHECK (signed_on >= drafted_on),
        signed_by       varchar(200) NOT NULL,
        certified_on    date CHECK (certified_on IS NULL OR certified_on >= signed_on),
        certified_by    varchar(200),
        returned_on     date CHECK (returned_on IS NULL OR (certified_on IS NOT NULL AND returned_on >= certified_on)),
        CHECK ((certified_on IS NULL) = (certified_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX comment_form_member_idx ON comment_form (member_id, year DESC)`);
    await queryRunner.query(`CREATE INDEX comment_form_cell_idx ON comment_form (cell_id, recommendation)`);
    await queryRunner.query(`
      CREATE TABLE comment_form_assessment (
        comment_form_id uuid NOT NULL REFERENCES comment_form (id),
        criterion_id    uuid NOT NULL REFERENCES criterion (id),
        level           smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        PRIMARY KEY (comment_form_id, criterion_id)
      )`);
    // A signed form never changes: only the certification and return stamps may be filled in, once.
    await queryRunner.query(`
      CREATE FUNCTION comment_form_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'comment_form_assessment' THEN
          RAISE EXCEPTION 'signed comment forms cannot be changed' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.request_id IS DISTINCT FROM OLD.request_id OR NEW.member_id IS DISTINCT FROM OLD.member_id
           OR NEW.year IS DISTINCT FROM OLD.year OR NEW.criteria_set_id IS DISTINCT FROM OLD.criteria_set_id
           OR NEW.recommendation IS DISTINCT FROM OLD.recommendation OR NEW.remarks IS DISTINCT FROM OLD.remarks
           OR NEW.cell_id IS DISTINCT FROM OLD.cell_id OR NEW.ward_id IS DISTINCT FROM OLD.ward_id
           OR NEW.drafted_on IS DISTINCT FROM OLD.drafted_on OR NEW.signed_on IS DISTINCT FROM OLD.signed_on
           OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
           OR (OLD.certified_on IS NOT NULL AND (NEW.certified_on IS DISTINCT FROM OLD.certified_on OR NEW.certified_by IS DISTINCT FROM OLD.certified_by))
           OR (OLD.returned_on IS NOT NULL AND NEW.returned_on IS DISTINCT FROM OLD.returned_on) THEN
          RAISE EXCEPTION 'signed comment forms cannot be changed' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER comment_form_immutable BEFORE UPDATE ON comment_form FOR EACH ROW EXECUTE FUNCTION comment_form_is_immutable()`);
    await queryRunner.query(`CREATE TRIGGER comment_form_assessment_immutable BEFORE UPDATE OR DELETE ON comment_form_assessment FOR EACH ROW EXECUTE FUNCTION comment_form_is_immutable()`);

    await queryRunner.query(`
      CREATE TABLE annual_review (
        id                uuid PRIMARY KEY,
        member_id         uuid NOT NULL,
        year              int NOT NULL,
        score             smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        rating            varchar(16) NOT NULL CHECK (rating IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        rating_scale_id   uuid NOT NULL REFERENCES rating_scale (id),
        decided_on        date NOT NULL,
        workplace_cell_id uuid NOT NULL REFERENCES organization_unit (id),
        comment_form_id   uuid REFERENCES comment_form (id),
        version           int NOT NULL DEFAULT 1,
        UNIQUE (member_id, year)
      )`);
    await queryRunner.query(`CREATE INDEX annual_review_member_idx ON annual_review (member_id, year DESC)`);
    await queryRunner.query(`CREATE INDEX annual_review_cell_idx ON annual_review (workplace_cell_id, year)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['annual_review', 'comment_form_assessment', 'comment_form', 'comment_request', 'rating_band', 'rating_scale', 'criterion', 'criteria_set']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION comment_form_is_immutable()`);
  }
}
