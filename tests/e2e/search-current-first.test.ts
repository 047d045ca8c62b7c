/**
 * Search lists what still applies before what no longer does over the whole
 * result set, not within each page of ten: a site where more than two pages
 * of lapsed entries match a word that a few current ones mention once
 * (tests/helpers/search-order-site.ts), built, indexed and searched in Chromium
 * through the search page, following its 下一页 links.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPSED_FILTER, LAPSED_VALUE } from '../../src/search/current-first';
import { PAGE_SIZE } from '../../src/search/result-pages';
import { cutQuery } from '../../src/search/word-spacing';
import { browserAvailable, phoneReading, type PhoneReader } from '../helpers/browser';
import { buildSite } from '../helpers/build-site';
import { SEARCH_ORDER_NOW, WORD, writeSearchOrderSite, type SearchOrderSite } from '../helpers/search-order-site';
import { everyResultPage, lapsedFacts, shownResults } from '../helpers/search-page';
import type { StaticServer } from '../helpers/static-server';

let site: SearchOrderSite;
let dist: string;
let reader: PhoneReader;
let server: StaticServer;
let page: Page;

const searchFor = (query: string) => `${server.url}/search/?q=${encodeURIComponent(query)}`;

describe.skipIf(!browserAvailable)('search: current pages before lapsed ones across all pages of results', () => {
  beforeAll(async () => {
    site = writeSearchOrderSite();
    const build = buildSite(site.contentDir, { now: SEARCH_ORDER_NOW });
    if (build.status !== 0) throw new Error(`The search order site did not build:\n${build.output.slice(-4000)}`);
    dist = build.outDir;
    reader = await phoneReading(dist);
    ({ server, page } = reader);
  });
  afterAll(async () => {
    await reader?.close();
    if (dist) rmSync(join(dist, '..'), { recursive: true, force: true });
    if (site) rmSync(site.contentDir, { recursive: true, force: true });
  });

  it('marks exactly the lapsed pages for search, from the status each page shows', () => {
    const mark = `data-pagefind-filter="${LAPSED_FILTER}:${LAPSED_VALUE}"`;
    for (const path of site.lapsed) expect(readFileSync(join(dist, path, 'index.html'), 'utf8'), path).toContain(mark);
    for (const path of site.current) expect(readFileSync(join(dist, path, 'index.html'), 'utf8'), path).not.toContain(mark);
  });

  it('has a fixture where Pagefind alone puts every current page after the first page of results', async () => {
    await page.goto(`${server.url}/search/`);
    // Pagefind asked directly, with the words cut as the search page cuts them. A string, not a function:
    // the test runner would rewrite a dynamic import() in a function's source.
    const ranked = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(${JSON.stringify(cutQuery(WORD))});
      return Promise.all(results.map(async (result) => (await result.data()).url));
    })()`);
    expect(ranked.length).toBe(site.current.length + site.lapsed.length);
    for (const path of site.current) expect(ranked.indexOf(path), path).toBeGreaterThanOrEqual(PAGE_SIZE);
  });

  it(`lists every current page first, then every lapsed one, over pages of ${PAGE_SIZE}`, async () => {
    const pages = await everyResultPage(page, searchFor(WORD));
    const listed = pages.flatMap((p) => p.paths);
    expect(pages.length).toBe(Math.ceil(listed.length / PAGE_SIZE));
    expect(pages.length).toBeGreaterThan(2);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed.slice(0, site.current.length))).toEqual(new Set(site.current));
    expect(new Set(listed.slice(site.current.length))).toEqual(new Set(site.lapsed));
    for (const shown of pages) expect(shown.status).toContain(`找到 ${listed.length} 条结果`);
  });

  it('shows each lapsed result with its badge, and no current one with such a badge', async () => {
    const shown = (await everyResultPage(page, searchFor(WORD))).flatMap(({ paths, facts }) => paths.map((path, i) => ({ path, facts: facts[i]! })));
    for (const { path, facts } of shown) expect(lapsedFacts(facts), `${path}: ${facts.join(' ')}`).toBe(site.lapsed.includes(path));
  });

  it('links each page to the one before and after, and shows the last page for a page past it', async () => {
    const [first, second] = await everyResultPage(page, searchFor(WORD));
    expect(first!.previous).toBeNull();
    expect(new URL(first!.next!).searchParams.get('page')).toBe('2');
    expect(second!.status).toMatch(new RegExp(`显示第 ${PAGE_SIZE + 1}–${2 * PAGE_SIZE} 条`));
    // Back to the first page: the address without ?page=.
    expect(new URL(second!.previous!).searchParams.has('page')).toBe(false);
    const total = site.current.length + site.lapsed.length;
    const past = await shownResults(page, `${searchFor(WORD)}&page=99`);
    expect(past.next).toBeNull();
    expect(past.paths.length).toBe(total - (Math.ceil(total / PAGE_SIZE) - 1) * PAGE_SIZE);
  });
});
