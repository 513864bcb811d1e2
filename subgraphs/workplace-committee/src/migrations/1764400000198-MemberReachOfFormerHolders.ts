import { memberReachReplaced, type MemberReachDefinition } from '@twoway/subgraph-runtime';
import { WORKPLACE_MEMBER_REACH_IN_TRANSIT } from './1764400000190-MemberReachInTransit.js';

/**
 * The reach of 190, and the residence committees that held the member: the
 * ward and the residential cell of an ended letter they had received, as the
 * residence subgraph's reach keeps the ward that received a letter. Their
 * register names the member (a cell's registered members, ended ones
 * included): without this, a member who had moved away loaded with no name
 * from here, and the whole register failed (`Member.fullName` cannot be null).
 * What they read of the member's record is still bounded by their role's
 * field policy.
 */
export const WORKPLACE_MEMBER_REACH_OF_FORMER_HOLDERS: MemberReachDefinition = {
  rows: `${WORKPLACE_MEMBER_REACH_IN_TRANSIT.rows}
    UNION ALL SELECT l.member_id, l.to_ward_id FROM introduction_letter l WHERE l.status = 'ENDED' AND l.received_on IS NOT NULL
    UNION ALL SELECT l.member_id, l.to_cell_id FROM introduction_letter l WHERE l.status = 'ENDED' AND l.received_on IS NOT NULL`,
  sources: WORKPLACE_MEMBER_REACH_IN_TRANSIT.sources,
};

export const MemberReachOfFormerHolders1764400000198 = memberReachReplaced('MemberReachOfFormerHolders1764400000198', WORKPLACE_MEMBER_REACH_IN_TRANSIT, WORKPLACE_MEMBER_REACH_OF_FORMER_HOLDERS);
