/**
 * The sitemap's sort with one collator kept (src/site/collator-cache.ts):
 * the same order as `localeCompare` makes with its locales and options, and
 * `localeCompare` as it was once the hook ends, even when it fails.
 */
import { describe, expect, it } from 'vitest';
import { collatorCached, withCollatorCache } from '../../src/site/collator-cache';

const addresses = [
  'https://example.org/notices/2026-11-10-tonggao-10/',
  'https://example.org/notices/2026-11-10-tonggao-9/',
  'https://example.org/notices/2026-11-10-Tonggao-2/',
  'https://example.org/regions/东城街道/',
  'https://example.org/regions/dongcheng/',
  'https://example.org/',
  'https://example.org/notices/2026-11-10-tonggao-100/',
  'https://example.org/clinics/é-clinic/',
  'https://example.org/clinics/e-clinic/',
];
const sitemapOrder = (urls: string[]) => [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('localeCompare with one collator kept', () => {
  it('orders as localeCompare does, with its locales and options and without', async () => {
    const expected = sitemapOrder(addresses);
    const plain = [...addresses].sort((a, b) => a.localeCompare(b));
    const kept = await withCollatorCache(() => ({ sitemap: sitemapOrder(addresses), plain: [...addresses].sort((a, b) => a.localeCompare(b)) }));
    expect(kept).toEqual({ sitemap: expected, plain });
    // Numeric: 9 before 10 before 100, not as text.
    expect(expected.filter((url) => url.includes('tonggao-')).map((url) => /tonggao-(\d+)/.exec(url)![1])).toEqual(['9', '10', '100']);
  });

  it('is put back when the hook ends, and when it fails', async () => {
    const original = String.prototype.localeCompare;
    const hook = collatorCached({ name: 'x', hooks: { 'astro:build:done': () => Promise.reject(new Error('写站点地图失败')) } }).hooks['astro:build:done']!;
    await expect(hook({} as Parameters<typeof hook>[0])).rejects.toThrow('写站点地图失败');
    expect(String.prototype.localeCompare).toBe(original);
    await withCollatorCache(() => undefined);
    expect(String.prototype.localeCompare).toBe(original);
  });
});
