/** When the live publisher indexes only what changed, and which pages (src/search/delta-choice.ts). */
import { describe, expect, it } from 'vitest';
import { chooseSearchIndex, DELTA_PAGE_LIMIT, type FullIndexBase } from '../../src/search/delta-choice';

const SETTINGS = '{"format":1,"chunk":"8000"}';
const hashes = (count: number, version = 'a') => Object.fromEntries(Array.from({ length: count }, (_, i) => [`notices/n${i}/index.html`, `${version}${i}`]));
const base = (pages: Record<string, string>): FullIndexBase => ({ hashes: pages, parts: 1, settings: SETTINGS });

describe('choosing a delta search index', () => {
  it('covers the pages added and changed since the full index, and those removed', () => {
    const before = hashes(5);
    const now: Record<string, string> = { ...before, 'notices/n1/index.html': 'changed', 'notices/new/index.html': 'x' };
    delete now['notices/n3/index.html'];
    expect(chooseSearchIndex({ base: base(before), pages: now, parts: 1, settings: SETTINGS })).toEqual({
      kind: 'delta',
      changed: ['notices/n1/index.html', 'notices/new/index.html'],
      removed: ['notices/n3/index.html'],
    });
  });

  it('needs no delta when nothing searchable changed', () => {
    expect(chooseSearchIndex({ base: base(hashes(5)), pages: hashes(5), parts: 1, settings: SETTINGS })).toEqual({ kind: 'delta', changed: [], removed: [] });
  });

  it('builds the full index when the live release has none to reuse', () => {
    expect(chooseSearchIndex({ base: undefined, pages: hashes(5), parts: 1, settings: SETTINGS })).toMatchObject({ kind: 'full', why: '线上版本没有可沿用的完整搜索索引' });
  });

  it('builds the full index when the index settings or code changed', () => {
    expect(chooseSearchIndex({ base: base(hashes(5)), pages: hashes(5), parts: 1, settings: '{"format":2}' })).toMatchObject({ kind: 'full' });
  });

  it('builds the full index when the index would be split differently', () => {
    expect(chooseSearchIndex({ base: base(hashes(5)), pages: hashes(5), parts: 2, settings: SETTINGS })).toMatchObject({ kind: 'full', why: expect.stringContaining('从 1 变为 2') });
  });

  it('builds the full index when more pages changed than the limit', () => {
    const before = hashes(DELTA_PAGE_LIMIT + 10);
    const allChanged = hashes(DELTA_PAGE_LIMIT + 10, 'b');
    expect(chooseSearchIndex({ base: base(before), pages: allChanged, parts: 1, settings: SETTINGS })).toMatchObject({ kind: 'full', why: expect.stringContaining(`超过增量索引的上限 ${DELTA_PAGE_LIMIT} 个`) });
    const justUnder = { ...before, ...Object.fromEntries(Object.keys(before).slice(0, DELTA_PAGE_LIMIT).map((file) => [file, 'b'])) };
    expect(chooseSearchIndex({ base: base(before), pages: justUnder, parts: 1, settings: SETTINGS })).toMatchObject({ kind: 'delta' });
  });
});
