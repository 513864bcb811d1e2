import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { Member } from './entities/member.entity.js';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';
import type { WorkplaceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './entities/change-notice.entity.js';
import { createHistoryLoader, createStatisticsLoader, readableById, readableByMember, readableByNode, type Access } from '@twoway/subgraph-runtime';

/**
 * One set per request: every entity reference and list field goes through a
 * loader, and every member's records through the principal's access (a record
 * of a member it may not read loads as null, a list as empty).
 */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders, access: Access): WorkplaceLoaders {
  const members = dataSource.getRepository(Member);
  const letters = dataSource.getRepository(IntroductionLetter);
  return {
    memberById: readableById(access, async (ids) => inKeyOrder(ids, await members.findBy({ id: In([...ids]) }), (m) => m.id), (m) => m.id),
    lettersByMember: readableByMember(access, async (memberIds) =>
      groupedInKeyOrder(
        memberIds,
        await letters.find({ where: { memberId: In([...memberIds]) }, order: { issuedOn: 'DESC', number: 'DESC' } }),
        (l) => l.memberId,
      ),
    ),
    letterById: readableById(access, async (ids) => inKeyOrder(ids, await letters.findBy({ id: In([...ids]) }), (l) => l.id), (l) => l.memberId),
    history: createHistoryLoader(dataSource),
    changesByMember: readableByMember(access, async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(MemberChange).find({ where: { memberId: In([...ids]) }, order: { reportedOn: 'DESC' } }), (c) => c.memberId),
    ),
    changesByNotice: new DataLoader(async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(MemberChange).find({ where: { changeNoticeId: In([...ids]) }, order: { effectiveOn: 'ASC' } }), (c) => c.changeNoticeId!),
    ),
    noticeById: readableByNode(access, organizations, async (ids) => inKeyOrder(ids, await dataSource.getRepository(ChangeNotice).findBy({ id: In([...ids]) }), (n) => n.id), (n) => [n.wardId, n.workplaceOrganizationId]),
    statistics: createStatisticsLoader(dataSource, organizations),
    leavingNoticesByMember: readableByMember(access, async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(ResidenceLeavingNotice).find({ where: { memberId: In([...ids]) }, order: { reportedOn: 'DESC' } }), (n) => n.memberId),
    ),
  };
}
