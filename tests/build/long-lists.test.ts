/**
 * List pages stay short as the archive grows: a content folder of a few
 * hundred entries (the benchmark's generator: 600, of them 60 clinics) is built, and /notices/,
 * /articles/ and region pages show the newest few in force and the newest few past,
 * while every entry stays reachable through one page per month.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../bench/generate-content';
import { buildSite } from '../helpers/build-site';
import { LIST_CURRENT, LIST_LATEST } from '../../src/site/archive-months';

let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const ids = (kind: string) => readdirSync(join(dist, kind)).filter((name) => name !== 'archive' && existsSync(join(dist, kind, name, 'index.html')));
/** Entry links (not posters, feeds or archive pages) in a page's main content. */
const entryLinks = (html: string, kind: string) =>
  [...html.slice(Math.max(0, html.indexOf('<main'))).matchAll(new RegExp(`href="/${kind}/([^/"#]+)/"`, 'g'))].map((m) => m[1]!).filter((id) => id !== 'archive');
/** The region with no parent: its page has no 所在地区 trail. */
const rootRegion = () => ids('regions').find((id) => !read(`regions/${id}/index.html`).includes('所在地区'))!;
const monthLinks = (html: string, kind: string) => [...html.matchAll(new RegExp(`href="/${kind}/archive/(\\d{4}-\\d{2})/"`, 'g'))].map((m) => m[1]!);

beforeAll(async () => {
  const content = await generateContent(mkdtempSync(join(tmpdir(), 'long-lists-')), 600);
  const build = buildSite(content.dir);
  expect(build.status, build.output.slice(-3000)).toBe(0);
  dist = build.outDir;
}, 300_000);

describe.each(['notices', 'articles'])('/%s/ with a long archive', (kind) => {
  it('lists only the newest past entries, not the whole archive', () => {
    const html = read(`${kind}/index.html`);
    const all = ids(kind);
    expect(all.length).toBeGreaterThan(LIST_LATEST * 2);
    if (kind === 'articles') expect(entryLinks(html, kind).length).toBe(LIST_LATEST);
    else {
      const inForce = html.slice(html.indexOf('正在执行与即将生效'), html.indexOf('已不再执行'));
      const past = html.slice(html.indexOf('已不再执行'), html.indexOf('id="archive"'));
      expect(Number(inForce.match(/正在执行与即将生效（(\d+)）/)?.[1])).toBeGreaterThan(LIST_CURRENT);
      expect(new Set(entryLinks(inForce, kind)).size).toBe(LIST_CURRENT);
      expect(new Set(entryLinks(past, kind)).size).toBe(LIST_LATEST);
    }
  });

  it('reaches every entry through exactly one month page, each linked from the list', () => {
    const months = monthLinks(read(`${kind}/index.html`), kind);
    expect(months.length).toBeGreaterThan(12);
    const seen = new Map<string, string>();
    for (const month of months) {
      for (const id of new Set(entryLinks(read(`${kind}/archive/${month}/index.html`), kind))) {
        expect(seen.get(id), `${id} is on two month pages`).toBeUndefined();
        seen.set(id, month);
        // An entry's id starts with its date of issue: it is on that month's page.
        expect(id.slice(0, 7)).toBe(month);
      }
    }
    expect([...seen.keys()].sort()).toEqual(ids(kind).sort());
  });
});

describe('region pages with a long archive', () => {
  it('show what is in force and the newest few, and point to the month pages', () => {
    const html = read(`regions/${rootRegion()}/index.html`);
    const listed = new Set(entryLinks(html, 'notices'));
    expect(listed.size).toBeLessThanOrEqual(LIST_CURRENT + LIST_LATEST);
    expect(listed.size).toBeLessThan(ids('notices').length);
    expect(html).toContain('href="/notices/#archive"');
  });

  it('count the clinics of a large region by area instead of listing every one, and link to them all', () => {
    const html = read(`regions/${rootRegion()}/index.html`);
    const total = Number(html.match(/服务点（(\d+)）/)?.[1]);
    expect(total).toBeGreaterThan(LIST_CURRENT);
    expect((html.match(/class="card clinic /g) ?? []).length).toBeLessThan(total);
    expect(html).toContain('下辖地区各有');
    expect(html).toContain('href="/clinics/"');
  });
});
