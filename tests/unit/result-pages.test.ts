import { describe, expect, it } from 'vitest';
import { askedPage, onPage, PAGE_SIZE, pageCount, pageToShow } from '../../src/search/result-pages';

describe('pages of search results', () => {
  it('reads ?page= as a whole number from 1, anything else as the first page', () => {
    expect(askedPage('3')).toBe(3);
    for (const value of [null, '', '0', '-2', '1.5', 'abc', '1e400']) expect(askedPage(value), String(value)).toBe(1);
  });

  it('counts pages, one even for no results', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });

  it('shows the last page for a page past it', () => {
    expect(pageToShow(2, 2 * PAGE_SIZE)).toBe(2);
    expect(pageToShow(9, 2 * PAGE_SIZE + 1)).toBe(3);
    expect(pageToShow(4, 0)).toBe(1);
  });

  it('cuts a page out of the ordered results', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, i) => i);
    expect(onPage(items, 1)).toEqual(items.slice(0, PAGE_SIZE));
    expect(onPage(items, 3)).toEqual(items.slice(2 * PAGE_SIZE));
  });
});
