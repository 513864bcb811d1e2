import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@twoway/platform';
import { dashboardRoutes, loadDashboardClient, type DashboardOptions } from './dashboard.js';
import { operationHash } from './partners/registry.js';

describe("the dashboard's registration", () => {
  // Inside the checkout, like jest's cache: a test run leaves nothing in the machine's temp folder.
  const cache = new URL('../../node_modules/.cache/', import.meta.url).pathname;
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(path.join(cache, 'dashboard-registration-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const register = (documents: Record<string, string>) => {
    writeFileSync(path.join(folder, 'documents.json'), JSON.stringify(documents));
    writeFileSync(path.join(folder, 'dashboard.json'), JSON.stringify({ clientName: 'dashboard', name: 'Bảng điều hành', persistedDocuments: 'documents.json' }));
    return path.join(folder, 'dashboard.json');
  };

  it('allows each document of the committed manifest by the SHA-256 of its text', () => {
    const client = loadDashboardClient();
    expect(client.clientName).toBe('dashboard');
    expect(client.operations.size).toBeGreaterThan(5);
    for (const [hash, text] of client.operations) expect(operationHash(text)).toBe(hash);
    expect([...client.operations.values()].some((text) => text.startsWith('query NodeFigures('))).toBe(true);
  });

  it('refuses to start on a manifest whose key is not the hash of its text (an edited document not generated again)', () => {
    const text = 'query A { provinces { id } }';
    expect(loadDashboardClient(register({ [`sha256:${operationHash(text)}`]: text })).operations.get(operationHash(text))).toBe(text);
    expect(() => loadDashboardClient(register({ [`sha256:${operationHash(text)}`]: `${text} ` }))).toThrow(/is not the SHA-256 of its document/);
  });
});

describe("the dashboard's development sign-in", () => {
  it('signs a token for a caller on this machine only, never for another host on the network', async () => {
    const signer = { sign: async () => 'eyJ.development.token' } as unknown as Awaited<ReturnType<NonNullable<DashboardOptions['devTokenSigner']>>>;
    const app = express();
    dashboardRoutes(app, { production: false, devTokenSigner: async () => signer, logger: createLogger('test', 'silent') });
    const server = app.listen(0, '0.0.0.0');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const external = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const signIn = (host: string) => fetch(`http://${host}:${port}/dashboard/dev-token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'ADMINISTRATOR', org: '2b4c6f57-3c4d-5e6f-8a9b-0c1d2e3f4a5b' }),
    });
    try {
      const local = await signIn('127.0.0.1');
      expect([local.status, await local.json()]).toEqual([200, { token: 'eyJ.development.token' }]);
      expect(external).toBeDefined();
      const remote = await signIn(external!);
      expect(remote.status).toBe(403);
      expect(await remote.text()).not.toMatch(/eyJ/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
