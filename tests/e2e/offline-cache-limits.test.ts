/**
 * The service worker's runtime caches stay within their limits
 * (src/offline/runtime-cache-limits.ts), in Chromium: a copy of the sample site
 * whose worker is bundled, as the build bundles it, with limits small enough to
 * pass by reading a few pages. Pages read beyond the limit push out the one read
 * least recently (offline it then shows the offline page), files likewise, and
 * both runtime caches are emptied when storage runs out; the precache stays.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { precachePlan } from '../../src/offline/precache-list';
import type { RuntimeCacheLimits } from '../../src/offline/runtime-cache-limits';
import { serviceWorkerScript } from '../../src/offline/service-worker-script';
import { browserAvailable, entryDirs, launchBrowser } from '../helpers/browser';
import { readText } from '../helpers/dist-files';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const LIMITS: RuntimeCacheLimits = { pages: 2, files: 1 };

const work = mkdtempSync(join(tmpdir(), 'cache-limits-'));
const dist = join(work, 'dist');
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;

/** Pages no precache holds: articles and rhymes, read one after the other. */
const sampleDist = inject('sampleDist');
const readInTurn = [...entryDirs(sampleDist, 'articles').map((id) => `/articles/${id}/`), ...entryDirs(sampleDist, 'rhymes').map((id) => `/rhymes/${id}/`)].slice(0, LIMITS.pages + 2);

/** The paths a runtime cache holds. */
const cached = (name: string) =>
  page.evaluate(async (cacheName) => ((await caches.has(cacheName)) ? (await (await caches.open(cacheName)).keys()).map((request) => new URL(request.url).pathname) : []), name);

async function open(path: string) {
  await page.goto(server.url + path, { waitUntil: 'load' });
}

describe.skipIf(!browserAvailable)('the service worker’s runtime caches, within their limits', () => {
  beforeAll(async () => {
    cpSync(sampleDist, dist, { recursive: true });
    const manifest = precachePlan(dist).entries.map(({ url, revision }) => ({ url, revision }));
    writeFileSync(join(dist, 'sw.js'), await serviceWorkerScript(manifest, LIMITS));
    server = await startStaticServer(dist);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'zh-CN' });
    page = await context.newPage();
    await open('/');
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state !== 'activated') await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(undefined)));
    });
    await open('/');
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it(`keeps the ${LIMITS.pages} pages read last, dropping those read before`, async () => {
    expect(readInTurn.length).toBe(LIMITS.pages + 2);
    for (const path of readInTurn) await open(path);
    // The worker expires entries after it stores a page, in the background.
    await expect.poll(() => cached('pages').then((paths) => paths.sort()), { timeout: 10_000 }).toEqual(readInTurn.slice(-LIMITS.pages).sort());
  });

  it('offline, shows a dropped page as not saved, and a kept one as saved', async () => {
    await context.setOffline(true);
    await open(readInTurn[0]!);
    expect(await page.locator('h1').textContent()).toBe('网络不通');
    await open(readInTurn.at(-1)!);
    expect(await page.locator('h1').textContent()).not.toBe('网络不通');
    expect(await page.locator('.saved-copy-note').count()).toBe(1);
    await context.setOffline(false);
  });

  it(`keeps ${LIMITS.files} script of those fetched, the one used last`, async () => {
    const precached = new Set(precachePlan(dist).entries.map((entry) => entry.url));
    const ownScripts = (path: string) => [...readText(dist, `${path.slice(1)}index.html`).matchAll(/<script\b[^>]*\bsrc="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!).filter((src) => !precached.has(src));
    const [rhymeList, search] = [ownScripts('/rhymes/'), ownScripts('/search/')];
    expect(rhymeList.length).toBeGreaterThan(0);
    expect(search.length).toBeGreaterThan(0);
    await open('/rhymes/');
    await expect.poll(() => cached('files')).toEqual(rhymeList.slice(-LIMITS.files));
    await open('/search/');
    await expect.poll(() => cached('files').then((paths) => paths.length)).toBe(LIMITS.files);
    expect(await cached('files')).not.toContain(rhymeList[0]);
  });

  it('empties the runtime caches, not the precache, when storage runs out', async () => {
    // Both caches in use since the worker last started (Workbox empties those it has handled).
    await open('/search/');
    // The worker stores a response after handing it to the page: wait for the writes to each cache (up
    // to 30 s: on a loaded 2-core CI machine, with the unit tests running beside this file, 10 s once
    // was not enough, and in fresh-clone runs 30 s after one visit were not either, for the pages once
    // and for the files the search page loads once; the page is read again then).
    const filled = (name: string) =>
      expect
        .poll(
          async () => {
            if ((await cached(name)).length === 0) await open('/search/');
            return (await cached(name)).length;
          },
          { timeout: 30_000, interval: 2000 },
        )
        .toBeGreaterThan(0);
    await filled('pages');
    await filled('files');
    // Chromium's quota for the site, set to what it already uses: the next page saved does not fit.
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: usage });
    await open('/regions/');
    await expect.poll(() => page.evaluate(() => caches.has('pages')), { timeout: 10_000 }).toBe(false);
    expect(await page.evaluate(() => caches.has('files'))).toBe(false);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((name) => name.includes('precache'))).toBe(true);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
  });
});
