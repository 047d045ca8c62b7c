/** What the web editor drops before saving: blank text, and groups and lists with nothing in them. */
import { describe, expect, it } from 'vitest';
import { emptyPaths } from '../../src/editor/browser/empty-paths';

describe('emptyPaths', () => {
  it('finds blank optional text and untouched groups, and keeps what was written', () => {
    const data = { title: '通知', docNumber: '', withdrawn: { date: '', reason: '  ' }, urgent: false, seriesNo: 0, body: '' };
    expect(emptyPaths(data, ['body'])).toEqual([['docNumber'], ['withdrawn']]);
  });

  it('removes a half-blank group’s blank part only, so the check can name what is missing', () => {
    expect(emptyPaths({ withdrawn: { date: '2026-11-20', reason: '' } })).toEqual([['withdrawn', 'reason']]);
  });

  it('removes blank list items in order, and a list with nothing left', () => {
    const data = { tags: ['', '口罩', ''], changes: [{ date: '', note: '' }] };
    expect(emptyPaths(data)).toEqual([['tags', 0], ['tags', 2], ['changes']]);
  });
});
