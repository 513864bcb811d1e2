import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { inKeyOrder } from '@twoway/persistence';
import { OrganizationUnit } from './organization-unit.entity.js';

export interface OrganizationLoaders {
  byId: DataLoader<string, OrganizationUnit | null>;
}

/** Per-request loaders for the local copy of the organisation tree. */
export function createOrganizationLoaders(dataSource: DataSource): OrganizationLoaders {
  const units = dataSource.getRepository(OrganizationUnit);
  return {
    byId: new DataLoader(async (ids) => inKeyOrder(ids, await units.findBy({ id: In([...ids]) }), (u) => u.id)),
  };
}
