import { describe, expect, it } from 'vitest';
import { cutQuery, spaceWords, spaceWordsInHtml, unspaceExcerpt, unspaceTitle } from '../../src/search/word-spacing';

describe('words spaced for the search index', () => {
  it('cuts Chinese into the words a browser cuts a query into', () => {
    const spaced = spaceWords('发热门诊开放时间调整');
    expect(spaced.split(' ')).toEqual(expect.arrayContaining(['发热', '门诊', '开放', '时间', '调整']));
    // The browser's Pagefind cuts the query 发热门诊 the same way, so its words are all in the index.
    const query = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('发热门诊')].map((s) => s.segment);
    for (const word of query) expect(spaced.split(' ')).toContain(word);
  });

  it('cuts numbers off Chinese, and leaves other text as it was', () => {
    expect(spaceWords('第3号通告')).toBe('第 3 号 通告');
    expect(spaceWords('拨打0700-01230301咨询')).toMatch(/ 0700-01230301 /);
    expect(spaceWords('Call 0700-01230301 now')).toBe('Call 0700-01230301 now');
  });

  it('spaces only the searchable part of a page, and never attributes, scripts or styles', () => {
    const page = [
      '<html><head><title>发热门诊</title><style>.a::before{content:"发热门诊"}</style></head><body>',
      '<nav>首页通告</nav>',
      '<article data-pagefind-body><h1>发热门诊</h1><span hidden data-pagefind-filter="地区:岚溪镇"></span>',
      '<script type="application/ld+json">{"name":"发热门诊"}</script><p>请到发热门诊</p></article></body></html>',
    ].join('');
    const spaced = spaceWordsInHtml(page);
    expect(spaced).toContain('<title>发热门诊</title>');
    expect(spaced).toContain('<nav>首页通告</nav>');
    expect(spaced).toContain('<h1>发热 门诊</h1>');
    expect(spaced).toContain('data-pagefind-filter="地区:岚溪镇"');
    expect(spaced).toContain('{"name":"发热门诊"}');
    expect(spaced).toMatch(/<p> 请[^<]* 发热 门诊<\/p>/);
    expect(spaceWordsInHtml('<p>没有搜索标记的页面</p>')).toBe('<p>没有搜索标记的页面</p>');
  });

  it('keeps the words of neighbouring elements apart, as the indexer joins their text', () => {
    const page = '<dl data-pagefind-body><dt>发布机关</dt><dd>岚溪区河西街道办事处</dd><dt>发布日期</dt><dd>2026年11月5日</dd></dl>';
    const words = spaceWordsInHtml(page).replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean);
    expect(words).toEqual(expect.arrayContaining(['机关', '办事', '日期', '2026']));
    expect(words.some((w) => /机关岚|处发布|日期2026/.test(w))).toBe(false);
  });

  it('spaces rare characters outside the basic plane like any other', () => {
    expect(spaceWords('在𡘙3楼')).toBe('在 𡘙 3 楼');
  });

  it('leaves scripts and styles alone even after a line break', () => {
    const page = '<article data-pagefind-body><p>发热门诊</p>\n<script type="application/ld+json">{"name":"发热门诊"}</script>\n<style>.a::before{content:"发热门诊"}</style></article>';
    const spaced = spaceWordsInHtml(page);
    expect(spaced).toContain('{"name":"发热门诊"}');
    expect(spaced).toContain('content:"发热门诊"');
  });

  it('shows excerpts without the cuts between Chinese characters, around <mark> too', () => {
    expect(unspaceExcerpt('发热 门诊 开放 时间')).toBe('发热门诊开放时间');
    expect(unspaceExcerpt('请 到 <mark>发热</mark> <mark>门诊</mark> 就诊 ， 谢谢')).toBe('请到<mark>发热</mark><mark>门诊</mark>就诊，谢谢');
  });

  it('keeps spaces next to digits and Latin in excerpts, where the page may have them', () => {
    // The page says 每天 08:00–22:00 and 热线 0700-01230301: the number must not stick to the words.
    expect(unspaceExcerpt('开放 时间 每天 08:00–22:00 ， 热线 0700-01230301')).toBe('开放时间每天 08:00–22:00，热线 0700-01230301');
    expect(unspaceExcerpt('Call 0700-01230301 now')).toBe('Call 0700-01230301 now');
  });

  it('shows titles exactly as written, digits included', () => {
    expect(unspaceTitle('关于 第 3 号 通告 的 说明')).toBe('关于第3号通告的说明');
    expect(unspaceTitle('Call 0700-01230301 now')).toBe('Call 0700-01230301 now');
  });

  it('round-trips: a title spaced for the index reads as written again', () => {
    const text = '岚川区疾控中心提醒：居家健康观察期间，每天早晚各测一次体温，第3号通告仍然有效。';
    expect(unspaceTitle(spaceWords(text))).toBe(text);
  });
});

describe('a typed query cut as the index was', () => {
  it('cuts a query into the same words as the page text', () => {
    expect(cutQuery('发热门诊')).toBe('发热 门诊');
    expect(cutQuery('发热门诊').split(' ')).toEqual(spaceWords('发热门诊').split(' '));
    expect(cutQuery('  打疫苗  哪里 ')).toBe(cutQuery('打疫苗哪里'));
    expect(cutQuery('')).toBe('');
  });
});
