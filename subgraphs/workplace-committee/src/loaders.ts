import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '@twoway/persistence';
import { Member } from './entities/member.entity.js';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';
import type { WorkplaceLoaders } from './context.js';
import type { OrganizationLoaders } from '@twoway/org-tree';
import { ChangeNotice, MemberChange, ResidenceLeavingNotice } from './entities/change-notice.entity.js';
import { createHistoryLoader, createStatisticsLoader } from '@twoway/subgraph-runtime';

/** One set per request: every entity reference and list field goes through a loader. */
export function createLoaders(dataSource: DataSource, organizations: OrganizationLoaders): WorkplaceLoaders {
  const members = dataSource.getRepository(Member);
  const letters = dataSource.getRepository(IntroductionLetter);
  return {
    memberById: new DataLoader(async (ids) => inKeyOrder(ids, await members.findBy({ id: In([...ids]) }), (m) => m.id)),
    lettersByMember: new DataLoader(async (memberIds) =>
      groupedInKeyOrder(
        memberIds,
        await letters.find({ where: { memberId: In([...memberIds]) }, order: { issuedOn: 'DESC', number: 'DESC' } }),
        (l) => l.memberId,
      ),
    ),
    letterById: new DataLoader(async (ids) => inKeyOrder(ids, await letters.findBy({ id: In([...ids]) }), (l) => l.id)),
    history: createHistoryLoader(dataSource),
    changesByMember: new DataLoader(async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(MemberChange).find({ where: { memberId: In([...ids]) }, order: { reportedOn: 'DESC' } }), (c) => c.memberId),
    ),
    changesByNotice: new DataLoader(async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(MemberChange).find({ where: { changeNoticeId: In([...ids]) }, order: { effectiveOn: 'ASC' } }), (c) => c.changeNoticeId!),
    ),
    noticeById: new DataLoader(async (ids) => inKeyOrder(ids, await dataSource.getRepository(ChangeNotice).findBy({ id: In([...ids]) }), (n) => n.id)),
    statistics: createStatisticsLoader(dataSource, organizations),
    leavingNoticesByMember: new DataLoader(async (ids) =>
      groupedInKeyOrder(ids, await dataSource.getRepository(ResidenceLeavingNotice).find({ where: { memberId: In([...ids]) }, order: { reportedOn: 'DESC' } }), (n) => n.memberId),
    ),
  };
}
