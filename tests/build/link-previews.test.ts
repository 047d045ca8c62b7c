/**
 * Links forwarded in chat groups: what a preview shows. A notice that is no
 * longer in force says so in its preview title and description; articles
 * carry their cover as a JPEG; every page says what it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const meta = (html: string, name: string) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('link previews', () => {
  it('say a replaced notice is replaced, and name the notice in force', () => {
    const html = page('notices/2026-10-21-fangkong-tonggao-1');
    expect(meta(html, 'og:title')).toMatch(/^【已被替代】/);
    expect(html).toMatch(/<title>【已被替代】/);
    expect(meta(html, 'og:description')).toMatch(/^此通告已被替代。现行有效的是：“[^”]+（第3号）”/);
    expect(meta(html, 'og:type')).toBe('article');
  });

  it('leave a notice in force as it is', () => {
    const html = page('notices/2026-11-18-fare-jiuzhen-jinji-tishi');
    expect(meta(html, 'og:title')).not.toMatch(/^【/);
  });

  it('show an article’s cover as a JPEG, large', () => {
    const html = page('articles/2026-11-06-songlin-caiyangdian-shiyitian');
    expect(meta(html, 'og:image')).toMatch(/^https:\/\/fangkong\.example\.org\/_astro\/.+\.jpe?g$/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:alt')).toBeTruthy();
  });

  it('call the other pages a website, previewed with the site card', async () => {
    const html = page('hotlines');
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'og:image')).toBe('https://fangkong.example.org/icons/site-card.png');
    const { default: sharp } = await import('sharp');
    const card = sharp(join(dist, 'icons/site-card.png'));
    expect(await card.metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    // The name is drawn, not left blank: the card's text area is not one flat colour.
    const { channels } = await card.extract({ left: 400, top: 230, width: 760, height: 100 }).stats();
    expect(channels[0]!.max - channels[0]!.min).toBeGreaterThan(100);
  });

  it('let the news list offer its own feed', () => {
    expect(page('articles')).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="新闻" href="[^"]*\/articles\/rss\.xml"/);
  });
});

describe('structured data', () => {
  const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, unknown>;

  it('gives a replaced notice the date it stopped applying as its expiry', () => {
    const ld = jsonLd(page('notices/2026-10-21-fangkong-tonggao-1'));
    expect(ld['@type']).toBe('SpecialAnnouncement');
    expect(ld.expires).toMatch(/^2026-\d\d-\d\dT/);
    expect(ld.spatialCoverage).toMatchObject({ '@type': 'AdministrativeArea' });
  });

  it('describes an article as a NewsArticle with its preview image', () => {
    const ld = jsonLd(page('articles/2026-11-06-songlin-caiyangdian-shiyitian'));
    expect(ld['@type']).toBe('NewsArticle');
    expect(String(ld.image)).toMatch(/\.jpe?g$/);
  });
});
