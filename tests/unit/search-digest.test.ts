/** A page's search digest changes with what search reads of it, not with the build's time (src/search/search-digest.ts). */
import { describe, expect, it } from 'vitest';
import { searchDigest, searchedHtml } from '../../src/search/search-digest';

const page = (saved: string, text = '发热门诊开放', filter = '状态:有效', title = '第2号') =>
  `<html lang="zh-CN"><body><main data-pagefind-body><div class="banner" data-saved="${saved}" data-known="{&quot;a&quot;:1}">${text}</div>` +
  `<span hidden data-pagefind-filter="${filter}"></span><span hidden data-pagefind-meta="endTitle[data-title]" data-title="${title}"></span>` +
  `<img src="/a.png" alt="示意图" class="wide"><h2 id="x">小标题</h2></main><script type="module" src="/_astro/a.js"></script></body></html>`;

describe('search digest of a built page', () => {
  it('does not change with the build time or other attributes search does not read', () => {
    expect(searchDigest(page('2026年12月7日 13:04'))).toBe(searchDigest(page('2026年12月7日 13:05')));
    expect(searchedHtml(page('x'))).not.toContain('data-saved');
    expect(searchedHtml(page('x'))).not.toContain('class=');
  });

  it('changes with the text, a filter, or an attribute a Pagefind meta reads', () => {
    const base = searchDigest(page('t'));
    expect(searchDigest(page('t', '发热门诊关闭'))).not.toBe(base);
    expect(searchDigest(page('t', undefined, '状态:已失效'))).not.toBe(base);
    expect(searchDigest(page('t', undefined, undefined, '第3号'))).not.toBe(base);
  });

  it('keeps image text and sources, anchors and the language', () => {
    const html = searchedHtml(page('t'));
    for (const kept of ['alt="示意图"', 'src="/a.png"', 'id="x"', 'lang="zh-CN"']) expect(html).toContain(kept);
  });
});
