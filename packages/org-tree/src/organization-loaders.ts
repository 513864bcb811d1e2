import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { inKeyOrder } from '@twoway/persistence';
import { resolveScopes } from './scope.js';
import { OrganizationUnit } from './organization-unit.entity.js';
import { inForceOn } from './in-force.js';

export interface OrganizationLoaders {
  byId: DataLoader<string, OrganizationUnit | null>;
  /** Keyed by `parentId|asOf`: the children in force on that day. */
  childrenOn: DataLoader<string, OrganizationUnit[]>;
  /** Keyed by a node's path: the ids its subtree queries cover (see resolveScopes). */
  scopeByPath: DataLoader<string, string[]>;
}

/** Per-request loaders for the local copy of the organisation tree. */
export function createOrganizationLoaders(dataSource: DataSource): OrganizationLoaders {
  const units = dataSource.getRepository(OrganizationUnit);
  return {
    byId: new DataLoader(async (ids) => inKeyOrder(ids, await units.findBy({ id: In([...ids]) }), (u) => u.id)),
    scopeByPath: new DataLoader((paths) => resolveScopes(dataSource, paths)),
    childrenOn: new DataLoader(async (keys) => {
      const parents = [...new Set(keys.map((key) => key.split('|')[0]!))];
      const children = await units.find({ where: { parentId: In(parents) }, order: { name: 'ASC' } });
      return keys.map((key) => {
        const [parentId, day] = key.split('|') as [string, string];
        return children.filter((child) => child.parentId === parentId && inForceOn(child, day));
      });
    }),
  };
}
