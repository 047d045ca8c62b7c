/** The search page's reading of a delta index: what it drops and how it counts (src/search/delta-results.ts). */
import { describe, expect, it } from 'vitest';
import { countsWithoutReplaced, hiddenCount, withoutReplaced, type DeltaManifest } from '../../src/search/delta-results';

const delta: DeltaManifest = {
  pages: 2,
  // cmn_old: a changed page's old copy; cmn_gone: a removed page.
  replaced: { cmn_old: { 地区: ['西湾镇'], 类型: ['通告'] }, cmn_gone: { 地区: ['西湾镇'], 现行: ['否'] } },
  // cmn_same: a page whose indexed text did not change, in both indexes.
  repeated: { cmn_same: { 地区: ['南山村'] } },
};
const result = (id: string) => ({ id });

describe('results across a full index and its delta', () => {
  it('drops the full index copy of replaced and removed pages, and shows a page in both once', () => {
    const merged = ['cmn_new', 'cmn_old', 'cmn_same', 'cmn_other', 'cmn_same', 'cmn_gone'].map(result);
    expect(withoutReplaced(merged, delta).map((r) => r.id)).toEqual(['cmn_new', 'cmn_same', 'cmn_other']);
  });

  it('takes replaced pages off the filter counts and counts a repeated page once', () => {
    const counts = { 地区: { 西湾镇: 3, 南山村: 4, 示范县: 1 }, 类型: { 通告: 5 }, 现行: { 否: 1 } };
    expect(countsWithoutReplaced(counts, delta)).toEqual({ 地区: { 西湾镇: 1, 南山村: 3, 示范县: 1 }, 类型: { 通告: 4 }, 现行: {} });
    expect(counts.地区.西湾镇).toBe(3);
  });

  it('says how many results the counts hold that are not shown', () => {
    expect(hiddenCount(delta)).toBe(3);
    expect(hiddenCount({ pages: 0, replaced: {}, repeated: {} })).toBe(0);
  });
});
