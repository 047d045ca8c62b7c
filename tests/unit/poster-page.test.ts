import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { checkContentFolder } from '../../src/checking/content-check';
import { noticePosterArticle, posterDocument, posterFile, posterSources, rhymePosterArticle } from '../../src/posters/poster-page';
import type { Notice } from '../../src/schemas/notice';
import type { Rhyme } from '../../src/schemas/rhyme';
import { fixture } from '../helpers/build-site';

const NOW = parseContentDate('2026-11-22T12:00')!;
const { entries } = checkContentFolder(fixture('site-basic'));
const inForce = { status: 'in-force', label: '有效' };

const notice = (fields: Partial<Notice> = {}): Notice =>
  ({ title: '关于<调整>门诊时间的通告', docType: '通告', authority: ['县卫健局', '县指挥部'], seriesNo: 3, issued: parseContentDate('2026-11-20T08:30')!, ...fields }) as Notice;

describe('noticePosterArticle', () => {
  it('says what the notice is, who issued it and when, in Beijing time, with its text escaped', () => {
    const html = noticePosterArticle(notice({ summary: '带上"身份证"&医保卡' }), '', inForce);
    expect(html).toContain('<h1>关于&lt;调整&gt;门诊时间的通告</h1>');
    expect(html).toContain('<p class="center">第3号</p>');
    expect(html).toContain('县卫健局、县指挥部　<time datetime="2026-11-20T08:30:00+08:00">2026年11月20日 08:30</time>');
    expect(html).toContain('<p class="summary">带上&quot;身份证&quot;&amp;医保卡</p>');
    expect(html).not.toContain('poster-status');
  });

  it('falls back to the start of the body when there is no summary', () => {
    expect(noticePosterArticle(notice(), '## 一、门诊\n\n每天 **08:00** 开诊。', inForce)).toContain('<p class="summary">一、门诊 每天 08:00 开诊。</p>');
  });

  it('warns on a notice that is no longer in force', () => {
    const html = noticePosterArticle(notice(), '', { status: 'superseded', label: '已被替代' });
    expect(html).toMatch(/^<article><p class="poster-status">【已被替代】本通告已不是现行规定，请扫码查看最新通告<\/p><h1>/);
  });

  it('marks a notice written in 繁體', () => {
    expect(noticePosterArticle(notice({ lang: 'zh-Hant' }), '', inForce)).toMatch(/^<article lang="zh-Hant">/);
  });
});

describe('rhymePosterArticle', () => {
  const rhyme = { title: '防疫三字经', form: '三字经', dialect: '长沙话', glossary: [{ term: '冇得', reading: 'mǎo de', meaning: '没有' }] } as Rhyme;

  it('keeps every verse line and stanza, with readings in <ruby> and no links', () => {
    const html = rhymePosterArticle(rhyme, '勤洗手，\n冇得少。\n\n戴口罩，<莫慌>。\n');
    expect(html).toContain('<p class="sub">长沙话三字经</p>');
    expect(html).toContain(
      '<div class="lyrics"><p class="stanza"><span class="line">勤洗手，</span><span class="line"><span class="term"><ruby>冇得<rp>（</rp><rt>mǎo de</rt><rp>）</rp></ruby></span>少。</span></p><p class="stanza"><span class="line">戴口罩，&lt;莫慌&gt;。</span></p></div>',
    );
    expect(html).toContain('<p class="gloss">冇得：没有</p>');
    expect(html).not.toContain('<a ');
  });
});

describe('posterSources', () => {
  const ids = (sources: ReturnType<typeof posterSources>, kind: string) => sources.filter((s) => s.kind === kind).map((s) => s.id);

  it('makes one poster per published notice and rhyme, none for drafts or entries not yet out', () => {
    const sources = posterSources(entries, NOW);
    const published = (kind: string) =>
      entries.filter((e) => e.kind === kind && e.data.draft !== true && ((e.data.issued ?? e.data.published) as Date) <= NOW).map((e) => e.id);
    expect(ids(sources, 'notices').sort()).toEqual(published('notices').sort());
    expect(ids(sources, 'rhymes').sort()).toEqual(published('rhymes').sort());
    expect(sources.some((s) => s.id.includes('leakmarker'))).toBe(false);
    expect(sources.some((s) => s.kind === 'notices' && s.id === '2026-11-10-fangkong-tonggao-2')).toBe(true);
  });

  it('includes drafts when the dev server previews them', () => {
    expect(ids(posterSources(entries, NOW, true), 'notices')).toContain('2026-11-12-leakmarker-draft-notice');
  });

  it('tells a superseded notice from one in force', () => {
    const sources = posterSources(entries, NOW);
    const article = (id: string) => sources.find((s) => s.id === id)!.article;
    expect(article('2026-10-20-fangkong-tonggao-1')).toContain('【已被替代】');
    expect(article('2026-11-10-fangkong-tonggao-2')).not.toContain('poster-status');
  });
});

describe('posterDocument', () => {
  const style = '.poster{font-size:1.35rem}';
  const policy = `script-src 'self'; style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  const source = { kind: 'notices' as const, id: 'n-1', title: 'A & B', article: '<article>…</article>' };
  const html = posterDocument(source, { site: 'https://example.org', issuer: '某某指挥部（示例数据）', style, policy }, '<svg>qr</svg>');

  it('is published under the entry’s own address', () => {
    expect(posterFile(source)).toBe('notices/n-1/poster/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.org/notices/n-1/">');
    expect(html).toContain('<a class="tap" href="/notices/n-1/">← 返回网页版</a>');
    expect(html).toContain('<title>张贴版：A &amp; B</title>');
  });

  it('has its policy first in <head>, allowing exactly its one stylesheet', () => {
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain(`content="${policy}"`);
    expect(html).toContain(`<style>${style}</style>`);
    expect(html).not.toMatch(/<script/);
  });

  it('prints the QR code, the address and the issuer', () => {
    expect(html).toContain('aria-label="二维码：https://example.org/notices/n-1/"><svg>qr</svg></div>');
    expect(html).toContain('<p class="url">https://example.org/notices/n-1/</p><p class="issuer">某某指挥部（示例数据）</p>');
  });
});
