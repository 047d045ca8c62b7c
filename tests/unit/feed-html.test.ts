import { describe, expect, it } from 'vitest';
import { rfc822Beijing, parseContentDate } from '../../src/lifecycle/beijing-time';
import { feedHtml } from '../../src/feeds/feed-html';

const site = new URL('https://fangkong.example.org/');

describe('feed HTML', () => {
  it('makes links, images and srcset absolute', () => {
    const html = feedHtml('<p><a href="/notices/a/">通告</a><img src="/_astro/a.webp" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w" alt="采样点" width="720" height="480"></p>', site);
    expect(html).toContain('href="https://fangkong.example.org/notices/a/"');
    expect(html).toContain('src="https://fangkong.example.org/_astro/a.webp"');
    expect(html).toContain('srcset="https://fangkong.example.org/_astro/a-360.webp 360w, https://fangkong.example.org/_astro/a-720.webp 720w"');
    expect(html).toContain('alt="采样点"');
  });
  it('removes scripts and inline styles', () => {
    const html = feedHtml('<p style="color:red" onclick="x()">文字</p><script>alert(1)</script>', site);
    expect(html).toBe('<p>文字</p>');
  });
  it('leaves tel: links alone', () => {
    expect(feedHtml('<a href="tel:070001230001">电话</a>', site)).toContain('href="tel:070001230001"');
  });
});

describe('feed dates', () => {
  it('writes RFC 822 in Beijing time', () => {
    expect(rfc822Beijing(parseContentDate('2026-11-22T18:05')!)).toBe('Sun, 22 Nov 2026 18:05:00 +0800');
    expect(rfc822Beijing(parseContentDate('2026-11-23')!)).toBe('Mon, 23 Nov 2026 00:00:00 +0800');
  });
});
