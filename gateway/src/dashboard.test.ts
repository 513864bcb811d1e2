import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadDashboardClient } from './dashboard.js';
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
