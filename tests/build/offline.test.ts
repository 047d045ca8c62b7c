/**
 * Offline reading, as built (src/offline/): the service worker's precache list
 * on the sample site (the core pages, exactly the notices in force, the files
 * they load, within the byte budget) and at N = 5000 notices in force (a dist
 * made of the sample's core pages and 5000 notice folders: the list is capped
 * and budgeted by construction, so a full 5000-entry build adds nothing here);
 * the offline page's hotline numbers; the manifest and the icons.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { CORE_PAGES, MAX_PRECACHED_NOTICES, noticesInForce, PRECACHE_BUDGET_BYTES, precachePlan } from '../../src/offline/precache-list';
import { RUNTIME_CACHE_LIMITS } from '../../src/offline/runtime-cache-limits';
import { serviceWorkerScript } from '../../src/offline/service-worker-script';
import { site } from '../../src/site.config';
import { fileOfUrl } from '../../src/site/urls';
import { readerPages, readText } from '../helpers/dist-files';

const dist = inject('sampleDist');
const plan = precachePlan(dist);
const urls = plan.entries.map((entry) => entry.url);
const telLinks = (html: string) => new Set([...html.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]));

describe('the precache (sample site)', () => {
  it(`stays within ${PRECACHE_BUDGET_BYTES / 1024} KB as stored`, () => {
    console.info(`precache: ${plan.entries.length} files, ${(plan.totalBytes / 1024).toFixed(1)} KB, ${plan.notices.length} notices in force`);
    expect(plan.totalBytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });

  it('holds the home page, hotlines, clinics, the offline page and every notice in force (the status files say which), and no other notice', () => {
    for (const page of CORE_PAGES) expect(urls).toContain(page);
    const inForce = noticesInForce(dist);
    expect(inForce.length).toBeGreaterThan(3);
    expect(plan.notices).toEqual(inForce);
    expect(plan.noticesLeftOut).toEqual([]);
    const noticePages = urls.filter((url) => url.startsWith('/notices/'));
    expect(noticePages.sort()).toEqual(inForce.map((id) => `/notices/${id}/`).sort());
    for (const id of inForce) expect(JSON.parse(readText(dist, `notices/${id}/status.json`)).status).toBe('in-force');
  });

  it('holds the scripts those pages load and the modules they import, so the clinic list works offline', () => {
    const clinicScripts = [...readText(dist, fileOfUrl('/clinics/')).matchAll(/<script\b[^>]*\bsrc="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
    expect(clinicScripts.length).toBeGreaterThan(0);
    for (const script of clinicScripts) {
      expect(urls).toContain(script);
      for (const [, chunk] of readText(dist, script.slice(1)).matchAll(/from"\.\/([^"]+)"/g)) expect(urls).toContain(`/_astro/${chunk}`);
    }
    expect(urls).toContain('/sw-register.js');
  });

  it('is what the built worker carries, each file with the hash of its content as revision', () => {
    const worker = readText(dist, 'sw.js');
    for (const { url, revision } of plan.entries) expect(worker).toContain(`{url:"${url}",revision:"${revision}"}`);
    expect(worker.match(/\{url:"/g)).toHaveLength(plan.entries.length);
    // Workbox, bundled for production: no development logging left in.
    expect(worker).not.toContain('process.env');
  });

  it('goes with a worker whose runtime caches keep the documented number of entries (tests/e2e/offline-cache-limits.test.ts: what a limit does)', async () => {
    const manifest = plan.entries.map(({ url, revision }) => ({ url, revision }));
    const bundled = (limits: typeof RUNTIME_CACHE_LIMITS) => serviceWorkerScript(manifest, limits);
    expect(readText(dist, 'sw.js')).toBe(await bundled(RUNTIME_CACHE_LIMITS));
    // The limits reach the code: other numbers make another worker.
    expect(readText(dist, 'sw.js')).not.toBe(await bundled({ pages: RUNTIME_CACHE_LIMITS.pages + 1, files: RUNTIME_CACHE_LIMITS.files }));
  });
});

describe('the precache with 5000 notices in force', () => {
  /** The sample's core pages and files, and `count` notice folders in force with pages of `pageBytes`. */
  function bigDist(count: number, pageBytes: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'precache-'));
    for (const file of ['index.html', 'hotlines', 'clinics', 'offline', '_astro', 'favicon.svg', 'sw-register.js']) cpSync(join(dist, file), join(dir, file), { recursive: true });
    for (let i = 0; i < count; i++) {
      const id = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}-n${i}`;
      mkdirSync(join(dir, 'notices', id), { recursive: true });
      writeFileSync(join(dir, 'notices', id, 'index.html'), `<!doctype html><main>${'通'.repeat(pageBytes / 3)}</main>`);
      writeFileSync(join(dir, 'notices', id, 'status.json'), JSON.stringify({ id, status: 'in-force', effective: `${id.slice(0, 10)}T00:00:00+08:00` }));
    }
    return dir;
  }

  it(`stores at most ${MAX_PRECACHED_NOTICES} of them, the newest, and stays within the budget`, () => {
    const big = precachePlan(bigDist(5000, 6_000));
    expect(big.notices).toHaveLength(MAX_PRECACHED_NOTICES);
    expect(big.noticesLeftOut).toHaveLength(5000 - MAX_PRECACHED_NOTICES);
    expect(big.notices.every((id) => id.startsWith('2026-12-'))).toBe(true);
    expect(big.totalBytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });

  it('stores fewer when notices are long: the budget wins over the cap', () => {
    const big = precachePlan(bigDist(200, 60_000));
    expect(big.notices.length).toBeLessThan(MAX_PRECACHED_NOTICES);
    expect(big.notices.length).toBeGreaterThan(0);
    expect(big.totalBytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });
});

describe('the offline page', () => {
  it('lists every hotline number as a tel: link, and is no address for search engines', () => {
    const offline = readText(dist, 'offline/index.html');
    const hotlines = telLinks(readText(dist, 'hotlines/index.html'));
    expect(hotlines.size).toBeGreaterThan(5);
    expect(telLinks(offline)).toEqual(hotlines);
    expect(offline).toContain('<meta name="robots" content="noindex">');
    expect(readText(dist, 'sitemap-0.xml')).not.toContain('/offline/');
  });
});

describe('the web app manifest and the icons', () => {
  const manifest = JSON.parse(readText(dist, 'manifest.webmanifest'));

  it('names the site in Chinese and starts on the home page', () => {
    expect(manifest).toMatchObject({ name: site.name, short_name: site.shortName, lang: 'zh-CN', start_url: '/', display: 'standalone' });
  });

  it('lists 192 and 512 px PNG icons that exist at those sizes, one of them maskable', async () => {
    const icons = manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>;
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const meta = await sharp(join(dist, icon.src)).metadata();
      expect([meta.format, `${meta.width}x${meta.height}`], icon.src).toEqual(['png', icon.sizes]);
    }
  });

  it('serves /apple-touch-icon.png at 180 px and /favicon.ico as an icon file of PNGs', async () => {
    const touch = await sharp(join(dist, 'apple-touch-icon.png')).metadata();
    expect([touch.format, touch.width, touch.height]).toEqual(['png', 180, 180]);
    const ico = readFileSync(join(dist, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const first = ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + ico.readUInt32LE(6 + 8));
    expect((await sharp(first).metadata()).width).toBe(16);
  });

  it('every page links the manifest, the touch icon and the worker’s registration script', () => {
    // Printed posters are pages of their own making, and redirect stubs are no pages to keep.
    for (const page of readerPages(dist).filter((file) => !file.includes('/poster/'))) {
      const html = readText(dist, page);
      if (/http-equiv="refresh"/.test(html)) continue;
      expect(html, page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(html, page).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
      expect(html, page).toContain('<script defer src="/sw-register.js"></script>');
    }
  });
});
