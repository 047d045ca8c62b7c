import { describe, expect, it } from 'vitest';
import { noticeNumberForms, searchExtras, simplifiedText } from '../../src/search/search-text';

describe('简繁 at index time', () => {
  it('converts Traditional text to Simplified', () => {
    expect(simplifiedText('發熱門診 港澳臺僑胞')).toBe('发热门诊 港澳台侨胞');
  });
  it('indexes a Traditional page also in Simplified', () => {
    expect(searchExtras({ text: '發熱門診', lang: 'zh-Hant' }).simplified).toBe('发热门诊');
  });
  it('indexes a Simplified page once: no Traditional copy (the query is folded instead)', () => {
    expect(searchExtras({ text: '发热门诊在滨江西路' }).simplified).toBe('');
  });
});

describe('notice numbers and phone digits', () => {
  it('writes 第N号 the ways people say it', () => {
    expect(noticeNumberForms({ seriesNo: 3, docType: '通告', docNumber: '岚防指〔2026〕7号' })).toEqual(
      expect.arrayContaining(['第3号', '3号通告', '通告第3号', '岚防指〔2026〕7号']),
    );
  });
  it('indexes phone numbers as bare digits, and keywords strongly', () => {
    expect(searchExtras({ text: '热线', phones: ['0700-0123 0301'], keywords: ['心理援助'] }).keys).toBe('心理援助 070001230301');
  });
});
