import { describe, expect, it } from 'vitest';
import { datedId, isKebabId, noticeSlugText, pinyinSlug, uniqueId } from '../../src/scaffold/slug';

describe('pinyinSlug', () => {
  it('spells Chinese titles in toneless pinyin, one syllable per hyphen', () => {
    expect(pinyinSlug('暂停松林集市')).toBe('zan-ting-song-lin-ji-shi');
  });

  it('keeps at most six syllables', () => {
    expect(pinyinSlug('加强呼吸道传染病防控')).toBe('jia-qiang-hu-xi-dao-chuan');
    expect(pinyinSlug('加强呼吸道传染病防控', 3)).toBe('jia-qiang-hu');
  });

  it('drops punctuation, Chinese and ASCII alike', () => {
    expect(pinyinSlug('防疫三字经（长沙话版）')).toBe('fang-yi-san-zi-jing-chang');
    expect(pinyinSlug('“口罩”，要戴好！')).toBe('kou-zhao-yao-dai-hao');
    expect(pinyinSlug('《通知》——第一条……')).toBe('tong-zhi-di-yi-tiao');
  });

  it('keeps ASCII words and numbers, lower-cased, full-width ones too', () => {
    expect(pinyinSlug('COVID-19 疫苗：接种须知')).toBe('covid-19-yi-miao-jie-zhong');
    expect(pinyinSlug('２４小时热线')).toBe('24-xiao-shi-re-xian');
  });

  it('reads words in context and writes ü as v', () => {
    expect(pinyinSlug('长沙')).toBe('chang-sha');
    expect(pinyinSlug('绿色通道')).toBe('lv-se-tong-dao');
  });

  it('spells traditional characters', () => {
    expect(pinyinSlug('港澳臺僑胞服務')).toBe('gang-ao-tai-qiao-bao-fu');
  });

  it('always gives ASCII kebab-case, or nothing when there is nothing to spell', () => {
    for (const title of ['第3号通告', '  关于  “五一”  期间 ', 'Ａ·Ｂ', '𠀀 emoji 🦠 ok']) expect(isKebabId(pinyinSlug(title))).toBe(true);
    expect(pinyinSlug('！？……')).toBe('');
  });
});

describe('noticeSlugText', () => {
  const authority = ['岚溪区疫情防控指挥部'];

  it('drops the issuer, 关于, the 文种 and 第N号 that every notice of a series shares', () => {
    expect(noticeSlugText('岚溪区疫情防控指挥部关于加强防控的通告（第3号）', authority)).toBe('加强防控');
    expect(noticeSlugText('关于暂停松林集市的通知', authority)).toBe('暂停松林集市');
  });

  it('keeps the 文种 when nothing else is left', () => {
    expect(noticeSlugText('岚溪区疫情防控指挥部调度令（第2号）', authority)).toBe('调度令');
    expect(noticeSlugText('第1号通告', authority)).toBe('通告');
  });
});

describe('ids', () => {
  it('puts the Beijing date in front', () => {
    expect(datedId('2026-11-25', 'zan-ting-ji-shi')).toBe('2026-11-25-zan-ting-ji-shi');
  });

  it('adds -2, -3 … when the id is taken', () => {
    expect(uniqueId('a', new Set())).toBe('a');
    expect(uniqueId('a', new Set(['a']))).toBe('a-2');
    expect(uniqueId('a', new Set(['a', 'a-2', 'a-3']))).toBe('a-4');
  });
});
