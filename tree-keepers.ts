/**
 * Who keeps (writes) each kind of node of the organisation tree: the residence committee the territorial
 * branch, the workplace committee the workplace branch. Every other subgraph holds a read-only copy, kept
 * by the keeper's OrganizationUnitChanged events (docs/architecture.md, "The organisation tree").
 * Configuration of the federation next to topology.ts, which names the services: the shared packages are
 * told it (org-tree's TreeKeepers, the runtime's TreeKeeping) and name no subgraph themselves. Read by the
 * keepers' tree mutations, by every subgraph's demo data and by the generator.
 */
import type { OrganizationKind, TreeKeepers } from '@twoway/org-tree';
import type { TreeKeeping } from '@twoway/subgraph-runtime';
import { SUBGRAPHS, type SubgraphName } from './topology.js';

export const TREE_KEEPERS = {
  PROVINCE: 'residence-committee',
  DISTRICT: 'residence-committee',
  WARD: 'residence-committee',
  RESIDENTIAL_CELL: 'residence-committee',
  BLOC: 'workplace-committee',
  AGENCY: 'workplace-committee',
  WORKPLACE_CELL: 'workplace-committee',
} as const satisfies Record<OrganizationKind, SubgraphName> & TreeKeepers;

/** What a keeper's tree mutations need: who keeps which kind, and where the copies are (every other subgraph). */
export function treeKeeping(keeper: (typeof TREE_KEEPERS)[OrganizationKind]): TreeKeeping {
  return { keeper, keepers: TREE_KEEPERS, copiesIn: SUBGRAPHS.map((subgraph) => subgraph.name).filter((name) => name !== keeper) };
}
