/**
 * Offline reading in Chromium at 320 px (src/offline/): one visit to the home
 * page online installs the service worker; with the network cut, the hotline
 * numbers, the clinic list and a notice in force still show, each with the
 * note that it is a saved copy and when it was saved; a page never visited
 * shows the offline page with every hotline number; online, pages come from
 * the network without the note. No CSP violation and no uncaught error
 * throughout (failed requests while offline are expected and not counted).
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { noticesInForce } from '../../src/offline/precache-list';
import { browserAvailable, entryDirs, launchBrowser } from '../helpers/browser';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const dist = inject('sampleDist');
const inForce = noticesInForce(dist)[0]!;
const [unvisitedId, readId] = entryDirs(dist, 'articles');
const unvisited = `/articles/${unvisitedId}/`;
/** A page no precache holds, read once online: saved as it was read. */
const readOnline = `/articles/${readId}/`;

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;
const problems: string[] = [];

async function open(path: string) {
  await page.goto(server.url + path, { waitUntil: 'load' });
  // Late violations are reported asynchronously.
  await page.waitForTimeout(200);
}

const note = () => page.locator('.saved-copy-note');

/** axe-core's WCAG 2.2 A/AA rules (as tests/e2e/accessibility.test.ts) on the open page (injected by evaluate, which the page's policy does not govern): the ids that fail. */
async function axeFailures(): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.skipIf(!browserAvailable)('offline after one visit (service worker)', () => {
  beforeAll(async () => {
    server = await startStaticServer(dist);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'zh-CN' });
    await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
      problems.push(`CSP violation: ${line}`);
    });
    await context.addInitScript(() => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      document.addEventListener('securitypolicyviolation', (e) => report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} on ${location.href}`));
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('console', (message) => {
      // Offline, the status scripts' fetches fail by design; anything else is a problem.
      if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to fetch|status\.json/.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the worker from the first page, with navigation preload on, and serves pages from the network while online', async () => {
    await open('/');
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // `ready` resolves while the worker activates; navigation preload is switched on when activation ends.
      const worker = registration.active!;
      if (worker.state !== 'activated') await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(undefined)));
      return { active: registration.active?.state, preload: (await registration.navigationPreload.getState()).enabled };
    });
    expect(state).toEqual({ active: 'activated', preload: true });
    await open('/');
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect.poll(() => note().count()).toBe(0);
    await open(readOnline);
    expect(await note().count()).toBe(0);
  });

  it('offline, still shows the hotline numbers, saying the copy may be out of date and when it was saved', async () => {
    await context.setOffline(true);
    await open('/hotlines/');
    expect(await page.locator('h1').textContent()).toBe('热线电话');
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(5);
    const text = await note().textContent();
    expect(text).toContain('内容可能已过时');
    expect(text).toMatch(/保存于 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/);
    expect(await note().isVisible()).toBe(true);
    expect(await axeFailures()).toEqual([]);
  });

  it('offline, still shows the clinic list and a notice in force', async () => {
    await open('/clinics/');
    expect(await page.locator('#clinic-list > li').count()).toBeGreaterThan(3);
    expect(await note().count()).toBe(1);
    await open(`/notices/${inForce}/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('有效');
    expect(await note().count()).toBe(1);
  });

  it('offline, a page read online is there as it was saved', async () => {
    await open(readOnline);
    expect(await page.locator('h1').textContent()).not.toBe('网络不通');
    expect(await page.locator('article, main').first().textContent()).not.toContain('这一页还没有保存在手机上');
    expect(await note().count()).toBe(1);
  });

  it('offline, a page never visited shows the offline page with every hotline number', async () => {
    await open(unvisited);
    expect(page.url()).toBe(server.url + unvisited);
    expect(await page.locator('h1').textContent()).toBe('网络不通');
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(5);
    expect(await axeFailures()).toEqual([]);
  });

  it('no CSP violation or uncaught error on the way', () => {
    expect(problems).toEqual([]);
  });
});
