import { MAX_PAGE_SIZE, isKeysetKey, readPage, today } from '@twoway/platform';
import { keysetPage } from '@twoway/persistence';
import { disagreementOf, keysetConnection, policyValue } from '@twoway/subgraph-runtime';
import { lostLettersQuery, workplaceDisagreementsQuery } from '../repositories/oversight.repository.js';
import { inScope } from '@twoway/org-tree';
import { ChangeNotice as ChangeNoticeEntity } from '../entities/change-notice.entity.js';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { workplaceMembersQuery } from '../repositories/member.repository.js';

export const Organization: OrganizationResolvers = {
  workplaceMembers: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, workplaceMembersQuery(await ctx.organizations.scopeByPath.load(unit.path)), page);
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.memberById.load(row.id))! }));
  },
  changeNotices: async (unit, args, ctx) => {
    const scope = await ctx.organizations.scopeByPath.load(unit.path);
    const query = ctx.dataSource
      .getRepository(ChangeNoticeEntity)
      .createQueryBuilder('n')
      .where(`(${inScope('n.ward_id', ':scope')} OR ${inScope('n.workplace_organization_id', ':scope')})`, { scope })
      .orderBy('n.sent_on', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .limit(MAX_PAGE_SIZE);
    if (args.status) query.andWhere('n.status = :status', { status: args.status });
    return query.getMany();
  },
  lostIntroductionLetters: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const asOf = args.asOf ?? today(ctx.clock);
    const days = await policyValue<number>(ctx.dataSource, 'ASSIGNMENT_DAYS', asOf);
    const rows = await keysetPage<{ stage: 'NOT_RECEIVED' | 'NOT_ASSIGNED' }>(
      ctx.dataSource, lostLettersQuery(await ctx.organizations.scopeByPath.load(unit.path), asOf, days, args.stage ?? null), page, args.order ?? 'ASC');
    return keysetConnection(rows, page.limit, async (row) => ({
      node: (await ctx.loaders.letterById.load(row.id))!,
      stage: row.stage,
      deadline: row.sortKey,
    }));
  },
  workplaceDisagreements: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, workplaceDisagreementsQuery(await ctx.organizations.scopeByPath.load(unit.path), args.kind ?? null), page);
    return keysetConnection(rows, page.limit, (row) => ({ node: disagreementOf(row) }));
  },
};
