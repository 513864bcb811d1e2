import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { WorkplaceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { createHistoryLoader, createStatisticsLoader, listPagesLoader, readableById, readableByMember, readableByNode, type Access } from '@twoway/subgraph-runtime';
import { findMembers } from './repositories/member.repository.js';
import { findLetters, lettersOfMembersQuery } from './repositories/introduction-letter.repository.js';
import { findChangeNotices, findChangesOfMembers, findChangesOfNotices, findLeavingNotices, findLeavingNoticesOfMembers } from './repositories/change-notice.repository.js';
import { findTransfers, findTransfersOfMembers } from './repositories/member-transfer.repository.js';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): WorkplaceLoaders {
  const notices = (ids: readonly string[]) => findChangeNotices(dataSource, ids);
  const members = (ids: readonly string[]) => findMembers(dataSource, ids);
  return {
    memberById: readableById(access, members, (m) => m.id),
    memberNamed: new DataLoader(members),
    // A member the principal may not read has no letters to page through, and they are never read.
    letterPagesByMember: listPagesLoader(dataSource, lettersOfMembersQuery, async (memberIds) => (await access.readable.loadMany(memberIds)).map((allowed) => allowed === true)),
    letterById: readableById(access, (ids) => findLetters(dataSource, ids), (l) => l.memberId),
    history: createHistoryLoader(dataSource),
    changesByMember: readableByMember(access, (ids) => findChangesOfMembers(dataSource, ids)),
    changesByNotice: new DataLoader((ids) => findChangesOfNotices(dataSource, ids)),
    noticeById: readableByNode(access, organizations, notices, (n) => [n.wardId, n.workplaceOrganizationId]),
    noticeReached: new DataLoader(notices),
    statistics: createStatisticsLoader(dataSource, organizations),
    leavingNoticesByMember: readableByMember(access, (ids) => findLeavingNoticesOfMembers(dataSource, ids)),
    leavingNoticeById: readableById(access, (ids) => findLeavingNotices(dataSource, ids), (n) => n.memberId),
    transferReached: new DataLoader((ids) => findTransfers(dataSource, ids)),
    transferById: readableById(access, (ids) => findTransfers(dataSource, ids), (t) => t.memberId),
    transfersByMember: readableByMember(access, (ids) => findTransfersOfMembers(dataSource, ids)),
  };
}
