/**
 * The printed posters of the built sample site. They are written from the
 * checked content (src/posters/poster-pages-integration.ts), not by Astro's pages,
 * so they are checked against the entry pages Astro built: the same entries,
 * the same titles, the same status.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryDirs, noticeBadge } from '../helpers/browser';
import { readText } from '../helpers/dist-files';
import { readQr } from '../helpers/qr-scan';

const dist = inject('sampleDist');
const sections = ['notices', 'rhymes'] as const;
const entries = sections.flatMap((section) => entryDirs(dist, section).filter((id) => id !== 'archive').map((id) => ({ section, id })));
const h1 = (html: string) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];

describe('posters', () => {
  it('the sample site has notices and rhymes', () => {
    expect(entries.filter((e) => e.section === 'notices').length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.section === 'rhymes').length).toBeGreaterThan(1);
  });

  it('exist for every notice and rhyme page and for nothing else', () => {
    for (const { section, id } of entries) expect(existsSync(join(dist, section, id, 'poster/index.html')), `${section}/${id}`).toBe(true);
    for (const section of sections) {
      const posters = readdirSync(join(dist, section)).filter((id) => existsSync(join(dist, section, id, 'poster/index.html')));
      expect(posters.length).toBeGreaterThan(0);
      const orphans = posters.filter((id) => !existsSync(join(dist, section, id, 'index.html')));
      expect(orphans, 'posters without their page').toEqual([]);
    }
  });

  it.each(entries)('$section/$id: the page’s title, and its QR code leads back to the page', async ({ section, id }) => {
    const page = readText(dist, `${section}/${id}/index.html`);
    const poster = readText(dist, `${section}/${id}/poster/index.html`);
    expect(h1(poster)).toBe(h1(page));
    const url = poster.match(/<link rel="canonical" href="([^"]+)">/)![1]!;
    expect(new URL(url).pathname).toBe(`/${section}/${id}/`);
    expect(await readQr(poster.match(/<svg[\s\S]*?<\/svg>/)![0])).toBe(url);
    expect(poster).toContain('示例数据');
  });

  it.each(entries.filter((e) => e.section === 'notices'))('notices/$id warns when the page says the notice is no longer in force', ({ id }) => {
    const badge = noticeBadge(readText(dist, `notices/${id}/index.html`));
    const warning = readText(dist, `notices/${id}/poster/index.html`).match(/class="poster-status">【([^】]+)】/)?.[1];
    expect(warning).toBe(badge === '有效' ? undefined : badge);
  });
});
