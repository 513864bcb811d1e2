import { IsNull } from 'typeorm';
import { isUuid, requireUuid, today, type Clock } from '@twoway/platform';
import { pathIds, type OrganizationUnit } from './organization-unit.entity.js';
import type { OrganizationLoaders } from './organization-loaders.js';
import { inForceOn } from './in-force.js';
import { OrganizationUnit as OrganizationUnitEntity } from './organization-unit.entity.js';
import type { DataSource } from 'typeorm';

interface TreeContext {
  organizations: OrganizationLoaders;
  clock: Clock;
  dataSource: DataSource;
}

async function present(units: Promise<(OrganizationUnit | Error | null)[]>): Promise<OrganizationUnit[]> {
  return (await units).filter((u): u is OrganizationUnit => u !== null && !(u instanceof Error));
}

/**
 * Resolvers for the shared `Organization` fields, identical in every subgraph
 * because every subgraph answers them from its own copy of the tree.
 */
export const organizationResolvers = {
  Query: {
    organization: (_: unknown, args: { id: string }, ctx: TreeContext) =>
      ctx.organizations.byId.load(requireUuid(args.id)),
    provinces: async (_: unknown, args: { asOf?: string | null }, ctx: TreeContext) => {
      const day = args.asOf ?? today(ctx.clock);
      const roots = await ctx.dataSource.getRepository(OrganizationUnitEntity).find({ where: { parentId: IsNull() }, order: { name: 'ASC' } });
      return roots.filter((root) => inForceOn(root, day));
    },
  },
  Organization: {
    __resolveReference: (ref: { id: string }, ctx: TreeContext) =>
      isUuid(ref.id) ? ctx.organizations.byId.load(ref.id.toLowerCase()) : null,
    parent: (unit: OrganizationUnit, _: unknown, ctx: TreeContext) =>
      unit.parentId ? ctx.organizations.byId.load(unit.parentId) : null,
    successor: (unit: OrganizationUnit, _: unknown, ctx: TreeContext) =>
      unit.successorId ? ctx.organizations.byId.load(unit.successorId) : null,
    ancestors: (unit: OrganizationUnit, _: unknown, ctx: TreeContext) =>
      present(ctx.organizations.byId.loadMany(pathIds(unit.path).slice(0, -1))),
    children: (unit: OrganizationUnit, args: { asOf?: string | null }, ctx: TreeContext) =>
      ctx.organizations.childrenOn.load(`${unit.id}|${args.asOf ?? today(ctx.clock)}`),
    inForce: (unit: OrganizationUnit, args: { asOf?: string | null }, ctx: TreeContext) => inForceOn(unit, args.asOf ?? today(ctx.clock)),
    keptBy: (unit: OrganizationUnit) => unit.owner,
  },
};
