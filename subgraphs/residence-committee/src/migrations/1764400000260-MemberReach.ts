import { createMemberReach, dropMemberReach, migrationOf, type MemberReachDefinition } from '@twoway/subgraph-runtime';

/**
 * A member is reached through the ward and cell of their open registration,
 * the ward that received (or returned) a letter introducing them, and
 * their workplace organisation as the workplace last reported it (member_standing).
 */
export const RESIDENCE_MEMBER_REACH: MemberReachDefinition = {
  rows: `
    SELECT g.member_id, g.ward_id AS node_id FROM residence_registration g WHERE g.status <> 'ENDED'
    UNION ALL SELECT g.member_id, g.cell_id FROM residence_registration g WHERE g.status <> 'ENDED'
    UNION ALL SELECT r.member_id, r.ward_id FROM letter_receipt r
    UNION ALL SELECT s.member_id, s.workplace_organization_id FROM member_standing s`,
  sources: [
    { table: 'residence_registration', affected: 'SELECT member_id FROM changed' },
    { table: 'letter_receipt', affected: 'SELECT member_id FROM changed' },
    { table: 'member_standing', affected: 'SELECT member_id FROM changed' },
  ],
};

export const MemberReach1764400000260 = migrationOf('MemberReach1764400000260', {
  up: (queryRunner) => createMemberReach(queryRunner, RESIDENCE_MEMBER_REACH),
  down: (queryRunner) => dropMemberReach(queryRunner, RESIDENCE_MEMBER_REACH),
});
