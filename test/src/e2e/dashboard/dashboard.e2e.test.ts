import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'puppeteer-core';
import { ensureDashboardBuilt } from '@twoway/dashboard';
import { organizationId } from '@twoway/demo-data';
import type { RunningGateway } from '@twoway/gateway';
import { postGraphQL, startTestFederation, type TestFederation } from '../../support/federation.js';
import { withProductionGateway } from '../../support/production-gateway.js';
import { TEST_DAY } from '../../support/test-day.js';
import { SCREENSHOTS, dashboardGateway, downloadFolder, fill, launchBrowser, readCsv, tableRows, waitForText, waitForTextStart } from './browser.js';

const HA_NOI = organizationId('ha-noi');
const DONG_NGAC = organizationId('dong-ngac');
const TDP_7 = organizationId('dong-ngac/tdp-7');
/** The README's demo member (Hoàng Ngọc Hoa, Tổ dân phố số 7). */
const DEMO_MEMBER = 'cbbd5c42-08e4-5265-8c70-27a2114d564d';

const NUMBER = new Intl.NumberFormat('vi-VN');

/**
 * The oversight dashboard in a real browser (Debian's chromium through puppeteer-core), against the whole
 * federation on the demo data of the test day: what an official sees is what the API answers their role.
 */
describe('the oversight dashboard in a browser', () => {
  let federation: TestFederation;
  let gateway: RunningGateway;
  let browser: Browser;
  let origin: string;
  /** The dashboard's address on the test day: the page takes its reference day from it, never from the clock. */
  const at = (hash: string) => `${origin}/dashboard/?ngay=${TEST_DAY}#${hash}`;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    federation = await startTestFederation();
    gateway = await dashboardGateway(federation);
    origin = new URL(gateway.http.url).origin;
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await federation?.close();
  });

  /** A page in a context of its own (its own session storage: signed out), downloading into `downloadPath` if given. */
  async function newPage(downloadPath?: string): Promise<Page> {
    const context = await browser.createBrowserContext(downloadPath ? { downloadBehavior: { policy: 'allow', downloadPath } } : {});
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    (page as Page & { problems: string[] }).problems = problems;
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;
  const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element.textContent ?? '').trim());

  /** Signs in through the development form as one of its demo principals (by the title it shows). */
  async function signInAsDemo(page: Page, title: string): Promise<void> {
    await page.goto(at('/'));
    await page.waitForSelector('[data-testid="dev-sign-in"]');
    const index = await page.$$eval('select[name="preset"] option', (options, wanted) => options.findIndex((o) => o.textContent === wanted), title);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.select('select[name="preset"]', String(index));
    await page.click('[data-testid="dev-sign-in"] button[type="submit"]');
    await page.waitForSelector('[data-testid="acting-as"]');
  }

  /** Signs in as a deployment does: a bearer token pasted into the page. */
  async function signInWithToken(page: Page, token: string): Promise<void> {
    await page.goto(at('/'));
    await page.waitForSelector('[data-testid="token-sign-in"] textarea');
    await fill(page, '[data-testid="token-sign-in"] textarea', token);
    await page.click('[data-testid="token-sign-in"] button[type="submit"]');
    await page.waitForSelector('[data-testid="acting-as"]');
  }

  it('follows a province official from the province down to a ward, a cell and a member', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    await page.waitForSelector('[data-testid="dev-sign-in"]');
    await shoot(page, 'sign-in');
    await signInAsDemo(page, 'Cơ quan giám sát · Thành phố Hà Nội');
    expect(await text(page, '[data-testid="acting-as"]')).toContain('Cơ quan kiểm tra, giám sát');

    // The province page (where this official lands), loaded afresh and timed from navigation to its figures on
    // screen: reported, not asserted (the machine is shared).
    await page.goto('about:blank');
    await page.goto(at(`/don-vi/${HA_NOI}`));
    await page.waitForSelector('[data-testid="children-table"]');
    await page.waitForSelector('[data-testid="trend-chart"] svg');
    const firstRender = await page.evaluate((id) => performance.getEntriesByName(`dashboard:figures:${id}`)[0]?.startTime ?? null, HA_NOI);
    expect(firstRender).not.toBeNull();
    process.stdout.write(`dashboard: first render of the province page (Hà Nội, demo data): ${Math.round(firstRender!)} ms from navigation to the figures on screen\n`);
    await shoot(page, 'province');

    const expected = await federation.query<{ statistics: { registeredMembers: number; children: { organizationId: string; organization: { name: string } }[] } }>(
      `query { statistics(organizationId: "${HA_NOI}", period: "${TEST_DAY.slice(0, 4)}") { registeredMembers children { organizationId organization { name } } } }`,
    );
    const cards = await page.$$eval('[data-testid="figure-card"]', (elements) => elements.map((e) => e.textContent ?? ''));
    expect(cards.find((card) => card.startsWith('Đã đăng ký ở nơi cư trú'))).toContain(NUMBER.format(expected.data!.statistics.registeredMembers));
    const children = await tableRows(page, 'children-table');
    expect(children.map((row) => row[0])).toEqual(expected.data!.statistics.children.map((child) => expect.stringContaining(child.organization.name)));

    // Down to the ward, by its row.
    await page.click(`[data-testid="children-table"] a[href="#/don-vi/${DONG_NGAC}"]`);
    await waitForText(page, '[data-testid="node-title"]', 'Đông Ngạc');
    await page.waitForSelector('[data-testid="children-table"]');
    expect(await text(page, '[data-testid="breadcrumbs"]')).toMatch(/Hà Nội › .*Đông Ngạc/);
    await shoot(page, 'ward');

    // The cell, and its members (its row, once the ward's children are on screen).
    await page.waitForSelector(`[data-testid="children-table"] a[href="#/don-vi/${TDP_7}"]`);
    await page.click(`[data-testid="children-table"] a[href="#/don-vi/${TDP_7}"]`);
    await page.waitForSelector('[data-testid="cell-members"] tbody tr');
    expect(await text(page, '[data-testid="node-title"]')).toContain('Tổ dân phố số 7');
    // Fifty a page, the page's number of all of them under the table (as the API counts the cell's registered members).
    const cellMembers = await federation.query<{ organization: { registeredMembers: { totalCount: number } } }>(`query { organization(id: "${TDP_7}") { registeredMembers(first: 1) { totalCount } } }`);
    const cellPages = Math.ceil(cellMembers.data!.organization.registeredMembers.totalCount / 50);
    expect(cellPages).toBeGreaterThan(1);
    expect(await page.$$eval('[data-testid="cell-members"] tbody tr', (rows) => rows.length)).toBe(50);
    expect(await text(page, '.pager span')).toBe(`Trang 1/${NUMBER.format(cellPages)}`);
    await shoot(page, 'cell');
    const firstMember = await page.$eval('[data-testid="cell-members"] tbody tr a', (a) => ({ name: a.textContent, href: a.getAttribute('href') }));

    // The member: the workplace's record next to the residence's, as the API answers this role.
    await page.click(`[data-testid="cell-members"] tbody tr a[href="${firstMember.href}"]`);
    await page.waitForSelector('[data-testid="workplace-record"]');
    expect(await text(page, '[data-testid="member-name"]')).toBe(firstMember.name);
    const memberId = firstMember.href!.split('/').pop()!;
    const record = await federation.query<{ member: { workplaceOrganization: { name: string }; residenceRegistration: { ward: { name: string } } | null } }>(
      `query { member(id: "${memberId}") { workplaceOrganization { name } residenceRegistration { ward { name } } } }`,
    );
    expect(await text(page, '[data-testid="workplace-record"]')).toContain(record.data!.member.workplaceOrganization.name);
    expect(await text(page, '[data-testid="residence-record"]')).toContain(record.data!.member.residenceRegistration!.ward.name);
    await shoot(page, 'member');
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('shows the organisation tree as of a day, the 2025 reform in it, and finds a node typed without diacritics', async () => {
    const page = await newPage();
    await signInAsDemo(page, 'Cơ quan giám sát · Thành phố Hà Nội');
    await page.goto(at('/cay'));
    await page.waitForSelector('ul.tree');
    const today = await text(page, 'ul.tree');
    expect(today).toContain('Đông Ngạc');
    expect(today).not.toContain('Bắc Từ Liêm');
    await shoot(page, 'tree');
    await fill(page, 'input[name="asOf"]', '2025-06-01');
    await waitForText(page, 'ul.tree', 'Bắc Từ Liêm');
    expect(await text(page, 'ul.tree')).toMatch(/Bắc Từ Liêm.*đã kết thúc/);
    await page.type('input[name="tree-search"]', 'duc thang');
    await page.waitForSelector('[data-testid="tree-search-results"] li');
    expect(await text(page, '[data-testid="tree-search-results"]')).toContain('Đức Thắng');

    // Finding a member by a name typed without diacritics.
    await page.goto(at('/tim-kiem?q=hoang%20ngoc%20hoa'));
    await page.waitForSelector('[data-testid="search-results"] tbody tr');
    expect((await tableRows(page, 'search-results')).map((row) => row[0])).toContain('Hoàng Ngọc Hoa');
    await shoot(page, 'search');
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('exports a whole oversight list to CSV and Excel, every row the API has, not only the page shown', async () => {
    const downloads = downloadFolder();
    const page = await newPage(downloads.folder);
    try {
      await signInAsDemo(page, 'Đảng ủy phường Đông Ngạc');
      await page.goto(at(`/danh-sach/${DONG_NGAC}/vang-hop`));
      await page.waitForSelector('[data-testid="list-table"] tbody tr');
      await shoot(page, 'lists');

      const ward = await federation.auth.headers('WARD_COMMITTEE', DONG_NGAC);
      const names: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const answer: { data?: { organization: { list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { member: { fullName: string } } }[] } } } | null } = await federation.query(
          `query ($after: String) { organization(id: "${DONG_NGAC}") { list: absentFromLastTwoSemiAnnualMeetings(first: 100, after: $after, asOf: "${TEST_DAY}") { totalCount pageInfo { hasNextPage endCursor } edges { node { member { fullName } } } } } }`,
          { after },
          ward,
        );
        const list = answer.data!.organization.list;
        total = list.totalCount;
        names.push(...list.edges.map((edge) => edge.node.member.fullName));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after);
      // More than the page on screen (20 rows): the export has every row, fetched through the API again.
      expect(total).toBeGreaterThan(20);
      expect(await text(page, '[data-testid="list-total"]')).toContain(NUMBER.format(total));
      expect((await tableRows(page, 'list-table')).length).toBe(20);

      await page.click('[data-testid="export-csv"]');
      const csv = readCsv(await downloads.next('.csv'));
      expect(csv[0]).toEqual(['Đảng viên', 'Chức vụ', 'Nơi công tác', 'Chi bộ nơi cư trú', 'Phường']);
      expect(csv.slice(1).map((row) => row[0])).toEqual(names);

      await page.click('[data-testid="export-xlsx"]');
      const xlsx = readFileSync(await downloads.next('.xlsx'));
      expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(xlsx.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
      await waitForTextStart(page, '[data-testid="export-status"]', 'Đã xuất');
      expect(await text(page, '[data-testid="export-status"]')).toContain(`Đã xuất ${NUMBER.format(total)} dòng`);
      expect(problemsOf(page)).toEqual([]);
    } finally {
      downloads.remove();
    }
  }, 120_000);

  it('offers every oversight list of the API, each with the total the API gives the official', async () => {
    // Each list of the page and the field it reads, with the arguments the page sends: as of its reference day
    // where the list takes one; the reviews of the year before the reference day's, from either side.
    const day = `(asOf: "${TEST_DAY}")`;
    const lists: [slug: string, field: string][] = [
      ['thu-that-lac', `lostIntroductionLetters${day}`],
      ['vang-hop', `absentFromLastTwoSemiAnnualMeetings${day}`],
      ['nhan-xet-qua-han', `overdueCommentRequests${day}`],
      ['de-nghi-xem-xet', 'membersRecommendedForAction'],
      ['khong-khop', 'residenceDisagreements'],
      ['ho-so-noi-cong-tac', 'workplaceDisagreements'],
      ['chi-bo-chua-hop', `cellsWithoutSemiAnnualMeeting${day}`],
      ['chua-gioi-thieu', `membersNotIntroduced${day}`],
      ['dang-chuyen-sinh-hoat', `membersInTransit${day}`],
      ['bao-roi-noi-cu-tru', `unansweredLeavingNotices${day}`],
      ['danh-gia-trai-nhan-xet', `reviewsAgainstResidenceComment(year: ${Number(TEST_DAY.slice(0, 4)) - 1}, side: EITHER)`],
    ];
    const oversight = await federation.auth.headers('OVERSIGHT', HA_NOI);
    const page = await newPage();
    await signInAsDemo(page, 'Cơ quan giám sát · Thành phố Hà Nội');
    const shown: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [slug, field] of lists) {
      const answer = await federation.query<{ organization: { list: { totalCount: number } } }>(
        `query { organization(id: "${HA_NOI}") { list: ${field} { totalCount } } }`, {}, oversight);
      expected[slug] = NUMBER.format(answer.data!.organization.list.totalCount);
      await page.goto(at(`/danh-sach/${HA_NOI}/${slug}`));
      // The total, or the page's account of why there is none (a failure is shown, never hidden).
      await page.waitForSelector('[data-testid="list-total"], [role="alert"], [role="note"]', { timeout: 10_000 }).catch(async () => {
        throw new Error(`${slug}: neither a total nor a failure on the page: ${await text(page, 'body')}`);
      });
      shown[slug] = /Tổng số:\s*([\d.]+)/.exec(await text(page, '[data-testid="list-total"], [role="alert"], [role="note"]'))?.[1] ?? await text(page, 'main');
    }
    expect(shown).toEqual(expected);
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('can be used from the keyboard alone: sign in, open the lists, go to the next page', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    await page.waitForSelector('[data-testid="dev-sign-in"]');
    /**
     * Waits until the element wanted (`e` in `wanted`, a predicate evaluated in the page) is on the page, as a person
     * waits to see it, then presses Tab until it has the focus, then Enter. Without the wait, Tab can go round the
     * page while its figures are still loading and pass the place the element will be.
     */
    const tabTo = async (wanted: string, description: string) => {
      await page.waitForFunction(`[...document.querySelectorAll('a, button, input, select')].some((e) => ${wanted})`, { timeout: 15_000 })
        .catch(() => { throw new Error(`${description} never appeared on the page`); });
      for (let presses = 0; presses < 60; presses += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`((e) => Boolean(e && (${wanted})))(document.activeElement)`)) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`Tab never reached ${description}`);
    };
    await tabTo(`e.tagName === 'BUTTON' && e.textContent === 'Đăng nhập'`, 'the sign-in button');
    await page.waitForSelector('[data-testid="acting-as"]');
    await tabTo(`e.tagName === 'A' && e.classList.contains('button') && e.textContent.includes('Danh sách giám sát')`, 'the link to the lists');
    await page.waitForSelector('[data-testid="list-total"]');
    await tabTo(`e.tagName === 'A' && e.textContent === 'Vắng hai kỳ họp 6 tháng gần nhất'`, 'the absentees tab');
    await waitForText(page, 'section h2', 'Vắng hai kỳ họp 6 tháng gần nhất');
    await page.waitForSelector('[data-testid="list-table"] tbody tr');
    const first = (await tableRows(page, 'list-table'))[0]?.[0] ?? '';
    await tabTo(`e.getAttribute('data-testid') === 'next-page'`, 'the next page button');
    // The next page is on screen once the table is back (it is not while the page loads) with another first row.
    await page.waitForFunction(`(document.querySelector('[data-testid="list-table"] tbody tr td')?.textContent ?? ${JSON.stringify(first)}) !== ${JSON.stringify(first)}`);
    expect(await text(page, '.pager span')).toMatch(/^Trang 2\//);
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('shows a ward committee its ward, and personal data exactly as the API answers that role', async () => {
    const page = await newPage();
    await signInWithToken(page, await federation.auth.token('WARD_COMMITTEE', DONG_NGAC));
    await page.waitForSelector('[data-testid="node-title"]');
    expect(await text(page, '[data-testid="node-title"]')).toContain('Đông Ngạc');
    expect(await text(page, '[data-testid="acting-as"]')).toContain('Đảng ủy phường, xã');

    const ward = await federation.auth.headers('WARD_COMMITTEE', DONG_NGAC);
    const answer = await federation.query<{ member: { fullName: string; citizenId: string | null; partyCardNumber: string | null } | null }>(`query { member(id: "${DEMO_MEMBER}") { fullName citizenId partyCardNumber } }`, {}, ward);
    await page.goto(at(`/dang-vien/${DEMO_MEMBER}`));
    await page.waitForSelector('[data-testid="workplace-record"]');
    expect(await text(page, '[data-testid="member-name"]')).toBe(answer.data!.member!.fullName);
    const shown = (value: string | null) => value ?? 'Không hiển thị với tư cách này';
    expect(await text(page, '[data-testid="citizen-id"]')).toBe(shown(answer.data!.member!.citizenId));
    expect(await text(page, '[data-testid="party-card"]')).toBe(shown(answer.data!.member!.partyCardNumber));
    await shoot(page, 'member-as-ward-committee');
  }, 120_000);

  it('shows a member their own record and nobody else’s', async () => {
    const page = await newPage();
    await signInAsDemo(page, 'Đảng viên Hoàng Ngọc Hoa (Tổ dân phố số 7)');
    await page.waitForSelector('[data-testid="member-name"]');
    expect(await text(page, '[data-testid="member-name"]')).toBe('Hoàng Ngọc Hoa');
    expect(await text(page, '[data-testid="acting-as"]')).toContain('Đảng viên');
    await shoot(page, 'member-as-member');

    // Another member of the same cell: the API answers this member nothing about them, and the page shows nothing.
    const self = await federation.auth.headers('MEMBER', TDP_7, { member: DEMO_MEMBER });
    const other = await federation.query<{ organization: { registeredMembers: { edges: { node: { member: { id: string; fullName: string } } }[] } } }>(
      `query { organization(id: "${TDP_7}") { registeredMembers(first: 2) { edges { node { member { id fullName } } } } } }`,
    );
    const stranger = other.data!.organization.registeredMembers.edges.map((e) => e.node.member).find((m) => m.id !== DEMO_MEMBER)!;
    const asMember = await federation.query<{ member: { fullName: string } | null }>(`query { member(id: "${stranger.id}") { fullName } }`, {}, self);
    expect(asMember.data?.member ?? null).toBeNull();
    await page.goto(at(`/dang-vien/${stranger.id}`));
    await page.waitForSelector('[role="alert"]');
    expect(await page.$eval('main', (main) => main.textContent ?? '')).not.toContain(stranger.fullName);
  }, 120_000);

  it('sends only registered operations, by hash, and the gateway holds it to them', async () => {
    const headers = { ...(await federation.auth.adminHeaders()), 'apollographql-client-name': 'dashboard' };
    const refused = await postGraphQL(gateway.http.url, { query: '{ provinces { id name } }' }, headers);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('PERSISTED_OPERATION_NOT_ALLOWED');
    const unknownHash = await postGraphQL(gateway.http.url, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }, headers);
    expect(unknownHash.errors?.[0]?.extensions?.code).toBe('PERSISTED_OPERATION_NOT_ALLOWED');

    // What the page itself sent: every request to /graphql named the dashboard and carried a hash, never a text.
    const page = await newPage();
    const sent: { clientName?: string; body: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } } }[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push({ clientName: request.headers()['apollographql-client-name'], body: JSON.parse(request.postData() ?? '{}') });
    });
    const responses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') responses.push(response.status());
    });
    await signInAsDemo(page, 'Chi ủy Chi bộ Tổ dân phố số 7');
    await page.waitForSelector('[data-testid="cell-members"] tbody tr');
    expect(sent.length).toBeGreaterThan(1);
    for (const request of sent) {
      expect(request.clientName).toBe('dashboard');
      expect(request.body.query).toBeUndefined();
      expect(request.body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(responses.every((status) => status === 200)).toBe(true);
  }, 120_000);

  it('is served by the gateway alone, under a content security policy, and signs demo tokens only in development', async () => {
    const page = await fetch(`${origin}/dashboard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    const html = await page.text();
    // Every file the page loads (the favicon is an empty data: URL, so the browser asks for none).
    const files = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, `${origin}/dashboard/`)).filter((url) => url.protocol !== 'data:');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.origin).toBe(origin);
      // Each body read whole: one left unread holds its connection open past the test (a paused socket).
      const response = await fetch(file);
      expect({ file: file.pathname, status: response.status }).toEqual({ file: file.pathname, status: 200 });
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect(await (await fetch(`${origin}/dashboard/session.json`)).json()).toEqual({ devSignIn: true });

    await withProductionGateway(federation, async (url) => {
      const production = new URL(url).origin;
      const productionPage = await fetch(`${production}/dashboard/`);
      expect(productionPage.status).toBe(200);
      expect(await productionPage.text()).toMatch(/<html/i);
      expect(await (await fetch(`${production}/dashboard/session.json`)).json()).toEqual({ devSignIn: false });
      const signing = await fetch(`${production}/dashboard/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'ADMINISTRATOR', org: HA_NOI }) });
      expect(signing.status).toBe(404);
      expect(await signing.text()).not.toMatch(/eyJ/);
    });
  }, 60_000);
});
