import { createMemberReach, dropMemberReach, migrationOf, type MemberReachDefinition } from '@twoway/subgraph-runtime';

/**
 * A member is reached through their workplace cell, and through the ward and
 * cell of each introduction letter that is open or was returned (the ward that
 * returned a letter still answers for it); an ended letter reaches no one.
 * A ward told of a member's change, or that told the workplace the member
 * left, reaches the member too: it must see whom the notice is about.
 */
export const WORKPLACE_MEMBER_REACH: MemberReachDefinition = {
  rows: `
    SELECT m.id AS member_id, m.workplace_cell_id AS node_id FROM member m
    UNION ALL SELECT l.member_id, l.to_ward_id FROM introduction_letter l WHERE l.status <> 'ENDED'
    UNION ALL SELECT l.member_id, l.to_cell_id FROM introduction_letter l WHERE l.status <> 'ENDED'
    UNION ALL SELECT c.member_id, c.ward_id FROM member_change c
    UNION ALL SELECT n.member_id, n.ward_id FROM residence_leaving_notice n`,
  sources: [
    { table: 'member', affected: 'SELECT id FROM changed' },
    { table: 'introduction_letter', affected: 'SELECT member_id FROM changed' },
    { table: 'member_change', affected: 'SELECT member_id FROM changed' },
    { table: 'residence_leaving_notice', affected: 'SELECT member_id FROM changed' },
  ],
};

export const MemberReach1764400000170 = migrationOf('MemberReach1764400000170', {
  up: (queryRunner) => createMemberReach(queryRunner, WORKPLACE_MEMBER_REACH),
  down: (queryRunner) => dropMemberReach(queryRunner, WORKPLACE_MEMBER_REACH),
});
