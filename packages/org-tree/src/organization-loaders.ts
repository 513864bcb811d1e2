import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { inKeyOrder, prepared, queryEntities, anyOfKeys } from '@twoway/persistence';
import { resolveScopes, type Scope } from './scope.js';
import { OrganizationUnit } from './organization-unit.entity.js';
import { inForceOn } from './in-force.js';

export interface OrganizationLoaders {
  byId: DataLoader<string, OrganizationUnit | null>;
  /** Keyed by `parentId|asOf`: the children in force on that day. */
  childrenOn: DataLoader<string, OrganizationUnit[]>;
  /** Keyed by a node's path: the scope its subtree queries cover (see Scope). */
  scopeByPath: DataLoader<string, Scope>;
}

/**
 * Every column of a node's row, named and typed as the entity has it (dates as 'YYYY-MM-DD' text, as TypeORM
 * gives a `date` column), in the entity's order; one statement text whatever the number of ids. Hand-written
 * rather than a repository's `findBy`: every request reads nodes, and building TypeORM's query and mapping its
 * rows was most of this read's CPU in the benchmark's profile (hand-written-reads.int.test.ts compares the rows
 * with TypeORM's).
 */
const UNITS_BY_ID = prepared(`SELECT id, parent_id AS "parentId", kind, name, path, depth, valid_from::text AS "validFrom", valid_to::text AS "validTo",
  successor_id AS "successorId", owner, version FROM organization_unit WHERE id = ${anyOfKeys('$1')}`);

/** Nodes by id, in the order asked; null for an id not found. */
export async function findOrganizationUnits(dataSource: DataSource, ids: readonly string[]): Promise<(OrganizationUnit | null)[]> {
  return inKeyOrder(ids, await queryEntities(dataSource, OrganizationUnit, UNITS_BY_ID, [ids]), (u) => u.id);
}

/** Per-request loaders for the local copy of the organisation tree. */
export function createOrganizationLoaders(dataSource: DataSource): OrganizationLoaders {
  return {
    byId: new DataLoader((ids) => findOrganizationUnits(dataSource, ids)),
    scopeByPath: new DataLoader((paths) => resolveScopes(dataSource, paths)),
    childrenOn: new DataLoader(async (keys) => {
      const parents = [...new Set(keys.map((key) => key.split('|')[0]!))];
      const children = await dataSource.getRepository(OrganizationUnit).find({ where: { parentId: In(parents) }, order: { name: 'ASC' } });
      return keys.map((key) => {
        const [parentId, day] = key.split('|') as [string, string];
        return children.filter((child) => child.parentId === parentId && inForceOn(child, day));
      });
    }),
  };
}
