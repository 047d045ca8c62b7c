/**
 * The live publisher's delta search index, as a resident searching sees it:
 * a notice's title is changed and another notice deleted; the release that
 * goes live with a delta (the live full index plus the changed pages) finds the
 * new title and never the old copy or the deleted notice, in Chromium through
 * the search page; then the full index is published as the next release,
 * without a delta, and finds the same. Each release is served from its own
 * folder, so the test reads the delta release even after the next one is live.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownFragments, deltaOf } from '../../src/search/delta-index';
import { readPagefindFile } from '../../src/search/search-cache';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { fixture } from '../helpers/build-site';
import { startLive, type LivePublisher } from '../helpers/live-publisher';
import { everyResultPage, lapsedFacts, shownResults, type ShownResults } from '../helpers/search-page';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const EDITED = 'notices/2026-11-10-fangkong-tonggao-2.md';
const EDITED_URL = '/notices/2026-11-10-fangkong-tonggao-2/';
const OLD_TITLE = '示范县疫情防控指挥部关于调整疫情防控措施的通告（第2号）';
const NEW_TITLE = '示范县疫情防控指挥部关于鹦鹉螺演练安排的通告（第2号）';
const REMOVED = 'notices/2026-11-01-xiwan-caiyang-tongzhi.md';
const REMOVED_URL = '/notices/2026-11-01-xiwan-caiyang-tongzhi/';

let work: string;
let live: LivePublisher;
let browser: Browser;
let page: Page;
const servers: StaticServer[] = [];
/** Release ids: the first (full index), the one after the edit (delta), the one with the full index again. */
const releases = { first: '', delta: '', full: '' };
/** The first release's region choices, before the changes. */
let firstRegions: string[] = [];
/** Browsing the deleted notice's region, 西湾镇. */
const BY_REGION = `&region=${encodeURIComponent('西湾镇')}`;

const releaseDir = (id: string) => join(work, 'out', 'releases', id);

/** Searches release `id`, served on its own, through its search page. */
async function search(id: string, query: string, filters = ''): Promise<ShownResults> {
  const server = await startStaticServer(releaseDir(id));
  servers.push(server);
  return shownResults(page, `${server.url}/search/?q=${encodeURIComponent(query)}${filters}`);
}

/** The page titles some fragments hold (indexed with words spaced apart; these titles have no spaces of their own). */
const titlesIn = (fragments: string[]) =>
  fragments.map((path) => ((JSON.parse(readPagefindFile(path).toString('utf8')) as { meta: { title?: string } }).meta.title ?? '').replace(/\s+/g, ''));

/** The region filter's choices as the search page lists them (`西湾镇（3）`). */
async function regionChoices(): Promise<string[]> {
  await page.waitForFunction(() => document.querySelectorAll('#filter-region option').length > 1);
  return page.$$eval('#filter-region option', (options) => options.map((option) => option.textContent ?? ''));
}

describe.skipIf(!browserAvailable)('a live publish with a delta search index', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'search-delta-'));
    const content = join(work, 'content');
    cpSync(fixture('site-basic'), content, { recursive: true });
    live = await startLive(content, join(work, 'out'));
    releases.first = String((await live.waitFor((e) => e.event === 'published', 120)).live);
    browser = await launchBrowser();
    page = await browser.newPage();
    // The first release, before any edit: both notices are found as they were.
    const before = await search(releases.first, '调整疫情防控措施');
    expect(before.titles).toContain(OLD_TITLE);
    expect((await search(releases.first, '全员核酸检测')).paths).toContain(REMOVED_URL);
    // Read now: if the two changes below come as two publishes, the first release may be pruned.
    await search(releases.first, '', BY_REGION);
    firstRegions = await regionChoices();

    const from = live.events.length;
    const edited = join(content, EDITED);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
    rmSync(join(content, REMOVED));
    // The full index follows the release with both changes (were they two publishes, the first one's is put off).
    const completed = await live.waitFor((e) => e.event === 'search-index-completed', 180, from);
    releases.delta = String(completed.from);
    releases.full = String(completed.live);
    expect(live.events.slice(from).find((e) => e.event === 'published' && e.live === releases.delta)?.search).toBe('delta');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    await live?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('goes live with the old full index plus a delta, and the old copy is still in the full index files', () => {
    const delta = deltaOf(releaseDir(releases.delta));
    expect(delta?.pages).toBeGreaterThan(0);
    // What makes the test meaningful: the full index files alone still hold the old title.
    const fragments = join(releaseDir(releases.delta), 'pagefind/fragment');
    expect(titlesIn(readdirSync(fragments).map((name) => join(fragments, name)))).toContain(OLD_TITLE);
    const shown = titlesIn(shownFragments(releaseDir(releases.delta)));
    expect(shown).toContain(NEW_TITLE);
    expect(shown).not.toContain(OLD_TITLE);
  });

  it('finds the new title, not the old one, in the delta release', async () => {
    const found = await search(releases.delta, '鹦鹉螺演练');
    expect(found.paths).toContain(EDITED_URL);
    expect(found.titles).toContain(NEW_TITLE);
    const old = await search(releases.delta, '调整疫情防控措施');
    expect(old.titles).not.toContain(OLD_TITLE);
    expect(old.paths.filter((path) => path === EDITED_URL).length).toBeLessThanOrEqual(1);
  });

  it('never shows the deleted notice in the delta release, by words or by filters', async () => {
    expect((await search(releases.delta, '全员核酸检测')).paths).not.toContain(REMOVED_URL);
    // Browsing by its region alone (newest first) must not list it, nor count it among the region's pages.
    const browsed = await search(releases.delta, '', BY_REGION);
    expect(browsed.paths).not.toContain(REMOVED_URL);
    expect(browsed.status).toMatch(/找到/);
    const deltaRegions = await regionChoices();
    await search(releases.full, '', BY_REGION);
    expect(deltaRegions).toEqual(await regionChoices());
    expect(deltaRegions).not.toEqual(firstRegions);
  });

  it('lists the same pages as the full index of the same release, each once, current before lapsed', async () => {
    const every = async (id: string) => {
      const server = await startStaticServer(releaseDir(id));
      servers.push(server);
      const pages = await everyResultPage(page, `${server.url}/search/?q=${encodeURIComponent('示范县')}`);
      return { paths: pages.flatMap((shown) => shown.paths), lapsed: pages.flatMap((shown) => shown.facts.map(lapsedFacts)), pages: pages.length };
    };
    const delta = await every(releases.delta);
    const full = await every(releases.full);
    expect(new Set(delta.paths).size).toBe(delta.paths.length);
    expect([...delta.paths].sort()).toEqual([...full.paths].sort());
    // Once a lapsed result is listed, no current one follows.
    expect(delta.lapsed.indexOf(true)).toBeGreaterThan(0);
    expect(delta.lapsed.slice(delta.lapsed.indexOf(true)).every(Boolean)).toBe(true);
  });

  it('then publishes the full index as the next release, with no delta, finding the same', async () => {
    expect(deltaOf(releaseDir(releases.full))).toBeUndefined();
    expect((await search(releases.full, '鹦鹉螺演练')).titles).toContain(NEW_TITLE);
    expect((await search(releases.full, '调整疫情防控措施')).titles).not.toContain(OLD_TITLE);
    expect((await search(releases.full, '全员核酸检测')).paths).not.toContain(REMOVED_URL);
  });
});
