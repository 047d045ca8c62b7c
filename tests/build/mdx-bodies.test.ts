/**
 * .mdx bodies render as data (src/entry-bodies/): the sample's .mdx notice shows
 * its notice link with today's status, its cards and its callout where the
 * author wrote them, with Markdown and phone links inside, on the page and in
 * the feed; an .mdx article's picture is optimised like a .md one's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const prose = (html: string) => html.slice(html.indexOf('class="prose"'), html.indexOf('</div><p class="no-print"'));

describe('an .mdx notice', () => {
  const body = prose(read('notices/2026-11-18-fare-jiuzhen-jinji-tishi/index.html'));

  it('links the notice it names, inside its sentence, with that notice status at this build', () => {
    expect(body).toMatch(
      /<p>本提示更新了<span class="notice-ref"><a href="\/notices\/2026-10-21-fangkong-tonggao-1\/">[^<]*（第1号）<\/a> <span class="badge status-superseded">已被替代<\/span><\/span>中关于就医的要求。<\/p>/,
    );
  });

  it('shows the clinic and hotline cards with numbers to tap, then the callout, in the order written', () => {
    const clinic = body.indexOf('href="/clinics/lanxi-renmin-yiyuan-fare-menzhen/"');
    const hotline = body.indexOf('href="/hotlines/#lanxi-yingji-zhiban"');
    const callout = body.indexOf('class="notice-box stop callout"');
    expect(clinic).toBeGreaterThan(body.indexOf('四、区人民医院'));
    expect(hotline).toBeGreaterThan(clinic);
    expect(callout).toBeGreaterThan(hotline);
    expect(body.indexOf('五、家中有老人独居')).toBeGreaterThan(callout);
    expect(body).toContain('href="tel:070001230001"');
  });

  it('puts the callout text inside the callout box, never a block inside a paragraph', () => {
    expect(body).toMatch(/<div class="notice-box stop callout"[^>]*><p class="callout-title"[^>]*><strong[^>]*>警告<\/strong><\/p>\s*<p>高烧不退、呼吸急促、口唇发紫时，不要等待，请立即就医。<\/p>\s*<\/div>/);
    expect(body).not.toMatch(/<p>\s*<div/);
  });

  it('leaves no marker or component tag in the page or the feed', () => {
    for (const text of [body, read('notices/rss.xml')]) {
      expect(text).not.toMatch(/[\uE000-\uE003]/);
      expect(text).not.toMatch(/&lt;(NoticeRef|ClinicCard|HotlineCard|Callout)|<(NoticeRef|ClinicCard|HotlineCard|Callout)/);
    }
  });

  it('carries the same cards and callout into the full-text feed', () => {
    const item = read('notices/rss.xml').split('<item>').find((i) => i.includes('2026-11-18-fare-jiuzhen-jinji-tishi'))!;
    expect(item).toContain('区疫情防控24小时应急值班电话');
    expect(item).toContain('岚溪区人民医院发热门诊');
    expect(item).toContain('高烧不退、呼吸急促、口唇发紫时，不要等待，请立即就医。');
  });
});

describe('an .mdx article', () => {
  it('shows its picture optimised, with its description', () => {
    const body = prose(read('articles/2026-11-16-xinli-rexian-lingchen/index.html'));
    expect(body).toMatch(/<img [^>]*alt="值班室墙上贴着排班表，两名接线员在交接班时核对记录"[^>]*src="\/_astro\/xinli-rexian-jiaojie\.[^"]+\.webp"/);
    expect(body).toMatch(/srcset="[^"]+ 640w/);
  });
});
