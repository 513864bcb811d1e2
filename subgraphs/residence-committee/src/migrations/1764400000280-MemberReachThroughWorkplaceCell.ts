import { memberReachReplaced, type MemberReachDefinition } from '@twoway/subgraph-runtime';
import { RESIDENCE_MEMBER_REACH } from './1764400000260-MemberReach.js';

/**
 * The reach of 260, and the member's workplace cell as the workplace last
 * reported it: a workplace committee bound to a workplace cell reaches its own
 * members' registrations (its requests for comments ask the wards they live in).
 */
export const RESIDENCE_MEMBER_REACH_WITH_CELL: MemberReachDefinition = {
  rows: `${RESIDENCE_MEMBER_REACH.rows}
    UNION ALL SELECT s.member_id, s.workplace_cell_id FROM member_standing s`,
  sources: RESIDENCE_MEMBER_REACH.sources,
};

export const MemberReachThroughWorkplaceCell1764400000280 = memberReachReplaced('MemberReachThroughWorkplaceCell1764400000280', RESIDENCE_MEMBER_REACH, RESIDENCE_MEMBER_REACH_WITH_CELL);
