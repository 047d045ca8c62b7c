/**
 * Reading with JavaScript switched off (old phones, data-saver browsers): the
 * urgent banner, hotline numbers as tel: links, each notice's title, status
 * and text, and the hotline list all work, in large, well-spaced type
 * (body text at least 18 px, line height at least 1.5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, noticeBadge, pagePath, sitePages } from '../helpers/browser';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const dist = inject('sampleDist');
const pages = sitePages(dist);
const NOTICE_BADGES: Record<string, string | undefined> = {
  'notice (in force)': '有效',
  'notice (superseded)': '已被替代',
  'notice (expired)': '已失效',
  'notice (withdrawn)': '已撤销',
  'notice (upcoming)': '即将生效',
  'notice (zh-Hant)': undefined,
};

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

/** tel: links are visible and dial the number they show. */
async function expectPhoneLinks(page: Page, where: string) {
  const links = page.locator('main a[href^="tel:"]');
  expect(await links.count(), `${where}: tel: links`).toBeGreaterThan(0);
  for (const link of await links.all()) {
    expect(await link.isVisible(), `${where}: ${await link.getAttribute('href')} visible`).toBe(true);
    const shown = (await link.innerText()).replace(/\D/g, '');
    const dialled = (await link.getAttribute('href'))!.replace(/^tel:/, '').replace(/\D/g, '');
    expect(shown, `${where}: link text and tel: number`).toBe(dialled);
  }
}

/** Every visible paragraph in main is at least 18 px with line height at least 1.5. */
async function expectReadableText(page: Page, where: string) {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main p'))
      .filter((p) => p.getClientRects().length > 0 && (p.textContent ?? '').trim() !== '')
      .map((p) => {
        const style = getComputedStyle(p);
        const size = parseFloat(style.fontSize);
        const ratio = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight) / size;
        return { text: (p.textContent ?? '').trim().slice(0, 20), size, ratio: Math.round(ratio * 100) / 100 };
      })
      .filter((p) => p.size < 18 || p.ratio < 1.5),
  );
  expect(small, `${where}: paragraphs under 18 px or line height under 1.5 (0 = normal)`).toEqual([]);
}

describe.skipIf(!browserAvailable)('reading with JavaScript off', () => {
  beforeAll(async () => {
    server = await startStaticServer(dist);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the home page shows the urgent banner and hotline numbers as tel: links', async () => {
    const page = await open('/');
    const banner = page.locator('aside.urgent');
    expect(await banner.isVisible(), 'urgent banner visible').toBe(true);
    const urgent = banner.locator('a[href^="/notices/"]');
    expect(await urgent.count(), 'urgent banner links to a notice').toBeGreaterThan(0);
    for (const href of await urgent.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      // Only notices in force belong in the banner.
      expect(noticeBadge(readFileSync(join(dist, href, 'index.html'), 'utf8')), `${href} in the urgent banner`).toBe('有效');
    }
    expect((await urgent.first().innerText()).trim()).not.toBe('');
    await expectPhoneLinks(page, 'home');
    await expectReadableText(page, 'home');
    await page.close();
  });

  it.each(Object.entries(NOTICE_BADGES))('the %s page shows its title, status and text', async (name, badge) => {
    const path = pagePath(pages, name);
    const page = await open(path);
    const title = page.locator('main h1');
    expect(await title.isVisible(), `${path}: h1 visible`).toBe(true);
    expect((await title.innerText()).trim().length, `${path}: title`).toBeGreaterThan(4);
    const shownBadge = page.locator('main .badge').first();
    expect(await shownBadge.isVisible(), `${path}: status badge visible`).toBe(true);
    if (badge) expect((await shownBadge.innerText()).trim()).toBe(badge);
    const longest = await page.evaluate(() =>
      Math.max(0, ...Array.from(document.querySelectorAll('main article p')).filter((p) => p.getClientRects().length > 0).map((p) => (p.textContent ?? '').trim().length)),
    );
    expect(longest, `${path}: a visible paragraph of body text`).toBeGreaterThan(30);
    await expectReadableText(page, path);
    await page.close();
  });

  it('the hotlines page lists numbers to tap', async () => {
    const page = await open('/hotlines/');
    await expectPhoneLinks(page, 'hotlines');
    const names = await page.locator('main h3').count();
    expect(await page.locator('main a[href^="tel:"]').count(), 'at least one number per hotline').toBeGreaterThanOrEqual(names);
    await expectReadableText(page, 'hotlines');
    await page.close();
  });

  it('the search page says search needs JavaScript and links to the lists', async () => {
    const page = await open('/search/');
    for (const href of ['/notices/', '/hotlines/', '/clinics/']) {
      expect(await page.locator(`main a[href="${href}"]`).first().isVisible(), `${href} link in main`).toBe(true);
    }
    await page.close();
  });
});
