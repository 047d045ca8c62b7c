/** Every feed of the built sample site, checked as subscribers' readers would read it. */
import { XMLParser } from 'fast-xml-parser';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');
const feeds = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('rss.xml')).sort();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const RFC822_BEIJING = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0800$/;
// Debian's python3-feedparser belongs to the system Python, whatever else is first on PATH.
const PYTHON = '/usr/bin/python3';
const hasFeedparser = spawnSync(PYTHON, ['-c', 'import feedparser']).status === 0;

describe('feeds', () => {
  it('include every feed the contract and the subscribe page promise', () => {
    for (const feed of ['rss.xml', 'notices/rss.xml', 'articles/rss.xml', 'rhymes/rss.xml']) expect(feeds).toContain(feed);
    expect(feeds.some((f) => f.startsWith('regions/'))).toBe(true);
    expect(feeds.some((f) => f.startsWith('rhymes/dialects/'))).toBe(true);
  });

  describe.each(feeds)('%s', (feed) => {
    const xml = readFileSync(join(dist, feed), 'utf8');
    const channel = parser.parse(xml).rss.channel;
    const items = [channel.item ?? []].flat();

    it('is RSS 2.0 with language and its own address', () => {
      expect(xml).toMatch(/<rss version="2.0"/);
      expect(channel.language).toBe('zh-cn');
      const self = [channel['atom:link']].flat().find((l: Record<string, string>) => l['@rel'] === 'self');
      expect(decodeURI(self['@href'])).toBe(`https://fangkong.example.org/${decodeURI(feed)}`);
    });

    it('has unique absolute guids and Beijing RFC 822 dates', () => {
      const guids = items.map((i) => (typeof i.guid === 'object' ? i.guid['#text'] : i.guid));
      expect(new Set(guids).size).toBe(items.length);
      for (const guid of guids) expect(guid).toMatch(/^https:\/\/fangkong\.example\.org\//);
      for (const item of items) expect(item.pubDate).toMatch(RFC822_BEIJING);
      expect(xml).not.toContain('lastBuildDate');
    });

    it('carries no relative URL and no script in item content', () => {
      for (const item of items) {
        const html = `${item.description ?? ''}${item['content:encoded'] ?? ''}`;
        expect(html).not.toMatch(/(?:src|href|srcset)="\/(?!\/)/);
        expect(html).not.toMatch(/<script/i);
      }
    });

    it.skipIf(!hasFeedparser && process.env.REQUIRE_BROWSER !== '1')('parses cleanly in a real feed client (python3-feedparser: bozo == 0)', () => {
      const script = 'import feedparser,sys; d=feedparser.parse(sys.argv[1]); print(int(bool(d.bozo)), len(d.entries), d.get("bozo_exception", ""))';
      const result = execFileSync(PYTHON, ['-c', script, join(dist, feed)], { encoding: 'utf8' });
      expect(result.trim()).toBe(`0 ${items.length}`);
    });
  });
});

describe('full-text notice and article items', () => {
  const channel = parser.parse(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss.channel;
  const items = [channel.item].flat();
  it('carry the rendered body with absolute images', () => {
    const articles = items.filter((i) => i.link.includes('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article['content:encoded']).toMatch(/<img [^>]*src="https:\/\/fangkong\.example\.org\/_astro\//);
  });
  it('show a dated change note on a corrected notice', () => {
    expect(items.some((i) => String(i['content:encoded'] ?? '').includes('更新记录'))).toBe(true);
  });
});

if (!hasFeedparser) console.warn('\n⚠ python3-feedparser is not installed: the real-feed-client check is skipped (apt-get install python3-feedparser).\n');
