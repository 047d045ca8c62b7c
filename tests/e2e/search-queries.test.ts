/**
 * What residents type, and the page that must come first — run in a real
 * browser against the built sample site, through the search page itself.
 * Each row names the rule it covers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, phoneReading, type PhoneReader } from '../helpers/browser';
import { projectRoot } from '../helpers/build-site';
import { everyResultPage, lapsedFacts, shownResults } from '../helpers/search-page';
import type { StaticServer } from '../helpers/static-server';

/** The first result's path must match (a string is an exact path). */
const QUERIES: Array<[query: string, first: string | RegExp, rule: string]> = [
  ['发热门诊', /^\/clinics\/[a-z-]+-fare-menzhen\/$/, 'kind of clinic: a fever clinic'],
  ['岚溪区人民医院发热门诊', '/clinics/lanxi-renmin-yiyuan-fare-menzhen/', 'clinic name'],
  ['滨江西路', '/clinics/lanxi-zhongyiyuan-fare-menzhen/', 'clinic address'],
  ['發熱門診', /^\/(clinics\/[a-z-]+-fare-menzhen|notices\/2026-11-18-fare-jiuzhen-jinji-tishi)\/$/, '繁 query finds 简 pages'],
  ['港澳台侨胞', /gangaotai|qiaowu/, '简 query finds the 繁 notice (or the hotline for the same people)'],
  ['港澳臺同胞', '/notices/2026-11-03-gangaotai-qiaobao-fangyi-fuwu/', '繁 query finds the 繁 notice'],
  ['聯絡', '/notices/2026-11-03-gangaotai-qiaobao-fangyi-fuwu/', '繁 query whose characters only the 繁 notice uses'],
  ['心理援助', '/hotlines/#lanxi-xinli-yuanzhu', 'hotline by category, to its anchor'],
  ['心理咨询', '/hotlines/#lanxi-xinli-yuanzhu', 'synonym 心理咨询 → 心理援助'],
  ['01230301', /xinli/, 'hotline by the digits of its number (the line or the story about it)'],
  ['生活物资', '/hotlines/#lanxi-shenghuo-wuzi-baogong', 'hotline name'],
  ['投诉', '/hotlines/#lanxi-fangyi-tousu-jubao', 'hotline category'],
  ['第3号', '/notices/2026-11-12-fangkong-tonggao-3/', 'notice number 第N号'],
  ['第3號通告', '/notices/2026-11-12-fangkong-tonggao-3/', 'notice number typed in 繁'],
  ['3号通告', '/notices/2026-11-12-fangkong-tonggao-3/', 'notice number N号通告'],
  ['第1号通告', '/notices/2026-10-21-fangkong-tonggao-1/', 'superseded notice still found by number'],
  ['岚防指〔2026〕7号', '/notices/2026-11-12-fangkong-tonggao-3/', '文号 as written'],
  ['岚防指2026 7号', '/notices/2026-11-12-fangkong-tonggao-3/', '文号 without brackets'],
  ['松林集市', '/notices/2026-10-26-songlin-jishi-zanting/', 'withdrawn notice by its subject'],
  ['错峰购物', '/notices/2026-11-05-hexi-shichang-cuofeng/', 'notice body words'],
  ['打疫苗', /jiezhong|kuaiban/, 'synonym 打疫苗 → 接种 (a vaccination notice, site or rhyme)'],
  ['核检', /caiyang/, 'synonym 核检 → 核酸检测 (a sampling site)'],
  ['居家观察', '/notices/2026-11-06-jujia-jiankang-guance/', 'synonym of 居家健康观察'],
  ['发烧门诊', /^\/(clinics\/[a-z-]+-fare-menzhen|notices\/2026-11-18-fare-jiuzhen-jinji-tishi)\/$/, 'synonym 发烧门诊 → 发热门诊, as residents say it'],
  ['代购送药', /daigou-songyao/, 'service by what it does (its notice or its hotline)'],
  ['三字经', '/rhymes/2026-10-25-changsha-sanzijing/', 'rhyme form'],
  ['客家话', '/rhymes/2026-11-11-kejia-shange/', 'rhyme dialect'],
  ['霸蛮', '/rhymes/2026-10-25-changsha-sanzijing/', 'glossary term in lyrics'],
  ['村医', '/articles/2026-11-19-shuikou-cunyi-shangmen/', 'article'],
  ['凌晨两点', '/articles/2026-11-16-xinli-rexian-lingchen/', 'article title'],
  ['CT', /^\/clinics\/lanxi-(zhongyiyuan|renmin-yiyuan)-fare-menzhen\/$/, 'Latin letters (a clinic offering 胸部 CT)'],
  ['ct', /^\/clinics\/lanxi-(zhongyiyuan|renmin-yiyuan)-fare-menzhen\/$/, 'Latin letters in lower case'],
  ['胸部CT', /^\/clinics\/lanxi-(zhongyiyuan|renmin-yiyuan)-fare-menzhen\/$/, 'Chinese and Latin typed together'],
];

/** Words only the draft and the scheduled sample notices use. */
const NEVER_FOUND: Array<[query: string, path: string]> = [
  ['征求意见稿', '/notices/2026-11-19-qingshi-xiaoqu-fenqu-caiyang/'],
  ['分时段集中采样', '/notices/2026-11-19-qingshi-xiaoqu-fenqu-caiyang/'],
  ['春季学期开学', '/notices/2027-03-01-chunji-kaixue-fangkong/'],
  ['岚教发', '/notices/2027-03-01-chunji-kaixue-fangkong/'],
];

let reader: PhoneReader;
let browser: Browser;
let server: StaticServer;
let page: Page;

/** The first page of results for a query: each result's path and anchor. */
async function search(query: string): Promise<string[]> {
  return (await shownResults(page, `${server.url}/search/?q=${encodeURIComponent(query)}`)).paths;
}

/** The dates shown on the listed results, as sortable `YYYY-MM-DD` (undated results shown as ''). */
async function shownDays(): Promise<string[]> {
  const facts = await page.$$eval('#search-results .result-facts', (all) => all.map((p) => p.textContent ?? ''));
  return facts.map((text) => {
    const day = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
    return day ? `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}` : '';
  });
}

/** The notices of a built site in force, newest first: their paths, from each page's Pagefind status filter and date. */
function noticesInForceNewestFirst(dist: string): string[] {
  const dated: Array<[path: string, date: string]> = [];
  for (const id of readdirSync(join(dist, 'notices'))) {
    const file = join(dist, 'notices', id, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const date = html.match(/data-pagefind-meta="date:([^"]+)"/)?.[1];
    if (date && html.includes('data-pagefind-filter="状态:有效"')) dated.push([`/notices/${id}/`, date]);
  }
  return dated.sort((a, b) => (a[1] < b[1] ? 1 : -1)).map(([path]) => path);
}

/**
 * A copy of the built sample site whose search index is written in parts, as
 * a big site's is (src/search/search-parts.ts): 12 pages a part.
 */
function copyWithIndexInParts(dist: string): string {
  const work = mkdtempSync(join(tmpdir(), 'search-in-parts-'));
  const copy = join(work, 'dist');
  cpSync(dist, copy, { recursive: true });
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/search-index.ts', copy], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, SEARCH_PAGES_PER_PART: '12', ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  if (run.status !== 0) throw new Error(`indexing in parts failed:\n${run.stderr}`);
  return copy;
}

describe.skipIf(!browserAvailable).each([
  ['one index', false],
  ['an index in parts, merged in the browser', true],
])('search finds what residents type (%s)', (_name, inParts) => {
  let dist: string;
  beforeAll(async () => {
    dist = inParts ? copyWithIndexInParts(inject('sampleDist')) : inject('sampleDist');
    reader = await phoneReading(dist);
    ({ server, browser, page } = reader);
  });
  afterAll(async () => {
    await reader?.close();
    if (inParts) rmSync(join(dist, '..'), { recursive: true, force: true });
  });

  it(inParts ? 'merges the parts the search page lists' : 'has one index, so the search page lists no parts to merge', () => {
    const parts = readFileSync(join(dist, 'search/index.html'), 'utf8').match(/data-index-parts="([^"]*)"/)?.[1].split(' ').filter(Boolean) ?? [];
    expect(parts.length).toBe(inParts ? 2 : 0);
    for (const part of parts) expect(existsSync(join(dist, part, 'pagefind-entry.json')), part).toBe(true);
  });

  it.each(['发烧', '发热', '核酸'])('%s: over every page of results, nothing current comes after something lapsed; each site names its kind', async (query) => {
    const pages = await everyResultPage(page, `${server.url}/search/?q=${encodeURIComponent(query)}`);
    const results = pages.flatMap((shown) => shown.facts);
    const firstLapsed = results.findIndex(lapsedFacts);
    expect(firstLapsed, `${query} should find something that has lapsed: ${JSON.stringify(results)}`).toBeGreaterThanOrEqual(0);
    expect(results.slice(firstLapsed).every(lapsedFacts), JSON.stringify(results)).toBe(true);
    expect(pages[0]!.status).toContain(`找到 ${results.length} 条结果`);
    // Sites say which kind they are, never just 门诊.
    expect(results.flat()).not.toContain('门诊');
  });

  it('调度令 (a document type) finds the dispatch order, which has expired, after the current pages that mention it', async () => {
    const results = (await everyResultPage(page, `${server.url}/search/?q=${encodeURIComponent('调度令')}`)).flatMap(({ paths, facts }) => paths.map((path, i) => ({ path, facts: facts[i]! })));
    const order = results.findIndex(({ path }) => path === '/notices/2026-10-24-diaoduling-songlin-caiyang/');
    expect(order, JSON.stringify(results)).toBeGreaterThanOrEqual(0);
    expect(results[order]!.facts).toContain('已失效');
    expect(results.slice(0, order).some(({ facts }) => lapsedFacts(facts)), JSON.stringify(results)).toBe(false);
  });

  it('核酸 reaches the notice about sampling sites, which says 采样 and never 核酸: it is indexed under the group word', async () => {
    const html = readFileSync(join(dist, 'notices/2026-11-09-baisha-caiyangdian-tiaozheng/index.html'), 'utf8');
    expect(html).not.toMatch(/<p>[^<]*核酸/);
    const hidden = html.match(/⁂([^⁑]*)⁑/)?.[1] ?? '';
    expect(hidden).toContain('核酸检测');
    expect(await search('白沙镇 核酸')).toContain('/notices/2026-11-09-baisha-caiyangdian-tiaozheng/');
  });

  it.each(QUERIES)('%s → %s (%s)', async (query, first) => {
    const found = await search(query);
    const message = `results for ${query}: ${found.join(', ')}`;
    if (typeof first === 'string') expect(found[0], message).toBe(first);
    else expect(found[0], message).toMatch(first);
  });

  it.each(NEVER_FOUND)('never finds draft or scheduled content: %s', async (query, path) => {
    expect(await search(query)).not.toContain(path);
  });

  it('finds the Traditional notice for a Simplified query', async () => {
    expect((await search('港澳台侨胞')).slice(0, 3)).toContain('/notices/2026-11-03-gangaotai-qiaobao-fangyi-fuwu/');
  });

  it('shows result titles and excerpts as written, without the spaces the index cuts words with', async () => {
    const [path] = await search('错峰购物');
    const first = page.locator('#search-results li').first();
    const title = await first.locator('h2 a').textContent();
    const excerpt = await first.locator('p').last().textContent();
    const cut = /\p{Script=Han} \p{Script=Han}/u;
    expect(excerpt).toContain('错峰');
    expect(excerpt).not.toMatch(cut);
    await page.goto(`${server.url}${path}`);
    expect(title).toBe(await page.locator('h1').textContent());
  });

  it('keeps the hidden search keys out of excerpts (a clinic’s name repeated, its phone as bare digits)', async () => {
    for (const query of ['发热门诊', '070001232001']) {
      const found = await search(query);
      expect(found.some((path) => path.startsWith('/clinics/')), query).toBe(true);
      const excerpts = await page.$$eval('#search-results li > p:last-child', (all) => all.map((p) => p.textContent ?? ''));
      expect(excerpts.length).toBe(found.length);
      for (const excerpt of excerpts) {
        expect(excerpt, query).not.toMatch(/[⁂⁑]/);
        // Pages show 0700- numbers with the hyphen; only the hidden keys hold them as bare digits.
        expect(excerpt, query).not.toMatch(/0700\d{8}/);
        expect(excerpt.trim(), query).not.toBe('');
      }
    }
  });

  it('marks a superseded notice as 已被替代 in the results, naming the notice in force at the end of its chain', async () => {
    await search('第1号通告');
    const first = page.locator('#search-results li').first();
    await expect(first.locator('.badge').textContent()).resolves.toBe('已被替代');
    await expect(first.locator('.result-chain').textContent()).resolves.toBe('现行有效的是：岚溪区疫情防控指挥部关于有序恢复正常生产生活秩序的通告（第3号）');
    await expect(first.locator('.result-chain a').getAttribute('href')).resolves.toBe('/notices/2026-11-12-fangkong-tonggao-3/');
  });

  it('browses by filters alone, newest first', async () => {
    await page.goto(`${server.url}/search/?type=${encodeURIComponent('通告')}&status=${encodeURIComponent('有效')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const badges = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(badges.length).toBeGreaterThan(2);
    expect(new Set(badges)).toEqual(new Set(['有效']));
    const days = await shownDays();
    expect(days.length).toBe(badges.length);
    expect(days).toEqual([...days].sort().reverse());
    // Exactly the newest ones, not merely some of them in order.
    const shown = await page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown).toEqual(noticesInForceNewestFirst(dist).slice(0, shown.length));
  });

  it('browses a type without dates (clinics) too, and everything else newest first', async () => {
    await page.goto(`${server.url}/search/?type=${encodeURIComponent('门诊')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(1);
    await page.goto(`${server.url}/search/?region=${encodeURIComponent('岚溪区')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const days = await shownDays();
    expect(days.length).toBeGreaterThan(2);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('fetches nothing from other origins, and reports the bytes of a first search', async () => {
    const fresh = await browser.newPage();
    let bytes = 0;
    const foreign: string[] = [];
    const fetched: string[] = [];
    fresh.on('response', async (response) => {
      fetched.push(response.url());
      if (!response.url().startsWith(server.url)) foreign.push(response.url());
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
    });
    await fresh.goto(`${server.url}/search/?q=${encodeURIComponent('发热门诊')}`);
    await fresh.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await fresh.waitForLoadState('networkidle');
    console.log(`first search for 发热门诊: ${(bytes / 1024).toFixed(1)} KB transferred (uncompressed bodies, page included)`);
    expect(foreign).toEqual([]);
    // Pagefind runs in the page's own worker, so its worker script is never downloaded.
    expect(fetched.some((url) => url.includes('/search-worker'))).toBe(true);
    expect(fetched.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
    await fresh.close();
  });

  it('still searches when the search worker cannot start (the engine then runs in the page)', async () => {
    const fresh = await browser.newPage();
    await fresh.route(/\/search-worker/, (route) => route.abort());
    const fetched: string[] = [];
    fresh.on('response', (response) => fetched.push(response.url()));
    await fresh.goto(`${server.url}/search/?q=${encodeURIComponent('发热门诊')}`);
    await fresh.waitForFunction(() => /找到|没有找到|无法使用/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await fresh.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/);
    const first = await fresh.$eval('#search-results h2 a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first).toMatch(/^\/clinics\/[a-z-]+-fare-menzhen\/$/);
    // In the page, Pagefind starts a worker of its own.
    expect(fetched.some((url) => url.includes('pagefind-worker'))).toBe(true);
    await fresh.close();
  });
});
