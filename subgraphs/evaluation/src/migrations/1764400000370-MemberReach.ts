import { createMemberReach, dropMemberReach, migrationOf, type MemberReachDefinition } from '@twoway/subgraph-runtime';

/**
 * A member is reached through the two sides of their comment requests (the
 * asking workplace cell and organisation; the ward and cell asked) and the
 * workplace cell of their reviews: who asked, who answered, who rated.
 */
export const EVALUATION_MEMBER_REACH: MemberReachDefinition = {
  rows: `
    SELECT r.member_id, n.node_id FROM comment_request r
    CROSS JOIN LATERAL (VALUES (r.workplace_cell_id), (r.workplace_organization_id), (r.ward_id), (r.cell_id)) n(node_id)
    WHERE r.status <> 'CANCELLED'
    UNION ALL SELECT v.member_id, v.workplace_cell_id FROM annual_review v`,
  sources: [
    { table: 'comment_request', affected: 'SELECT member_id FROM changed' },
    { table: 'annual_review', affected: 'SELECT member_id FROM changed' },
  ],
};

export const MemberReach1764400000370 = migrationOf('MemberReach1764400000370', {
  up: (queryRunner) => createMemberReach(queryRunner, EVALUATION_MEMBER_REACH),
  down: (queryRunner) => dropMemberReach(queryRunner, EVALUATION_MEMBER_REACH),
});
