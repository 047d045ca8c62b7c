import { describe, expect, it } from 'vitest';
import { mergedPartPaths, partOf, splitSearchIndex, withIndexParts } from '../../src/search/search-parts';

const pages = (count: number) => Array.from({ length: count }, (_, i) => `notices/n${i}/index.html`);

describe('splitting a big search index into parts', () => {
  it('keeps a site of up to SEARCH_PAGES_PER_PART pages in one index', () => {
    expect(splitSearchIndex(pages(10), 10)).toEqual([pages(10).sort()]);
    expect(splitSearchIndex([], 10)).toEqual([[]]);
  });

  it('uses as few parts as the limit allows, of about equal size, each page in exactly one', () => {
    const all = pages(20_000);
    const parts = splitSearchIndex(all, 10_000);
    expect(parts).toHaveLength(2);
    expect(parts.flat().sort()).toEqual([...all].sort());
    for (const part of parts) expect(Math.abs(part.length - 10_000)).toBeLessThan(300);
    expect(splitSearchIndex(pages(20_001), 10_000)).toHaveLength(3);
  });

  it('places a page by its path alone, so a new page does not move the others', () => {
    const before = splitSearchIndex(pages(250), 100);
    const after = splitSearchIndex([...pages(250), 'notices/new/index.html'], 100);
    expect(after).toHaveLength(before.length);
    for (const [i, part] of before.entries()) expect(after[i].filter((file) => file !== 'notices/new/index.html')).toEqual(part);
    expect(partOf('notices/n7/index.html', 3)).toBe(partOf('notices/n7/index.html', 3));
  });

  it('lists the merged parts on the search page, and nothing when there is one index', () => {
    expect(mergedPartPaths(1)).toEqual([]);
    expect(mergedPartPaths(3)).toEqual(['/pagefind/part-2/', '/pagefind/part-3/']);
    const page = '<form id="search-form" class="search-form" data-index-parts>';
    expect(withIndexParts(page, mergedPartPaths(2))).toBe('<form id="search-form" class="search-form" data-index-parts="/pagefind/part-2/">');
    expect(withIndexParts(withIndexParts(page, mergedPartPaths(3))!, [])).toBe('<form id="search-form" class="search-form" data-index-parts="">');
    expect(withIndexParts('<form id="search-form">', ['/pagefind/part-2/'])).toBeUndefined();
  });
});
