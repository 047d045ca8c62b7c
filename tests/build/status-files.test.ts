/**
 * The status files of the built sample site (src/lifecycle/status-files.ts),
 * checked against the pages Astro built: one for every notice page and for
 * nothing else, saying what the page says; the site-wide one listing the
 * urgent banner's notices. And a replaced notice names the notice in force at
 * the end of its chain (第1号 → 第2号 → 第3号) on its page, in its feed items
 * and in what its search result shows.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { entryDirs, noticeBadge } from '../helpers/browser';
import { decodeEntities, readText } from '../helpers/dist-files';
import { SAMPLE_NOW } from '../helpers/sample-build';
import { isoBeijing, parseContentDate } from '../../src/lifecycle/beijing-time';
import type { NoticeStatusDocument, SiteStatusDocument } from '../../src/lifecycle/status-files';

const dist = inject('sampleDist');
const notices = entryDirs(dist, 'notices').filter((id) => id !== 'archive');
const page = (id: string) => readText(dist, `notices/${id}/index.html`);
const statusFile = (id: string) => JSON.parse(readText(dist, `notices/${id}/status.json`)) as NoticeStatusDocument;
const generatedAt = isoBeijing(parseContentDate(SAMPLE_NOW)!);

const FIRST = '2026-10-21-fangkong-tonggao-1';
const SECOND = '2026-10-28-fangkong-tonggao-2';
const THIRD = '2026-11-12-fangkong-tonggao-3';
const THIRD_TITLE = '岚溪区疫情防控指挥部关于有序恢复正常生产生活秩序的通告（第3号）';

/** The `data-known` view a page carries for its script. */
function pageView(html: string) {
  const known = html.match(/<div id="notice-status"[^>]*\sdata-known="([^"]*)"/)?.[1];
  if (known === undefined) throw new Error('no data-known on the status banner');
  return JSON.parse(decodeEntities(known)) as Record<string, unknown>;
}

describe('status files', () => {
  it('the sample site has notice pages', () => {
    expect(notices.length).toBeGreaterThan(5);
  });

  it('exist for every notice page and for nothing else', () => {
    for (const id of notices) expect(existsSync(join(dist, 'notices', id, 'status.json')), id).toBe(true);
    const files = readdirSync(join(dist, 'notices')).filter((id) => existsSync(join(dist, 'notices', id, 'status.json')));
    expect(files.sort()).toEqual([...notices].sort());
  });

  it.each(notices)('notices/%s/status.json says what its page says, made when the build ran', (id) => {
    const file = statusFile(id);
    const html = page(id);
    expect(file.id).toBe(id);
    expect(file.label).toBe(noticeBadge(html));
    expect(file.generatedAt).toBe(generatedAt);
    // The page carries the same status (and the changes its dates bring) for its script.
    const { id: _id, effective: _e, expires: _x, withdrawn: _w, steps: _s, generatedAt: _g, generatedAtText: _t, ...view } = file;
    expect(pageView(html)).toEqual(view);
  });

  it('the site-wide file lists the urgent banner’s notices', () => {
    const site = JSON.parse(readText(dist, 'status/site.json')) as SiteStatusDocument;
    expect(site.generatedAt).toBe(generatedAt);
    const banner = readText(dist, 'index.html').match(/<aside id="urgent"[\s\S]*?<\/aside>/)![0];
    const linked = [...banner.matchAll(/href="\/notices\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(site.urgent.map((n) => n.id)).toEqual(linked);
    for (const notice of site.urgent) expect(notice.url).toBe(`/notices/${notice.id}/`);
  });
});

describe('a replaced notice names the notice in force at the end of its chain', () => {
  it('第1号’s file: the end is 第3号, in force, by way of 第2号', () => {
    const file = statusFile(FIRST);
    expect(file.status).toBe('superseded');
    expect(file.end).toMatchObject({ id: THIRD, title: THIRD_TITLE, url: `/notices/${THIRD}/`, status: 'in-force' });
    expect(file.steps.map((step) => [step.id, step.status])).toEqual([[SECOND, 'superseded']]);
  });

  it('on its page: 现行有效的是 第3号, and 中间经过 第2号', () => {
    const banner = page(FIRST).match(/<div id="notice-status"[\s\S]*?<\/div>/)![0];
    const text = banner.replace(/<[^>]+>/g, '');
    expect(text).toContain(`现行有效的是：${THIRD_TITLE}`);
    expect(text).toMatch(/中间经过：.*（第2号）（已被替代）/);
    expect(banner.indexOf(`href="/notices/${THIRD}/"`)).toBeLessThan(banner.indexOf(`href="/notices/${SECOND}/"`));
  });

  it('in its feed items, description and full text', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const feed of ['rss.xml', 'notices/rss.xml']) {
      const items = [parser.parse(readText(dist, feed)).rss.channel.item].flat() as Array<Record<string, string>>;
      for (const id of [FIRST, SECOND]) {
        const item = items.find((i) => i.link.endsWith(`/notices/${id}/`))!;
        expect(item.description, `${feed} ${id}`).toContain(`【已被替代】`);
        expect(item.description, `${feed} ${id}`).toContain(`现行有效的是：《${THIRD_TITLE}》`);
        expect(item['content:encoded'], `${feed} ${id}`).toContain(`现行有效的是：<a href="https://fangkong.example.org/notices/${THIRD}/">${THIRD_TITLE}</a>`);
      }
      const third = items.find((i) => i.link.endsWith(`/notices/${THIRD}/`))!;
      expect(third.description).not.toContain('现行有效的是');
    }
  });

  it('in what its search result shows (Pagefind meta of its page)', () => {
    const meta = page(FIRST).match(/<span hidden data-pagefind-meta="endBefore\[data-before\], endTitle\[data-title\], endUrl\[data-url\], endAfter\[data-after\]"([^>]*)>/)?.[1];
    expect(meta).toContain(`data-title="${THIRD_TITLE}"`);
    expect(meta).toContain(`data-url="/notices/${THIRD}/"`);
    expect(meta).toContain('data-before="现行有效的是："');
    expect(page(THIRD)).not.toContain('data-pagefind-meta="endBefore');
  });
});
