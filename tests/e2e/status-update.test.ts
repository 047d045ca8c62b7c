/**
 * A saved notice page corrects itself in a real browser, under the strict CSP.
 * The fixture tests/fixtures/site-status-chain is built at two "nows": on
 * 11-18 (第2号 in force, no urgent notice) and on 11-22 (第3号 has replaced
 * 第2号, an urgent notice is out). Pages of the first build are served among
 * the files of the second, as a phone or a CDN keeps an old page while the
 * site moves on; the browser's clock is set to the day the resident reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { bin, fixture, projectRoot, siteBuildEnv } from '../helpers/build-site';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const FIRST = '2026-11-18T12:00+08:00';
const SECOND = '2026-11-22T12:00+08:00';
const N = {
  first: '2026-11-01-fangkong-tonggao-1',
  second: '2026-11-10-fangkong-tonggao-2',
  third: '2026-11-20-fangkong-tonggao-3',
  expiring: '2026-11-15-caiyang-tongzhi',
  urgent: '2026-11-21-jinji-tishi',
};
const THIRD_TITLE = '测试县疫情防控指挥部关于恢复正常秩序的通告（第3号）';

const work = mkdtempSync(join(tmpdir(), 'status-update-'));
const served = join(work, 'served');
let browser: Browser;
let server: StaticServer;
/** Problems seen in the current test, one line each. */
let problems: string[] = [];

/** `astro build` of the fixture at `now` (no search index: these pages need none). */
function build(now: string, outDir: string) {
  const run = spawnSync(bin('astro'), ['build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: siteBuildEnv(fixture('site-status-chain'), join(work, 'cache'), { now }),
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`The fixture did not build at ${now}:\n${`${run.stdout}\n${run.stderr}`.slice(-4000)}`);
}

/** A browser context whose clock reads `day`, reporting CSP violations, errors and failed requests. */
async function contextAt(day: string, options: { javaScriptEnabled?: boolean; offline?: boolean } = {}): Promise<BrowserContext> {
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', javaScriptEnabled });
  if (javaScriptEnabled) {
    await context.clock.setFixedTime(new Date(day));
    // The listener comes from an init script, which the page's CSP does not govern (as in csp.test.ts).
    await context.exposeBinding('__reportCspViolation', (_source, line: string) => problems.push(`CSP violation: ${line}`));
    await context.addInitScript(() => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      document.addEventListener('securitypolicyviolation', (e) => report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} on ${location.href}`));
    });
  }
  // Offline: the status files cannot be fetched; everything else (the saved page itself) can.
  if (options.offline) await context.route(/\/status(\/site)?\.json$/, (route) => route.abort('internetdisconnected'));
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('console', (message) => {
      // The aborted status requests of the offline test log their failure; that is the test's point.
      if (message.type() === 'error' && !(options.offline && /ERR_INTERNET_DISCONNECTED/.test(message.text()))) problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  });
  return context;
}

/** Opens a page and waits until its status file has been answered (or refused). */
async function open(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/notices/${id}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return page;
}

const banner = (page: Page) => page.locator('#notice-status');
const badge = (page: Page) => page.locator('.facts .badge');

describe.skipIf(!browserAvailable)('a saved notice page corrects its status', () => {
  beforeAll(async () => {
    const before = join(work, 'before');
    build(FIRST, before);
    build(SECOND, served);
    // The pages a resident saved on 11-18, served with everything else as the site is on 11-22.
    for (const id of [N.first, N.second, N.expiring]) cpSync(join(before, 'notices', id, 'index.html'), join(served, 'notices', id, 'index.html'));
    server = await startStaticServer(served);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  beforeEach(() => {
    problems = [];
  });

  it('the saved pages are the first build’s: 第2号 in force, no urgent banner', () => {
    const saved = readFileSync(join(served, 'notices', N.second, 'index.html'), 'utf8');
    expect(saved).toMatch(/<div id="notice-status"[^>]*\shidden[\s>]/);
    expect(saved).toMatch(/<aside id="urgent"[^>]*\shidden[\s>]/);
    expect(saved).not.toContain(THIRD_TITLE);
  });

  it('a page saved before its notice was replaced says 已被替代 and links to the notice in force', async () => {
    const context = await contextAt('2026-11-23T10:00:00+08:00');
    const page = await open(context, N.second);
    await expect(banner(page).isVisible()).resolves.toBe(true);
    const text = await banner(page).innerText();
    expect(text).toContain('已被替代（自2026年11月20日 18:00起）');
    expect(text).toContain(`现行有效的是：${THIRD_TITLE}`);
    expect(text).toContain('此页保存后状态有变化，已按2026年11月22日 12:00发布的信息更新。');
    await expect(banner(page).locator(`a[href="/notices/${N.third}/"]`).innerText()).resolves.toBe(THIRD_TITLE);
    await expect(badge(page).innerText()).resolves.toBe('已被替代');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a page saved when it was already replaced now names the end of its chain, not the step it named then', async () => {
    const context = await contextAt('2026-11-23T10:00:00+08:00');
    const page = await open(context, N.first);
    const links = await banner(page).locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`/notices/${N.third}/`]);
    await expect(banner(page).innerText()).resolves.toContain(`现行有效的是：${THIRD_TITLE}`);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a page built without an urgent banner shows the urgent notice issued since', async () => {
    const context = await contextAt('2026-11-23T10:00:00+08:00');
    const page = await open(context, N.second);
    const urgent = page.locator('#urgent');
    await expect(urgent.isVisible()).resolves.toBe(true);
    await expect(urgent.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href')))).resolves.toEqual([`/notices/${N.urgent}/`]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('the urgent banner drops a notice once it expires, and hides when none is left', async () => {
    const context = await contextAt('2026-11-29T10:00:00+08:00');
    // A page of the second build, which listed the urgent notice.
    const page = await open(context, N.third);
    expect(await page.locator('#urgent').isVisible()).toBe(false);
    await expect(page.locator('#urgent li').count()).resolves.toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('an unchanged page is left as it is: the banner of a notice still in force stays hidden', async () => {
    const context = await contextAt('2026-11-23T10:00:00+08:00');
    const page = await open(context, N.third);
    await expect(banner(page).isVisible()).resolves.toBe(false);
    await expect(banner(page).innerHTML()).resolves.toBe('');
    await expect(badge(page).innerText()).resolves.toBe('有效');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('offline, a page whose expiry passed after it was saved says 已失效 from its own dates', async () => {
    const context = await contextAt('2026-11-26T10:00:00+08:00', { offline: true });
    const page = await open(context, N.expiring);
    await expect(banner(page).isVisible()).resolves.toBe(true);
    const text = await banner(page).innerText();
    expect(text).toContain('已失效（自2026年11月25日起）');
    expect(text).toContain('此页保存后状态有变化，已按本页所载日期更新。');
    await expect(badge(page).innerText()).resolves.toBe('已失效');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('with JavaScript off, a saved page shows the status it was built with, readably', async () => {
    const context = await contextAt('2026-11-26T10:00:00+08:00', { javaScriptEnabled: false });
    const page = await open(context, N.second);
    await expect(banner(page).isVisible()).resolves.toBe(false);
    await expect(badge(page).innerText()).resolves.toBe('有效');
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#urgent').isVisible()).resolves.toBe(false);
    const first = await open(context, N.first);
    await expect(banner(first).innerText()).resolves.toContain('已被替代');
    await expect(banner(first).locator(`a[href="/notices/${N.second}/"]`).count()).resolves.toBe(1);
    await context.close();
    expect(problems).toEqual([]);
  });
});
