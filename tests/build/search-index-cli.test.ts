/** The search index step of `npm run build`, run on its own as a deployment would. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

/** Runs the index step on `site`, keeping its cache in `cache`. */
function indexSite(site: string, cache = mkdtempSync(join(tmpdir(), 'search-cache-')), env: Record<string, string> = {}) {
  return spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/search-index.ts', site], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_CACHE_DIR: cache, ...env },
  });
}

function writePage(site: string, path: string, text: string) {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<html lang="zh-CN"><head><title>${text}</title></head><body><nav>首页</nav><article data-pagefind-body><h1>${text}</h1><p>${text}，请居民留意。</p></article></body></html>`);
}

/** A built site of a home page and the given notices (path → title), with its own search cache. */
function newSite(name: string, notices: Record<string, string>): { site: string; cache: string } {
  const site = mkdtempSync(join(tmpdir(), `${name}-`));
  writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><body>首页</body></html>');
  for (const [path, title] of Object.entries(notices)) writePage(site, path, title);
  return { site, cache: mkdtempSync(join(tmpdir(), 'search-cache-')) };
}

/** Each fragment of the built index (or of its part in `part`): its page's URL and text, and when its file was written. */
function fragments(site: string, part = ''): { url: string; content: string; written: number }[] {
  const folder = join(site, 'pagefind', part, 'fragment');
  return readdirSync(folder).map((file) => {
    const data = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return { ...(JSON.parse(data.slice(data.indexOf('{'))) as { url: string; content: string }), written: statSync(join(folder, file)).mtimeMs };
  });
}

describe('npm run index', () => {
  it('refuses a folder with no built site, saying what to run first', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-site-'));
    const run = indexSite(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('搜索索引没有生成');
    expect(run.stderr).toContain('npm run build');
  });

  it('writes an empty index for a site with nothing searchable yet, so the search page still works', () => {
    const site = mkdtempSync(join(tmpdir(), 'empty-site-'));
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><body><div data-pagefind-body></div></body></html>');
    const run = indexSite(site);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('on a rebuild, cuts only the changed pages again, and indexes exactly the pages the site has now', () => {
    const { site, cache } = newSite('rebuilt-site', { 'notices/a': '发热门诊开放时间调整', 'notices/b': '暂停聚集性活动', 'notices/c': '疫苗接种安排' });
    const first = indexSite(site, cache);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('3 个页面可搜索（3 个新分词，0 个未变');

    const again = indexSite(site, cache);
    expect(again.stdout).toContain('3 个页面可搜索（0 个新分词，3 个未变');
    const before = fragments(site);
    expect(before.map((f) => f.url).sort()).toEqual(['/notices/a/', '/notices/b/', '/notices/c/']);

    // Astro empties dist/ before each build: the next build has a changed page, a removed one and a new one.
    rmSync(join(site, 'pagefind'), { recursive: true });
    writePage(site, 'notices/a', '发热门诊延长服务时间');
    rmSync(join(site, 'notices/b'), { recursive: true });
    writePage(site, 'notices/d', '居家健康监测提示');
    const rebuilt = indexSite(site, cache);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain('3 个页面可搜索（2 个新分词，1 个未变');
    const now = fragments(site);
    expect(now.map((f) => f.url).sort()).toEqual(['/notices/a/', '/notices/c/', '/notices/d/']);
    const a = now.find((f) => f.url === '/notices/a/')!;
    expect(a.content).toContain('延长');
    expect(a.content).not.toContain('开放');
    // The unchanged page's fragment is the one written by the first build, not written again.
    const written = (list: typeof now) => list.find((f) => f.url === '/notices/c/')!.written;
    expect(written(now)).toBe(written(before));
    // Nothing of the removed page or the old text is left for anyone to fetch.
    const everything = readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.pf_(fragment|index|filter|meta)$/.test(file))
      .map((file) => gunzipSync(readFileSync(join(site, 'pagefind', file))).toString('utf8'))
      .join('\n');
    expect(everything).not.toContain('聚集');
    expect(everything).not.toContain('开放');
  });

  it('takes the pages of a release that are hard links to the one indexed before as they were, and cuts a page written anew', () => {
    // The live publisher's releases: reused pages are the release before's files (src/page-reuse/).
    const { site: first, cache } = newSite('release-1', { 'notices/a': '发热门诊开放时间调整', 'notices/b': '暂停聚集性活动' });
    writeFileSync(join(first, 'poster.html'), '<html lang="zh-CN"><body>张贴版</body></html>');
    const options = ['--cache-for', join(cache, 'site')];
    const run = (site: string) =>
      spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/search-index.ts', site, ...options], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ASTRO_CACHE_DIR: cache } });
    expect(run(first).status).toBe(0);
    const second = mkdtempSync(join(tmpdir(), 'release-2-'));
    for (const path of ['index.html', 'poster.html', 'notices/a/index.html']) {
      mkdirSync(join(second, path, '..'), { recursive: true });
      linkSync(join(first, path), join(second, path));
    }
    writePage(second, 'notices/b', '恢复聚集性活动');
    const indexed = run(second);
    expect(indexed.status, indexed.stderr).toBe(0);
    expect(indexed.stdout).toContain('2 个页面可搜索（1 个新分词，1 个未变');
    const found = fragments(second);
    expect(found.map((f) => f.url).sort()).toEqual(['/notices/a/', '/notices/b/']);
    expect(found.find((f) => f.url === '/notices/a/')!.content).toContain('开放');
    expect(found.find((f) => f.url === '/notices/b/')!.content).toContain('恢复');
    // The staged copy of a linked page gone (a cache cleaned by hand): cut again, not lost.
    const staged = readdirSync(join(cache, 'search-index'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith(join('pages', 'notices', 'a', 'index.html')))!;
    rmSync(join(cache, 'search-index', staged));
    const third = run(second);
    expect(third.stdout).toContain('2 个页面可搜索（1 个新分词，1 个未变');
    expect(fragments(second).find((f) => f.url === '/notices/a/')!.content).toContain('开放');
  });

  it('cuts many changed pages in worker threads and a few in its own thread, alike', () => {
    // More than a hundred changed pages go to the threads (src/search/search-staging.ts); a live publish's few do not.
    const notices = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`notices/n${i}`, `第${i}号通告：发热门诊调整`]));
    const { site, cache } = newSite('many-pages', notices);
    const all = indexSite(site, cache);
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toContain('150 个页面可搜索（150 个新分词，0 个未变');
    const threaded = fragments(site).find((f) => f.url === '/notices/n7/')!.content;
    for (const i of [3, 7, 42]) writePage(site, `notices/n${i}`, `第${i}号通告：核酸采样点恢复`);
    const few = indexSite(site, cache);
    expect(few.status, few.stderr).toBe(0);
    expect(few.stdout).toContain('150 个页面可搜索（3 个新分词，147 个未变');
    expect(fragments(site).find((f) => f.url === '/notices/n42/')!.content).toContain('恢复');
    // The page as it was, cut again in the indexer's own thread: the same words as the threads cut.
    writePage(site, 'notices/n7', '第7号通告：发热门诊调整');
    const back = indexSite(site, cache);
    expect(back.stdout).toContain('150 个页面可搜索（1 个新分词，149 个未变');
    const found = fragments(site);
    expect(found.find((f) => f.url === '/notices/n7/')!.content).toBe(threaded);
    expect(found).toHaveLength(150);
  });

  it('repairs a kept fragment that was edited in place, and recovers from a damaged list of copies', () => {
    const { site, cache } = newSite('tampered-site', { 'notices/a': '发热门诊开放时间调整', 'notices/c': '疫苗接种安排' });
    expect(indexSite(site, cache).status).toBe(0);
    // dist/pagefind shares its fragments with the cache: an edit there must not reach the next build.
    const folder = join(site, 'pagefind', 'fragment');
    const c = readdirSync(folder).find((file) => gunzipSync(readFileSync(join(folder, file))).toString('utf8').includes('/notices/c/'))!;
    writeFileSync(join(folder, c), gzipSync('pagefind_dcd{"url":"/notices/c/","content":"错误的内容","word_count":1,"filters":{},"meta":{},"anchors":[]}'));
    const again = indexSite(site, cache);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 个新分词');
    const c2 = fragments(site).find((f) => f.url === '/notices/c/')!;
    expect(c2.content).toContain('疫苗');
    expect(c2.content).not.toContain('错误');

    const list = readdirSync(join(cache, 'search-index'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('pages.json'))!;
    writeFileSync(join(cache, 'search-index', list), '{"notices/a/index.html": "half-writ');
    const recovered = indexSite(site, cache);
    expect(recovered.status, recovered.stderr).toBe(0);
    expect(recovered.stdout).toContain('2 个新分词');
    expect(fragments(site).map((f) => f.url).sort()).toEqual(['/notices/a/', '/notices/c/']);
  });

  it('refuses to share its cache with a build still running, and takes over one left by a build that died', () => {
    const { site, cache } = newSite('locked-site', { 'notices/a': '发热门诊开放时间调整' });
    const folder = join(cache, 'search-index', createHash('sha1').update(site).digest('hex').slice(0, 12));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'lock'), String(process.pid));
    const busy = indexSite(site, cache);
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain('另一个构建');
    expect(busy.stderr).toContain(String(process.pid));
    // No process has this number: the lock is left over.
    writeFileSync(join(folder, 'lock'), '2147483646');
    const free = indexSite(site, cache);
    expect(free.status, free.stderr).toBe(0);
    expect(existsSync(join(folder, 'lock'))).toBe(false);
  });

  it('splits a site with more pages than SEARCH_PAGES_PER_PART into parts the search page merges, each page in one part', () => {
    const titles = ['发热门诊开放时间调整', '暂停聚集性活动', '疫苗接种安排', '居家健康监测提示', '核酸采样点调整', '集市暂停营业', '学校错峰开学'];
    const { site, cache } = newSite('split-site', Object.fromEntries(titles.map((title, i) => [`notices/n${i}`, title])));
    const searchPage = join(site, 'search', 'index.html');
    mkdirSync(join(site, 'search'));
    writeFileSync(searchPage, '<html lang="zh-CN"><body><form id="search-form" data-index-parts></form></body></html>');
    const everyUrl = titles.map((_, i) => `/notices/n${i}/`);
    const indexed = () => ['', 'part-2', 'part-3'].flatMap((part) => (existsSync(join(site, 'pagefind', part, 'fragment')) ? fragments(site, part) : []));

    const split = indexSite(site, cache, { SEARCH_PAGES_PER_PART: '3' });
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toContain('收录 7 个，分 3 部分');
    expect(readFileSync(searchPage, 'utf8')).toContain('data-index-parts="/pagefind/part-2/ /pagefind/part-3/"');
    expect(indexed().map((f) => f.url).sort()).toEqual(everyUrl);
    // A merged part is only its index: the browser runs the first part's code and wasm for all of them.
    expect(existsSync(join(site, 'pagefind', 'part-2', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'part-2', 'wasm.unknown.pagefind'))).toBe(false);

    // A rebuild with one page changed keeps every other page's fragment.
    const before = indexed();
    rmSync(join(site, 'pagefind'), { recursive: true });
    writePage(site, 'notices/n3', '居家健康监测延长');
    const rebuilt = indexSite(site, cache, { SEARCH_PAGES_PER_PART: '3' });
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain('7 个页面可搜索（1 个新分词，6 个未变');
    const after = indexed();
    expect(after.map((f) => f.url).sort()).toEqual(everyUrl);
    expect(after.find((f) => f.url === '/notices/n3/')!.content).toContain('延长');
    for (const page of after.filter((f) => f.url !== '/notices/n3/')) expect(page.written).toBe(before.find((f) => f.url === page.url)!.written);

    // Fewer pages than a part holds: one index again, and the search page merges nothing.
    const whole = indexSite(site, cache);
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stdout).not.toContain('部分');
    expect(existsSync(join(site, 'pagefind', 'part-2'))).toBe(false);
    expect(readFileSync(searchPage, 'utf8')).toContain('data-index-parts=""');
    expect(fragments(site).map((f) => f.url).sort()).toEqual(everyUrl);
  });

  it('refuses a SEARCH_PAGES_PER_PART that is not a page count, and a split index the search page cannot merge', () => {
    const { site, cache } = newSite('split-refused', { 'notices/a': '发热门诊开放时间调整', 'notices/b': '暂停聚集性活动' });
    const wrong = indexSite(site, cache, { SEARCH_PAGES_PER_PART: '1万' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('SEARCH_PAGES_PER_PART=1万 无效');
    const unmerged = indexSite(site, cache, { SEARCH_PAGES_PER_PART: '1' });
    expect(unmerged.status).toBe(1);
    expect(unmerged.stderr).toContain('data-index-parts');
  });
});
