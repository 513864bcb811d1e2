import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { organizationId } from '@twoway/demo-data';
import { postGraphQL, startTestFederation, type TestFederation } from '../support/federation.js';
import { withProductionGateway } from '../support/production-gateway.js';

/** Hosts of the CDNs browser IDEs load from (Apollo Sandbox, GraphiQL's examples); none may appear in what the gateway serves. */
const CDN = /unpkg\.com|jsdelivr|esm\.sh|cdnjs|skypack|fonts\.googleapis|fonts\.gstatic|apollographql\.com/;

/** Every URL a page makes the browser load: src and href attributes, imports in inline scripts, url() and @import in inline styles. */
function referencedUrls(html: string): string[] {
  const found = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
  for (const [, script] of html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    found.push(...[...script!.matchAll(/\bimport\s*(?:[\w*{}\s,]+\s*from\s*)?\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!));
  }
  for (const [, style] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    found.push(...[...style!.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2])!));
  }
  return found;
}

const expectedType = (url: URL) => (url.pathname.endsWith('.js') ? /^text\/javascript/ : url.pathname.endsWith('.css') ? /^text\/css/ : url.pathname.endsWith('.ico') ? /^image\// : /^$/);

/**
 * In development the gateway answers a browser at /graphql with GraphiQL, and
 * serves every file of it itself: the IDE works on a network without internet.
 */
describe('the GraphQL IDE', () => {
  let federation: TestFederation;
  let origin: string;
  let html: string;
  beforeAll(async () => {
    federation = await startTestFederation();
    origin = new URL(federation.gatewayUrl).origin;
    const page = await fetch(federation.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    html = await page.text();
  });
  afterAll(async () => {
    await federation?.close();
  });

  /** The page's files, and the files its own start-up script names (Monaco's workers), as URLs on the gateway. */
  async function ideFiles(): Promise<URL[]> {
    const files = referencedUrls(html).map((reference) => new URL(reference, federation.gatewayUrl));
    const start = files.find((url) => url.pathname.endsWith('/start.js'));
    expect(start).toBeDefined();
    const script = await (await fetch(start!)).text();
    const named = [...script.matchAll(/"(\/[^"]+\.js)"/g)].map((m) => new URL(m[1]!, federation.gatewayUrl));
    return [...files, ...named];
  }

  it('references no other host: every file of the page comes from the gateway', async () => {
    const files = await ideFiles();
    expect(files.map((url) => url.pathname)).toEqual(expect.arrayContaining([expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/), expect.stringMatching(/worker\.js$/)]));
    for (const url of files) expect(url.origin).toBe(origin);
    expect(html).not.toMatch(/(?:https?:)?\/\/[\w.-]+\.[a-z]{2,}/i);
    expect(html).not.toMatch(/sandbox/i);
  });

  it('serves each file itself, with its content type, and none of them loads from a CDN', async () => {
    const files = await ideFiles();
    for (const url of new Set(files.map(String))) {
      const response = await fetch(url);
      const body = await response.text();
      expect({ url, status: response.status, type: response.headers.get('content-type') ?? '' }).toEqual({ url, status: 200, type: expect.stringMatching(expectedType(new URL(url))) });
      expect(body.length).toBeGreaterThan(0);
      expect(body).not.toMatch(CDN);
    }
  });

  it('points GraphiQL at this gateway, with a place for the bearer token; its first query runs with one', async () => {
    const start = (await ideFiles()).find((url) => url.pathname.endsWith('/start.js'))!;
    const script = await (await fetch(start)).text();
    const options = JSON.parse(/renderYogaGraphiQL\([^,]+,\s*(\{.*\})\);/.exec(script)![1]!) as { endpoint: string; headers: string; defaultQuery: string; title: string };
    expect(new URL(options.endpoint, federation.gatewayUrl).href).toBe(federation.gatewayUrl);
    expect(JSON.parse(options.headers)).toEqual({ Authorization: 'Bearer <token>' });
    expect(options.title).toMatch(/Sinh hoạt hai chiều/);
    const answer = await postGraphQL<{ provinces: { name: string }[] }>(federation.gatewayUrl, { query: options.defaultQuery }, await federation.auth.headers('OVERSIGHT', organizationId('ha-noi')));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.provinces.length).toBeGreaterThan(0);
  });

  it('answers 404 for a file it does not have', async () => {
    const response = await fetch(`${origin}/graphql-ide/..%2Fpackage.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/"name"|node_modules/);
  });

  it('serves the developer reference generated from the API schema at /reference/, every file of it from the gateway', async () => {
    const response = await fetch(`${origin}/reference/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const reference = await response.text();
    expect(reference).toMatch(/<title>Sinh hoạt hai chiều · API reference<\/title>/);
    expect(reference).toContain('<section id="query-provinces"');
    const files = referencedUrls(reference).filter((ref) => !ref.startsWith('#') && !/^https?:/.test(ref)).map((ref) => new URL(ref, `${origin}/reference/`));
    expect(files.map((url) => url.pathname).sort()).toEqual(['/reference/javascripts/spectaql.min.js', '/reference/stylesheets/spectaql.min.css']);
    for (const url of files) {
      const file = await fetch(url);
      expect({ url: url.pathname, status: file.status, type: file.headers.get('content-type') ?? '' }).toEqual({ url: url.pathname, status: 200, type: expect.stringMatching(expectedType(url)) });
      expect(await file.text()).not.toMatch(CDN);
    }
    expect(reference).not.toMatch(CDN);
    const missing = await fetch(`${origin}/reference/..%2F..%2Fpackage.json`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toMatch(/"name"|node_modules|at /);
  });

  it('is off in production: no landing page, none of its files, no reference', async () => {
    const files = [...await ideFiles(), new URL('/reference/', origin), new URL('/reference/index.html', origin)];
    await withProductionGateway(federation, async (url) => {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await page.text()).not.toMatch(/<html|graphiql|sandbox/i);
      for (const file of files) {
        const response = await fetch(new URL(file.pathname, url));
        expect({ path: file.pathname, status: response.status }).toEqual({ path: file.pathname, status: 404 });
        expect(await response.text()).not.toMatch(/<html|graphiql|spectaql/i);
      }
    });
  });
});
