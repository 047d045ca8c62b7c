/**
 * The search index's word-cut copies: made while a build renders (one page
 * at a time, as the middleware hands them over) they must be exactly what the
 * index step makes from the built site on its own, and a build whose pages
 * did not all come past must not be trusted.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIES_DONE, copiesDirFor, stageSearchPages, startPageCopies } from '../../src/cli/search-staging';

const PAGES: Record<string, string> = {
  '/': '<html lang="zh-CN"><body><main>首页没有搜索标记</main></body></html>',
  '/notices/a/': '<html lang="zh-CN"><body><article data-pagefind-body><h1>发热门诊开放时间调整</h1><dl><dt>发布机关</dt><dd>岚溪区</dd></dl></article></body></html>',
  '/clinics/b/': '<html lang="zh-CN"><body><article data-pagefind-body><h1>人民医院发热门诊</h1><p>每天 08:00 开诊</p></article></body></html>',
  '/notices/a/poster/': '<html lang="zh-CN"><body><h1>张贴版</h1></body></html>',
};
const FILES: Record<string, string> = {
  '/': 'index.html',
  '/notices/a/': 'notices/a/index.html',
  '/clinics/b/': 'clinics/b/index.html',
  '/notices/a/poster/': 'notices/a/poster/index.html',
};

function builtSite(): string {
  const site = join(mkdtempSync(join(tmpdir(), 'copies-')), 'dist');
  for (const [path, html] of Object.entries(PAGES)) {
    const file = join(site, FILES[path]!);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return site;
}

const listing = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('search copies made while rendering', () => {
  it('are the same files, words cut the same way, as the index step makes on its own', async () => {
    const site = builtSite();
    const alone = join(dirname(site), 'alone');
    expect(await stageSearchPages(site, alone)).toBe(2);

    const copies = startPageCopies(site);
    for (const [path, html] of Object.entries(PAGES)) copies.copy(path, html);
    expect(await copies.finish(Object.keys(PAGES).length)).toBe(2);

    const during = copiesDirFor(site);
    expect(readFileSync(join(during, COPIES_DONE), 'utf8').trim()).toBe('2');
    expect(listing(during)).toEqual(listing(alone));
    expect(Object.keys(listing(during))).toEqual(['clinics/b/index.html', 'notices/a/index.html']);
    expect(listing(during)['notices/a/index.html']).toContain('<dd> 岚 溪 区</dd>');
  });

  it('are not marked complete when fewer pages came past than the build made', async () => {
    const site = builtSite();
    const copies = startPageCopies(site);
    copies.copy('/notices/a/', PAGES['/notices/a/']!);
    await expect(copies.finish(Object.keys(PAGES).length)).rejects.toThrow(/看到 1 个页面，网站有 4 个/);
    expect(existsSync(join(copiesDirFor(site), COPIES_DONE))).toBe(false);
  });
});
