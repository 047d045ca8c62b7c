import { describe, expect, it } from 'vitest';
import { spaceWords, spaceWordsInHtml, unspaceWords } from '../../src/lib/word-spacing';

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

  it('takes the spaces out of what residents see, around <mark> too', () => {
    expect(unspaceWords('发热 门诊 开放 时间')).toBe('发热门诊开放时间');
    expect(unspaceWords('请 到 <mark>发热</mark> <mark>门诊</mark> 就诊 ， 谢谢')).toBe('请到<mark>发热</mark><mark>门诊</mark>就诊，谢谢');
    expect(unspaceWords('第 <mark>3</mark> 号 通告')).toBe('第<mark>3</mark>号通告');
    expect(unspaceWords('Call 0700-01230301 now')).toBe('Call 0700-01230301 now');
  });

  it('round-trips: what is spaced for the index reads as written again', () => {
    const text = '岚川区疾控中心提醒：居家健康观察期间，每天早晚各测一次体温，第3号通告仍然有效。';
    expect(unspaceWords(spaceWords(text))).toBe(text);
  });
});
