import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { SUBGRAPHS } from '@twoway/gateway/subgraphs';

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the
 * code instead: the variables each service reads, its entry point, its port.
 */
interface Service {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const databaseVariable: Record<string, string> = {
  'workplace-committee': 'WORKPLACE_DATABASE_URL',
  'residence-committee': 'RESIDENCE_DATABASE_URL',
  evaluation: 'EVALUATION_DATABASE_URL',
};

describe('docker-compose.yml', () => {
  it('runs PostgreSQL with a healthcheck and creates the three databases', () => {
    expect(compose.services.postgres!.healthcheck?.test.join(' ')).toContain('pg_isready');
    const init = readFileSync(new URL('../../../docker/create-databases.sql', import.meta.url), 'utf8');
    for (const variable of Object.values(databaseVariable)) {
      const database = new URL(compose.services[Object.keys(databaseVariable).find((k) => databaseVariable[k] === variable)!]!.environment![variable]!).pathname.slice(1);
      expect(init).toContain(`CREATE DATABASE ${database};`);
    }
  });

  it('gives every service the public keys to verify tokens with', () => {
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway']) {
      const service = compose.services[name] as Service & { volumes?: string[] };
      const file = service.environment?.AUTH_JWKS_FILE;
      expect(file).toBeTruthy();
      expect(service.volumes?.some((volume) => volume.split(':')[1] === file)).toBe(true);
    }
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('runs the %s subgraph from its entry point with its own database', (name, subgraph) => {
    const service = compose.services[name]!;
    expect(service.command?.at(-1)).toBe(`subgraphs/${name}/src/index.ts`);
    const entry = readFileSync(new URL(`../../../subgraphs/${name}/src/index.ts`, import.meta.url), 'utf8');
    expect(entry).toContain(databaseVariable[name]);
    expect(service.environment?.[databaseVariable[name]!]).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    const port = new URL(subgraph.defaultUrl).port;
    expect(service.environment?.PORT).toBe(port);
    expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(service.healthcheck?.test.join(' ')).toContain(`${port}/health/ready`);
    // The gateway reaches it by service name on the same port.
    expect(compose.services.gateway!.environment?.[subgraph.urlVariable]).toBe(`http://${name}:${port}/graphql`);
    expect(compose.services.gateway!.depends_on?.[name]?.condition).toBe('service_healthy');
  });

  it('publishes the gateway alone, and gives it Redis for partner rate limits and the partner registry', () => {
    const services = compose.services as Record<string, Service & { ports?: string[] }>;
    expect(Object.entries(services).filter(([, s]) => s.ports?.length).map(([name]) => name)).toEqual(['gateway']);
    const gateway = services.gateway!;
    expect(new URL(gateway.environment!.REDIS_URL!).hostname).toBe('redis');
    expect(gateway.depends_on?.redis?.condition).toBe('service_healthy');
    expect(services.redis?.healthcheck?.test.join(' ')).toContain('ping');
    const entry = readFileSync(new URL('../../../gateway/src/index.ts', import.meta.url), 'utf8');
    for (const variable of ['REDIS_URL', 'PARTNERS_FILE']) expect(entry).toContain(variable);
    expect(gateway.environment!.PARTNERS_FILE).toBe('/app/gateway/partners/partners.json');
  });

  it('builds an image that installs every workspace (each package.json copied before npm ci)', () => {
    const dockerfile = readFileSync(new URL('../../../Dockerfile', import.meta.url), 'utf8');
    const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { workspaces: string[] };
    const workspaces = root.workspaces.flatMap((pattern) => pattern.endsWith('/*')
      ? readdirSync(new URL(`../../../${pattern.slice(0, -2)}`, import.meta.url)).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern]).filter((dir) => existsSync(new URL(`../../../${dir}/package.json`, import.meta.url)));
    expect(workspaces.length).toBeGreaterThan(8);
    const install = dockerfile.indexOf('npm ci');
    for (const dir of workspaces) expect({ dir, copied: dockerfile.indexOf(`COPY ${dir}/package.json ${dir}/`) >= 0 && dockerfile.indexOf(`COPY ${dir}/package.json`) < install }).toEqual({ dir, copied: true });
  });
});
