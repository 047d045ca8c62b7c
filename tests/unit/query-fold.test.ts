import { describe, expect, it } from 'vitest';
import { traditionalFoldTable } from '../../src/search/fold-table';
import { foldQuery, hasHan, parseFoldTable } from '../../src/search/query-fold';

const SITE = ['发热门诊在滨江西路，港澳台侨胞请拨打热线。', '核酸检测点'];

describe('the 繁→简 table the build writes for the search page', () => {
  const table = parseFoldTable(traditionalFoldTable(SITE));

  it('reads a Traditional query as the Simplified words the site uses', () => {
    expect(foldQuery('發熱門診', table)).toBe('发热门诊');
    expect(foldQuery('港澳臺僑胞', table)).toBe('港澳台侨胞');
    expect(foldQuery('核酸檢測', table)).toBe('核酸检测');
  });
  it('knows Taiwan and Hong Kong variant forms too', () => {
    // 綫 is the Hong Kong form of 線 (线).
    expect(foldQuery('熱綫', parseFoldTable(traditionalFoldTable(['热线'])))).toBe('热线');
  });
  it('leaves Simplified, Latin and digits alone', () => {
    expect(foldQuery('发热门诊 0700-01230301 abc', table)).toBe('发热门诊 0700-01230301 abc');
  });
  it('only carries characters the site uses, so it stays small', () => {
    expect(table.get('鬱')).toBeUndefined(); // 郁 is not in SITE
    expect(table.size).toBeLessThan(40);
  });
  it('leaves a character alone when the site also uses it as ordinary Simplified', () => {
    // 著 is Traditional for 着, but 显著 is everyday Simplified.
    const table = parseFoldTable(traditionalFoldTable(['取得显著成效，请穿着整齐']));
    expect(foldQuery('显著', table)).toBe('显著');
    expect(foldQuery('穿著', table)).toBe('穿著');
  });
  it('is the same for the same content, whatever the order', () => {
    expect(traditionalFoldTable([...SITE].reverse())).toBe(traditionalFoldTable(SITE));
  });
});

describe('when the table is fetched', () => {
  it('only for queries with Chinese characters', () => {
    expect(hasHan('發熱門診')).toBe(true);
    expect(hasHan('01230301')).toBe(false);
  });
});
