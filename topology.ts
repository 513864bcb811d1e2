/**
 * The services of the federation: their names, folders, ports and the environment variables that wire them,
 * and which subgraph keeps which kind of organisation node. The one place that names them. Read by the
 * gateway (which variable overrides a subgraph's URL), by each subgraph's entry point (its port, its database
 * variable, where it delivers events), by the keepers' tree mutations and every subgraph's demo data (who keeps
 * which node), by composing the supergraph (each subgraph's schema), by the scripts (`npm start`, the bench,
 * the generator) and by the tests, and checked against docker-compose.yml and docker/create-databases.sql
 * (test/src/unit/topology.test.ts).
 *
 * A TypeScript constant rather than JSON: every reader is TypeScript, the names are literal types (a typo in
 * `subgraphEntry('evaluaton')` fails the type check, not a start-up), and there is nothing to parse or validate.
 */
import { fileURLToPath } from 'node:url';

/** The checkout's root (the image's /app): a service's folder is relative to it. */
export const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** The gateway: the only service clients reach. */
export const GATEWAY = { name: 'gateway', folder: 'gateway', port: 4000 } as const;

/**
 * The subgraphs, in the order they start. `urlVariable` overrides where the others reach it (default
 * http://localhost:<port>/graphql), `databaseVariable` holds its own database's URL, `readDatabaseVariable`
 * the URLs of that database's streaming replicas its queries may read (optional, comma-separated;
 * docs/scaling.md), `database` names that database where `npm start` and docker compose create it.
 */
export const SUBGRAPHS = [
  { name: 'workplace-committee', folder: 'subgraphs/workplace-committee', port: 4001, urlVariable: 'WORKPLACE_COMMITTEE_URL', databaseVariable: 'WORKPLACE_DATABASE_URL', readDatabaseVariable: 'WORKPLACE_READ_DATABASE_URLS', database: 'workplace_committee' },
  { name: 'residence-committee', folder: 'subgraphs/residence-committee', port: 4002, urlVariable: 'RESIDENCE_COMMITTEE_URL', databaseVariable: 'RESIDENCE_DATABASE_URL', readDatabaseVariable: 'RESIDENCE_READ_DATABASE_URLS', database: 'residence_committee' },
  { name: 'evaluation', folder: 'subgraphs/evaluation', port: 4003, urlVariable: 'EVALUATION_URL', databaseVariable: 'EVALUATION_DATABASE_URL', readDatabaseVariable: 'EVALUATION_READ_DATABASE_URLS', database: 'evaluation' },
] as const;

export type SubgraphService = (typeof SUBGRAPHS)[number];
export type SubgraphName = SubgraphService['name'];
export type DatabaseVariable = SubgraphService['databaseVariable'];

/** Every service's process runs `<folder>/src/index.ts`. */
export const entryOf = (service: { folder: string }): string => `${service.folder}/src/index.ts`;

/** Where a service answers GraphQL on one machine (`npm start`, and the URLs composed into the supergraph). */
export const localUrl = (service: { port: number }): string => `http://localhost:${service.port}/graphql`;

export function subgraphService(name: SubgraphName): SubgraphService {
  return SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
}

/** What a subgraph's process needs to know of the topology (`runSubgraph`'s options): nothing else names a service for it. */
export function subgraphEntry(name: SubgraphName) {
  const self = subgraphService(name);
  return {
    databaseUrlVariable: self.databaseVariable,
    readDatabaseUrlsVariable: self.readDatabaseVariable,
    defaultPort: self.port,
    defaultGatewayUrl: localUrl(GATEWAY),
    eventTargets: SUBGRAPHS.map((target) => ({ name: target.name, urlVariable: target.urlVariable, defaultUrl: localUrl(target) })),
  };
}

/**
 * Who keeps (writes) each kind of node of the organisation tree: the residence committee the territorial
 * branch, the workplace committee the workplace branch. Every other subgraph holds a read-only copy, kept
 * by the keeper's OrganizationUnitChanged events (docs/architecture.md, "The organisation tree"). The shared
 * packages are told it (org-tree's TreeKeepers, the runtime's TreeKeeping, which check it where it is passed)
 * and name no subgraph themselves. This file imports nothing, so the gateway reads it without them.
 */
export const TREE_KEEPERS = {
  PROVINCE: 'residence-committee',
  DISTRICT: 'residence-committee',
  WARD: 'residence-committee',
  RESIDENTIAL_CELL: 'residence-committee',
  BLOC: 'workplace-committee',
  AGENCY: 'workplace-committee',
  WORKPLACE_CELL: 'workplace-committee',
} as const satisfies Record<string, SubgraphName>;

export type TreeKeeper = (typeof TREE_KEEPERS)[keyof typeof TREE_KEEPERS];

/** What a keeper's tree mutations need (the runtime's TreeKeeping): who keeps which kind, and where the copies are (every other subgraph). */
export function treeKeeping(keeper: TreeKeeper) {
  return { keeper, keepers: TREE_KEEPERS, copiesIn: SUBGRAPHS.map((subgraph) => subgraph.name).filter((name) => name !== keeper) };
}
