import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { RunningGateway } from '@twoway/gateway';
import { createLogger } from '@twoway/platform';
import { startTestGateway, type TestFederation } from '../../support/federation.js';

/** The browser the tests drive: Debian's chromium (.ci/run installs it), or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file)) ?? '/usr/bin/chromium';

/** Where the screenshots go (docs/dashboard.md shows them): overwritten by every run. */
export const SCREENSHOTS = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

/** The office screen the issue names. */
export const VIEWPORT = { width: 1366, height: 768 };

/**
 * A gateway over the test federation's subgraphs with the dashboard's development sign-in signing with the
 * test key (in `npm start` it is the .keys/ key): what the browser opens.
 */
export async function dashboardGateway(federation: TestFederation): Promise<RunningGateway> {
  return startTestGateway(federation.subgraphs, federation.auth, {
    logger: createLogger('gateway', process.env.LOG_LEVEL ?? 'silent'),
    dashboardDevTokenSigner: async () => federation.auth.signer,
  });
}

/**
 * Chromium, headless, in Vietnamese. Started without faketime's preload (`faketime -f '+1200d' npm test` sets
 * LD_PRELOAD for the whole process tree): the page takes its day from its address, never from the clock.
 */
export async function launchBrowser(): Promise<Browser> {
  const env = { ...process.env };
  delete env.LD_PRELOAD;
  delete env.FAKETIME;
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    env,
    defaultViewport: VIEWPORT,
    // As root in CI and containers Chromium's sandbox cannot start; the pages are our own.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=vi-VN', '--font-render-hinting=none'],
  });
}

/** A fresh folder for a browser context's downloads (createBrowserContext's downloadBehavior), and a wait for the next file there. */
export function downloadFolder(): { folder: string; next(extension: string, timeoutMs?: number): Promise<string>; remove(): void } {
  // Inside the checkout, like jest's cache: a test run leaves nothing in the machine's temp folder.
  const cache = fileURLToPath(new URL('../../../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(path.join(cache, 'dashboard-downloads-'));
  const seen = new Set<string>();
  return {
    folder,
    async next(extension, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const file = readdirSync(folder).find((name) => name.endsWith(extension) && !seen.has(name));
        if (file) {
          seen.add(file);
          return path.join(folder, file);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${extension} file downloaded into ${folder} within ${timeoutMs} ms`);
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The text of every cell of a table, row by row (the header row left out). */
export function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.$$eval(`[data-testid="${testId}"] tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
}

/** Reads a CSV the dashboard wrote (UTF-8 with a BOM, commas, quoted fields, CRLF) into rows of fields. */
export function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

/** Sets a form field's value as a user's typing or paste would (React listens for input events on it). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (element, text) => {
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set?.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** Waits until the element the selector finds contains the text. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(`document.querySelector(${JSON.stringify(selector)})?.textContent?.includes(${JSON.stringify(text)})`);
}

/** Waits until the element the selector finds starts with the text. */
export async function waitForTextStart(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(`document.querySelector(${JSON.stringify(selector)})?.textContent?.startsWith(${JSON.stringify(text)})`);
}
