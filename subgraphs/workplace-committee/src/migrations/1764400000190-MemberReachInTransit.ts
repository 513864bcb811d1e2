import { memberReachReplaced, type MemberReachDefinition } from '@twoway/subgraph-runtime';
import { WORKPLACE_MEMBER_REACH } from './1764400000170-MemberReach.js';

/**
 * The member reach of MemberReach1764400000170, plus the receiving
 * organisation of a transfer not yet taken in: it must read the member it is
 * asked to take in. Replaces the projection (drop, then create with the new
 * definition: the rows are rebuilt from the records).
 */
export const WORKPLACE_MEMBER_REACH_IN_TRANSIT: MemberReachDefinition = {
  rows: `${WORKPLACE_MEMBER_REACH.rows}
    UNION ALL SELECT t.member_id, t.to_organization_id FROM member_transfer t WHERE t.status = 'SENT'`,
  sources: [...WORKPLACE_MEMBER_REACH.sources, { table: 'member_transfer', affected: 'SELECT member_id FROM changed' }],
};

export const MemberReachInTransit1764400000190 = memberReachReplaced('MemberReachInTransit1764400000190', WORKPLACE_MEMBER_REACH, WORKPLACE_MEMBER_REACH_IN_TRANSIT);
