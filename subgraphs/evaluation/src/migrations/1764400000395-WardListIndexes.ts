import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue-request list of a ward (issue 15): migration 390's index is led
 * by the due day, so a ward read every unreturned request of the country and
 * kept its own (30 ms at a million members). One index per column a request
 * is scoped by, each led by it and covering what the list reads: a small scope
 * reads its own entries (overdueRequestsQuery asks each column in turn).
 */
export class WardListIndexes1764400000395 implements MigrationInterface {
  name = 'WardListIndexes1764400000395';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of SCOPE_COLUMNS) {
      await queryRunner.query(`CREATE INDEX comment_request_unreturned_by_${column}_idx ON comment_request (${column}, due_on) INCLUDE (id, requested_on, workplace_organization_id, workplace_cell_id, ward_id, cell_id) WHERE returned_on IS NULL AND status NOT IN ('WAIVED', 'CANCELLED')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of SCOPE_COLUMNS) await queryRunner.query(`DROP INDEX comment_request_unreturned_by_${column}_idx`);
  }
}

const SCOPE_COLUMNS = ['workplace_cell_id', 'cell_id', 'ward_id'] as const;
