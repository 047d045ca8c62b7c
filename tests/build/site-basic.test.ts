/**
 * Builds tests/fixtures/site-basic once and checks the published site against
 * CONTENT-MODEL.md: URLs, feeds, search, notice statuses, the urgent banner,
 * that drafts and scheduled entries leak nowhere, and that the build machine's
 * time zone changes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { buildSite, fixture, type BuildResult } from '../helpers/build-site';
import { readerPages } from '../helpers/dist-files';
import { unspaceExcerpt } from '../../src/search/word-spacing';

const CONTENT = fixture('site-basic');
const NOW = '2026-11-22T12:00+08:00';
const abs = (path: string) => new URL(path, site.url).href;

/** Every file under `dir`, as paths relative to it. */
const walk = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name))).sort()) : [];

/** Front matter (md/mdx) or the whole file (yaml) of a fixture entry. */
function frontMatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  return parseYaml(path.endsWith('.yaml') ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '')) as Record<string, unknown>;
}

/** Fixture entries of a kind: id → front matter. Draft and future entries carry `leakmarker` in their id. */
function entries(kind: string) {
  const files = readdirSync(join(CONTENT, kind)).filter((f) => /\.(mdx?|ya?ml)$/.test(f) && !f.startsWith('_'));
  return files.map((f) => ({ id: f.replace(/\.[^.]+$/, ''), data: frontMatter(join(CONTENT, kind, f)) }));
}
const published = (kind: string) => entries(kind).filter((e) => !e.id.includes('leakmarker'));
const unpublished = (kind: string) => entries(kind).filter((e) => e.id.includes('leakmarker'));
const regionIds = (parseYaml(readFileSync(join(CONTENT, 'regions.yaml'), 'utf8')) as Array<{ id: string }>).map((r) => r.id);

/** A content date as the instant the contract says it is (date-only = start of the day in Beijing). */
const contentInstant = (value: unknown) => new Date(/T/.test(String(value)) ? String(value) : `${String(value)}T00:00+08:00`).getTime();

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['item', 'atom:link', 'url', 'sitemap'].includes(name) });

/** `<link>` tags of a page as attribute maps, whatever the attribute order. */
const linkTags = (html: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)].map((m) => Object.fromEntries([...m[0].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

const N = {
  replaced: '2026-10-20-fangkong-tonggao-1',
  replacing: '2026-11-10-fangkong-tonggao-2',
  urgent: '2026-11-20-dongcheng-linshi-guankong',
  expired: '2026-11-01-xiwan-caiyang-tongzhi',
  withdrawn: '2026-11-05-jizhong-geli-tongzhi',
  hant: '2026-11-15-nanshan-jiuzhen-gonggao',
};

let build: BuildResult;
const dist = (path: string) => join(build.outDir, path);
const read = (path: string) => readFileSync(dist(path), 'utf8');
const htmlPages = () => readerPages(build.outDir);

beforeAll(() => {
  build = buildSite(CONTENT, { now: NOW });
});

describe('site-basic builds', () => {
  it('exits with status 0', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('publishes every published entry at its contract URL', () => {
    for (const kind of ['notices', 'articles', 'rhymes', 'clinics']) {
      for (const { id } of published(kind)) expect(existsSync(dist(`${kind}/${id}/index.html`)), `/${kind}/${id}/`).toBe(true);
    }
    for (const id of regionIds) expect(existsSync(dist(`regions/${id}/index.html`)), `/regions/${id}/`).toBe(true);
    const hotlines = read('hotlines/index.html');
    for (const { id } of published('hotlines')) expect(hotlines, `hotline #${id}`).toContain(`id="${id}"`);
  });

  it('publishes the attachment and the recording', () => {
    expect(existsSync(dist(`notices/${N.hant}/nanshan-jiuzhen-zhinan.txt`))).toBe(true);
    expect(existsSync(dist('rhymes/2026-11-03-xiwan-kuaiban/xiwan-kuaiban.ogg'))).toBe(true);
  });

  it('has search, the 404 page, the sitemap and the Pagefind index', () => {
    for (const path of ['search/index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      expect(existsSync(dist(path)), path).toBe(true);
    }
  });

  it('marks every page as Simplified Chinese sample data and links the feeds for autodiscovery', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(/<html\b[^>]*\blang="zh-CN"/);
      expect(html, page).toContain('示例数据');
      // A print version whose canonical URL is another page (a poster) need not advertise feeds.
      const canonical = linkTags(html).find((l) => l.rel === 'canonical')?.href;
      const own = abs(`/${page.replace(/index\.html$/, '')}`);
      if (canonical && page !== '404.html' && new URL(canonical, site.url).href !== own) continue;
      const feeds = linkTags(html).filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml' && l.href);
      expect(feeds.map((l) => new URL(l.href!, site.url).href), page).toContain(abs('/rss.xml'));
    }
    const notice = linkTags(read(`notices/${N.replacing}/index.html`)).filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');
    expect(notice.map((l) => new URL(l.href!, site.url).href)).toContain(abs('/notices/rss.xml'));
  });

  it.each([
    ['/rss.xml', ['notices', 'articles', 'rhymes']],
    ['/notices/rss.xml', ['notices']],
    ['/articles/rss.xml', ['articles']],
    ['/rhymes/rss.xml', ['rhymes']],
  ])('%s is RSS 2.0 with language, self link, absolute links and content dates', (path, kinds) => {
    expect(existsSync(dist(path)), `${path} is in the URL contract`).toBe(true);
    const rss = xml.parse(read(path)).rss;
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    expect(String(channel.language ?? '')).toMatch(/^zh/i);
    const self = (channel['atom:link'] ?? []).find((l: Record<string, string>) => l['@_rel'] === 'self');
    expect(self?.['@_href']).toBe(abs(path));
    const expected = new Map<string, number>();
    for (const kind of kinds) {
      for (const e of published(kind)) expected.set(abs(`/${kind}/${e.id}/`), contentInstant(e.data.issued ?? e.data.published));
    }
    const items = (channel.item ?? []) as Array<{ link: string; pubDate: string }>;
    expect(items.map((i) => i.link).sort()).toEqual([...expected.keys()].sort());
    for (const item of items) {
      expect(item.link).toMatch(/^https?:\/\//);
      expect(new Date(item.pubDate).getTime(), `${item.link} pubDate ${item.pubDate}`).toBe(expected.get(item.link));
    }
  });
});

describe('notice status on the page', () => {
  it('a superseded notice says 已被替代 and links to the notice replacing it', () => {
    const html = read(`notices/${N.replaced}/index.html`);
    expect(html).toContain('已被替代');
    expect(html).toMatch(new RegExp(`href="(${site.url.replace(/\/$/, '')})?/notices/${N.replacing}/"`));
  });

  it('an expired notice says 已失效', () => {
    expect(read(`notices/${N.expired}/index.html`)).toContain('已失效');
  });

  it('a withdrawn notice says 已撤销 and gives the reason', () => {
    const html = read(`notices/${N.withdrawn}/index.html`);
    expect(html).toContain('已撤销');
    expect(html).toContain('观察点选址调整，改由县卫生健康局统一安排');
  });

  it('a zh-Hant notice marks its content lang="zh-Hant" inside a zh-CN page', () => {
    const html = read(`notices/${N.hant}/index.html`);
    const marked = html.indexOf('lang="zh-Hant"');
    expect(marked).toBeGreaterThan(-1);
    expect(html.indexOf('請先打電話告訴村醫')).toBeGreaterThan(marked);
  });

  it('the urgent notice in force is in the site-wide banner, on pages that list no notices too', () => {
    for (const page of ['index.html', 'hotlines/index.html', 'clinics/demo-renmin-yiyuan-fare-menzhen/index.html', 'search/index.html']) {
      const html = read(page);
      expect(html, page).toContain('紧急');
      expect(html, page).toMatch(new RegExp(`href="[^"]*/notices/${N.urgent}/"`));
      // In-force notices that are not urgent are not in the banner.
      if (page !== 'index.html') for (const id of [N.hant, N.replacing]) expect(html, page).not.toContain(`/notices/${id}/`);
    }
  });
});

describe('nothing unpublished leaks', () => {
  const MARKER = /leakmarker/i;

  it('no file in dist, nor its path, carries a LEAKMARKER (Pagefind files read decompressed)', () => {
    const files = walk(build.outDir);
    const hits: string[] = [];
    let indexedTitle = false;
    for (const file of files) {
      let bytes = readFileSync(dist(file));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      if (MARKER.test(file) || MARKER.test(text)) hits.push(file);
      // The index holds Chinese cut into words with spaces; the search page shows it uncut.
      if (file.startsWith('pagefind/fragment/') && unspaceExcerpt(text).includes('西湾镇卫生院的一个夜班')) indexedTitle = true;
    }
    // The scan really reads the search index: a published article's title is found in it.
    expect(indexedTitle, 'published article found in a decompressed Pagefind fragment').toBe(true);
    expect(hits).toEqual([]);
  });

  it('the sitemap lists every published entry and no draft or scheduled one', () => {
    const index = xml.parse(read('sitemap-index.xml')).sitemapindex;
    const urls: string[] = [];
    for (const { loc } of index.sitemap) {
      const set = xml.parse(read(new URL(loc).pathname)).urlset;
      urls.push(...(set.url ?? []).map((u: { loc: string }) => u.loc));
    }
    for (const kind of ['notices', 'articles', 'rhymes', 'clinics']) {
      for (const { id } of published(kind)) expect(urls).toContain(abs(`/${kind}/${id}/`));
      for (const { id } of unpublished(kind)) expect(urls).not.toContain(abs(`/${kind}/${id}/`));
    }
    for (const id of regionIds) expect(urls).toContain(abs(`/regions/${id}/`));
    expect(urls.filter((u) => MARKER.test(u))).toEqual([]);
  });
});

describe('time zone of the build machine', () => {
  let other: BuildResult;
  beforeAll(() => {
    other = buildSite(CONTENT, { now: NOW, env: { TZ: 'America/New_York' } });
  });

  it('notice pages are byte-identical when built with TZ=America/New_York', () => {
    expect(other.status, other.output).toBe(0);
    const first = walk(dist('notices'));
    const second = walk(join(other.outDir, 'notices'));
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(published('notices').length);
    for (const file of first) {
      const a = readFileSync(join(dist('notices'), file));
      const b = readFileSync(join(other.outDir, 'notices', file));
      const at = [...a].findIndex((byte, i) => byte !== b[i]);
      const near = (buf: Buffer) => buf.subarray(Math.max(0, at - 80), at + 80).toString('utf8');
      expect(b.equals(a), `notices/${file} differs between time zones:\n  default: ${near(a)}\n  New York: ${near(b)}`).toBe(true);
    }
  });
});
