import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergedUrlList, parseUrlList, urlsOfFiles, vanishedFrom, vanishedUrls } from '../../src/lifecycle/published-urls';

describe('published URL list', () => {
  it('maps built files to the addresses people use, leaving out hashed assets and the 404 page', () => {
    expect(urlsOfFiles(['index.html', 'notices/a/index.html', 'rss.xml', 'notices/a/list.pdf', '_astro/x.css', 'pagefind/pagefind.js', '404.html'])).toEqual([
      '/',
      '/notices/a/',
      '/notices/a/list.pdf',
      '/rss.xml',
    ]);
  });

  it('leaves out the archives\' month pages (navigation that goes with its last entry), but not an entry named archive', () => {
    expect(urlsOfFiles(['notices/archive/2026-11/index.html', 'articles/archive/2025-01/index.html', 'notices/archive/index.html'])).toEqual(['/notices/archive/']);
  });

  it('finds a listed URL that the build no longer produces', () => {
    expect(vanishedUrls(['/', '/notices/a/', '/notices/b/'], ['/', '/notices/a/'])).toEqual(['/notices/b/']);
  });

  it('looks each listed URL up in a built site as the whole site\'s list would find it', () => {
    const site = mkdtempSync(join(tmpdir(), 'published-urls-'));
    const built = ['index.html', 'notices/a/index.html', 'rss.xml', 'notices/a/list.pdf', 'notices/archive/2026-11/index.html', '404.html'];
    for (const file of built) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), 'x');
    }
    mkdirSync(join(site, 'notices/b'), { recursive: true }); // a folder left, its page gone
    const outside = `/../${site.split('/').pop()}/rss.xml`; // the same file, reached from outside the site
    const listed = ['/', '/notices/a/', '/notices/a/list.pdf', '/rss.xml', '/notices/b/', '/notices/c/', '/feed.xml', '/notices/archive/2026-11/', '/404.html', outside];
    expect(vanishedFrom(site, listed)).toEqual(vanishedUrls(listed, urlsOfFiles(built)));
    expect(vanishedFrom(site, listed)).toEqual(['/notices/b/', '/notices/c/', '/feed.xml', '/notices/archive/2026-11/', '/404.html', outside]);
  });

  it('keeps every URL ever listed when the list is updated, and reads its own output back', () => {
    const text = mergedUrlList(['/notices/old/'], ['/', '/notices/new/']);
    expect(parseUrlList(text)).toEqual(['/', '/notices/new/', '/notices/old/']);
  });
});
