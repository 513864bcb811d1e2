import type { GraphQLField, GraphQLNamedType } from 'graphql';
import { MAX_SERIES_PERIODS } from '@twoway/platform';

/**
 * How many items the page cost (page-cost.ts) counts for a list field that takes no `first`: about the most it
 * holds in the country's data, not the average, so that lists inside lists multiply as they would. Read from the
 * data's shape (docs/oversight.md) and the subgraphs' own bounds:
 * - the tree: 34 provinces today, 63 before the 2025 reform; a province's children up to about 210 (Hà Nội's 126
 *   wards and its ended districts); at most six levels above a cell;
 * - a residential cell has 50 to 400 members, so a meeting's attendance at most 400;
 * - a member's histories (reviews, requests, comments, changes) grow about a row a year, and two-way activity is
 *   recorded since Quy định 76-QĐ/TW (2007): 20 each;
 * - a series is at most 60 periods, the undelivered effects at most 100 (their resolvers' own limits).
 *
 * Two kinds are counted by rule, not listed: a connection's `edges` (the page its `first` asks for is already
 * counted at the connection) and a payload's `userErrors` (USER_ERRORS). A list of scalars or enums costs its
 * field alone whatever its size, so only lists of objects are listed. The gateway's tests check that every list of
 * objects in the API schema without `first` is here, and that nothing here is missing from the schema.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.provinces': 64,
  'Query.criteriaSets': 20,
  'Query.statisticsSeries': MAX_SERIES_PERIODS,
  'Query.evaluationUndeliveredEffects': 100,
  'Query.residenceCommitteeUndeliveredEffects': 100,
  'Query.workplaceCommitteeUndeliveredEffects': 100,
  'Organization.ancestors': 6,
  'Organization.children': 210,
  'Organization.overdueCommentRequestsByOrganization': 210,
  'OrganizationStatistics.children': 210,
  'Meeting.attendances': 400,
  'Member.annualReviews': 20,
  'Member.changes': 20,
  'Member.commentRequests': 20,
  'Member.leavingNotices': 20,
  'Member.residenceComments': 20,
  'Member.residenceRegistrations': 20,
  'Member.transfers': 20,
  'Member.upcomingMeetings': 20,
  'AttendanceRecord.entries': 24,
  'ChangeNotice.items': 10,
  'ChangeNoticeAcknowledgement.endedRegistrations': 10,
  'CommentRequestBatchPayload.commentRequests': 500,
  'CriteriaSet.criteria': 20,
  'Disagreement.relatedMembers': 10,
  'RatingScale.bands': 10,
  'ResidenceComment.assessments': 20,
};

/** The user errors of one mutation's answer: a few fields of its input at most. */
export const USER_ERRORS = 10;

/**
 * The size counted for a list field without `first` (see LIST_SIZES); `undefined` for one neither listed nor
 * counted by rule (the gateway's tests keep there being none in the API schema).
 */
export function listSizeOf(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number | undefined {
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return 1;
  if (field.name === 'userErrors') return USER_ERRORS;
  return LIST_SIZES[`${parent.name}.${field.name}`];
}
