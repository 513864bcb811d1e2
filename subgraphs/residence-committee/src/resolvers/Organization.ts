import { ErrorCode, MAX_PAGE_SIZE, codedError, isKeysetKey, readPage, today } from '@twoway/platform';
import { keysetPage } from '@twoway/persistence';
import { disagreementOf, keysetConnection } from '@twoway/subgraph-runtime';
import { absentFromLastTwoMeetingsQuery, residenceDisagreementsQuery } from '../repositories/oversight.repository.js';
import { inScope } from '@twoway/org-tree';
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { Meeting } from '../entities/meeting.entity.js';
import { registrationsInScopeQuery } from '../repositories/residence-registration.repository.js';

export const Organization: OrganizationResolvers = {
  registeredMembers: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, registrationsInScopeQuery(await ctx.organizations.scopeByPath.load(unit.path), args.status), page);
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.registrationById.load(row.id))! }));
  },
  meetings: async (unit, args, ctx) => {
    if (args.from > args.to) throw codedError(ErrorCode.BAD_USER_INPUT, '"from" must not be after "to"', { argument: 'from' });
    const meetings = await ctx.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where(inScope('m.organization_id', ':scope'), { scope: await ctx.organizations.scopeByPath.load(unit.path) })
      .andWhere('m.held_on BETWEEN :from AND :to', { from: args.from, to: args.to })
      .orderBy('m.held_on', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(MAX_PAGE_SIZE)
      .getMany();
    for (const meeting of meetings) ctx.loaders.meetingById.prime(meeting.id, meeting);
    return meetings;
  },
  absentFromLastTwoSemiAnnualMeetings: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, absentFromLastTwoMeetingsQuery(await ctx.organizations.scopeByPath.load(unit.path), args.asOf ?? today(ctx.clock)), page, args.order ?? 'ASC');
    return keysetConnection(rows, page.limit, async (row) => ({ node: (await ctx.loaders.registrationById.load(row.id))! }));
  },
  residenceDisagreements: async (unit, args, ctx) => {
    const page = readPage(args, isKeysetKey);
    const rows = await keysetPage(ctx.dataSource, residenceDisagreementsQuery(await ctx.organizations.scopeByPath.load(unit.path), args.kind ?? null), page);
    return keysetConnection(rows, page.limit, (row) => ({ node: disagreementOf(row) }));
  },
};
