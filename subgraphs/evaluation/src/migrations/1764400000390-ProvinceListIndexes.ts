import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue-request list of a province (issue 15) reads only the requests
 * not returned (its candidates), from an index that covers the columns the
 * list reads: an index-only scan instead of every request. As of a past day,
 * the requests returned after it come from the second index.
 */
export class ProvinceListIndexes1764400000390 implements MigrationInterface {
  name = 'ProvinceListIndexes1764400000390';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX comment_request_unreturned_idx ON comment_request (due_on) INCLUDE (id, requested_on, workplace_organization_id, workplace_cell_id, ward_id, cell_id) WHERE returned_on IS NULL AND status NOT IN ('WAIVED', 'CANCELLED')`);
    await queryRunner.query(`CREATE INDEX comment_request_returned_on_idx ON comment_request (returned_on) WHERE status NOT IN ('WAIVED', 'CANCELLED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX comment_request_returned_on_idx`);
    await queryRunner.query(`DROP INDEX comment_request_unreturned_idx`);
  }
}
