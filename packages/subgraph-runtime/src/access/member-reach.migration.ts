import type { QueryRunner } from 'typeorm';
import { createProjection, dropProjection, type ProjectionSource } from '../projections/projection.migration.js';
import { migrationOf } from '../projections/migration-of.js';

/**
 * `member_reach`: the nodes through which each member's records are read, one
 * row per member and node: their workplace node(s) and their residence
 * node(s), as this subgraph knows them. A principal reads a member's records
 * when one of these nodes lies in its own subtree; the check is one indexed
 * statement per request (see createAccess). Kept with the records as a
 * projection (see createProjection).
 */
export interface MemberReachDefinition {
  /** A SELECT of (member_id uuid, node_id uuid) rows. */
  rows: string;
  sources: ProjectionSource[];
}

export async function createMemberReach(queryRunner: QueryRunner, definition: MemberReachDefinition): Promise<void> {
  await queryRunner.query(`CREATE TABLE member_reach (member_id uuid NOT NULL, node_id uuid NOT NULL)`);
  await queryRunner.query(`CREATE INDEX member_reach_member_idx ON member_reach (member_id, node_id)`);
  await createProjection(queryRunner, {
    table: 'member_reach',
    key: 'member_id',
    columns: ['member_id', 'node_id'],
    rows: `SELECT DISTINCT member_id, node_id FROM (${definition.rows}) reach WHERE node_id IS NOT NULL`,
    sources: definition.sources,
  });
}

export async function dropMemberReach(queryRunner: QueryRunner, definition: Pick<MemberReachDefinition, 'sources'>): Promise<void> {
  await dropProjection(queryRunner, { table: 'member_reach', sources: definition.sources });
  await queryRunner.query(`DROP TABLE member_reach`);
}

/** A migration that replaces the reach `before` with `after` (its rows rebuilt from the records), and back on down. */
export function memberReachReplaced(name: string, before: MemberReachDefinition, after: MemberReachDefinition) {
  return migrationOf(name, {
    up: async (queryRunner) => {
      await dropMemberReach(queryRunner, before);
      await createMemberReach(queryRunner, after);
    },
    down: async (queryRunner) => {
      await dropMemberReach(queryRunner, after);
      await createMemberReach(queryRunner, before);
    },
  });
}
