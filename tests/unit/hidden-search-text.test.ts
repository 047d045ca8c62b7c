import { describe, expect, it } from 'vitest';
import { HIDDEN_TEXT_END as END, HIDDEN_TEXT_START as START, openingText, visibleExcerpt } from '../../src/search/hidden-search-text';

describe('excerpts without the hidden search text', () => {
  it('cuts a short page’s excerpt where its hidden keys start', () => {
    const excerpt = `夜间 请 按 门铃 呼叫 值班 护士 。 ${START} 岚溪区 中医 医院 <mark>发热</mark> <mark>门诊</mark> 070001232001 ${END}`;
    expect(visibleExcerpt(excerpt)).toBe('夜间 请 按 门铃 呼叫 值班 护士 。');
  });

  it('drops the hidden text an excerpt starts inside, and keeps what follows it', () => {
    // The hotline list: one entry's hidden keys, then the next entry's own text.
    const excerpt = `070001230201 ${END} 心理 援助 热线 <mark>发热</mark> 咨询 ${START} 心理 援助`;
    expect(visibleExcerpt(excerpt)).toBe('心理 援助 热线 <mark>发热</mark> 咨询');
  });

  it('drops hidden text between two entries’ own text', () => {
    expect(visibleExcerpt(`甲 热线 ${START} 甲 热线 0700 ${END} 乙 热线 ${START} 乙 ${END}`)).toBe('甲 热线 乙 热线');
  });

  it('leaves an excerpt without hidden text as it is, and empties one that is all hidden text', () => {
    expect(visibleExcerpt('请 <mark>佩戴</mark> 口罩 。')).toBe('请 <mark>佩戴</mark> 口罩 。');
    expect(visibleExcerpt(`${START} <mark>070001232001</mark> ${END}`)).toBe('');
    expect(visibleExcerpt(`<mark>070001232001</mark> ${END}`)).toBe('');
  });
});

describe('a page’s opening words, for an excerpt that was all hidden text', () => {
  it('gives the visible text, shortened with an ellipsis', () => {
    const content = `岚溪区 人民 医院 发热 门诊 。 门诊 设 在 医院 东侧 。 ${START} 070001231001 ${END}`;
    expect(openingText(content)).toBe('岚溪区 人民 医院 发热 门诊 。 门诊 设 在 医院 东侧 。');
    expect(openingText(content, 10)).toBe('岚溪区 人民 医院…');
  });
});
