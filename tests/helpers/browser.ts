/**
 * Browser tests' shared helpers: finds Chromium (Debian's package; browsers are
 * never downloaded), launches it, and picks one built page of every page type
 * from the sample dist — notices by the status badge their page shows.
 *
 * Without Chromium the browser tests are skipped with a loud warning, except
 * when REQUIRE_BROWSER=1 (CI), where a missing browser is an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable) {
  const message = `BROWSER TESTS SKIPPED: chromium not found at ${chromiumPath}; install it with apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but chromium was not found at ${chromiumPath}`);
  const bar = '!'.repeat(message.length + 4);
  process.stderr.write(`\n${bar}\n! ${message} !\n${bar}\n\n`);
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface SitePage {
  /** What kind of page this is, for test names and failure messages. */
  name: string;
  /** Path on the site, with query if any. */
  path: string;
  /** A selector to wait for before checking (pages filled in by script). */
  ready?: string;
}

const NOTICE_STATUSES = [
  ['in force', '有效'],
  ['superseded', '已被替代'],
  ['expired', '已失效'],
  ['withdrawn', '已撤销'],
  ['upcoming', '即将生效'],
] as const;

export function entryDirs(dist: string, section: string): string[] {
  const dir = join(dist, section);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .sort();
}

const html = (dist: string, section: string, id: string) => readFileSync(join(dist, section, id, 'index.html'), 'utf8');
const size = (dist: string, section: string, id: string) => statSync(join(dist, section, id, 'index.html')).size;

/** The status a notice page shows: the text of its first `.badge`. */
export function noticeBadge(page: string): string | undefined {
  return page.match(/class="badge(?:\s[^"]*)?"[^>]*>([^<]+)</)?.[1]?.trim();
}

const isHant = (page: string) => /<(?:html|article)\b[^>]*\blang="zh-(?:Hant|TW|HK|MO)"/i.test(page);

/** The biggest page of a section (the richest example), or throws if the section is empty. */
function richest(dist: string, section: string, ids = entryDirs(dist, section)): string {
  if (ids.length === 0) throw new Error(`No pages under ${section}/ in ${dist}`);
  return [...ids].sort((a, b) => size(dist, section, b) - size(dist, section, a) || a.localeCompare(b))[0]!;
}

/** One page of every page type in the built site. */
export function sitePages(dist: string): SitePage[] {
  const notices = entryDirs(dist, 'notices').map((id) => ({ id, page: html(dist, 'notices', id) }));
  const noticePages: SitePage[] = NOTICE_STATUSES.map(([name, badge]) => {
    const matches = notices.filter((n) => !isHant(n.page) && noticeBadge(n.page) === badge).map((n) => n.id);
    if (matches.length === 0) throw new Error(`No built notice page shows the badge ${badge} (${name})`);
    return { name: `notice (${name})`, path: `/notices/${richest(dist, 'notices', matches)}/` };
  });
  const hant = notices.find((n) => isHant(n.page));
  if (!hant) throw new Error('No built notice page is in zh-Hant');
  const rhymes = entryDirs(dist, 'rhymes');
  const withAudio = rhymes.filter((id) => /<audio\b/.test(html(dist, 'rhymes', id)));
  const clinics = entryDirs(dist, 'clinics');
  return [
    { name: 'home', path: '/' },
    ...noticePages,
    { name: 'notice (zh-Hant)', path: `/notices/${hant.id}/` },
    { name: 'notice list', path: '/notices/' },
    { name: 'notices of a month', path: `/notices/archive/${entryDirs(dist, 'notices/archive').at(-1)}/` },
    { name: 'article', path: `/articles/${richest(dist, 'articles')}/` },
    { name: 'rhyme', path: `/rhymes/${withAudio[0] ?? richest(dist, 'rhymes', rhymes)}/` },
    { name: 'rhyme list', path: '/rhymes/' },
    { name: 'notice poster', path: `/notices/${richest(dist, 'notices')}/poster/` },
    { name: 'rhyme poster', path: `/rhymes/${richest(dist, 'rhymes', rhymes)}/poster/` },
    { name: 'article list', path: '/articles/' },
    { name: 'hotlines', path: '/hotlines/' },
    { name: 'clinics list', path: '/clinics/' },
    { name: 'clinic', path: `/clinics/${richest(dist, 'clinics', clinics)}/` },
    { name: 'region list', path: '/regions/' },
    { name: 'region', path: `/regions/${richest(dist, 'regions')}/` },
    { name: 'search with results', path: `/search/?q=${encodeURIComponent('发热门诊')}`, ready: '#search-results li' },
    { name: '404', path: '/no-such-page/' },
  ];
}

/** The path of a page type by name, for tests that visit a few of them. */
export function pagePath(pages: SitePage[], name: string): string {
  const page = pages.find((p) => p.name === name);
  if (!page) throw new Error(`No page type ${name}`);
  return page.path;
}

/** A resident's phone (320 px wide) reading a built site through a local static server. */
export interface PhoneReader {
  server: StaticServer;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

export async function phoneReading(dist: string): Promise<PhoneReader> {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
