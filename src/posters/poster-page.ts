/**
 * The printed posters: one A4 page per published notice and rhyme, at
 * `/notices/<id>/poster/` and `/rhymes/<id>/poster/`, in large type with the
 * entry's address and a QR code to it. Printing the page prints the poster.
 *
 * Posters are written as text from the checked content, not rendered page by
 * page through Astro: at 5000 entries Astro's per-page work made the 3444
 * posters about 3.8 s of a build, and writing them this way takes about 0.7 s
 * (docs/performance.md, round 12). src/posters/poster-pages-integration.ts writes
 * them after the build and serves them in `astro dev`.
 */
import type { CheckedEntry } from '../checking/content-rules';
import { escapeHtml } from '../site/html-escape';
import { formatDateTime, isoBeijing } from '../lifecycle/beijing-time';
import { lyricsStanzas, markGlossary } from '../site/lyrics';
import { authorityText, noticeNumberLine } from '../lifecycle/notice-labels';
import { withStatuses } from '../lifecycle/notice-status';
import { publishedNewestFirst } from '../lifecycle/publish';
import { plainExcerpt } from '../site/text';
import { entryUrl, fileOfUrl, posterUrl } from '../site/urls';
import type { Notice } from '../schemas/notice';
import type { Rhyme } from '../schemas/rhyme';

export type PosterKind = 'notices' | 'rhymes';

/** A poster's own part: what it says about its entry. */
export interface PosterSource {
  kind: PosterKind;
  id: string;
  title: string;
  /** The `<article>` element. */
  article: string;
}

/** What every poster shares: the site's name for itself, its stylesheet and its policy. */
export interface PosterFrame {
  site: string | URL;
  /** Printed under the QR code: who issues the poster. */
  issuer: string;
  style: string;
  /** Content-Security-Policy; its style hash must be that of `style`. */
  policy: string;
}

/** Where a poster is published, relative to the site's root folder. */
export function posterFile(source: Pick<PosterSource, 'kind' | 'id'>): string {
  return fileOfUrl(posterUrl(source.kind, source.id));
}

const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');

/** A notice's poster: its status when no longer in force, title, number, issuer and date, and its summary. */
export function noticePosterArticle(data: Notice, body: string, status: { status: string; label: string }): string {
  const number = noticeNumberLine(data);
  return [
    `<article${langAttribute(data.lang)}>`,
    status.status === 'in-force' ? '' : `<p class="poster-status">【${escapeHtml(status.label)}】本通告已不是现行规定，请扫码查看最新通告</p>`,
    `<h1>${escapeHtml(data.title)}</h1>`,
    number ? `<p class="center">${escapeHtml(number)}</p>` : '',
    `<p class="center">${escapeHtml(authorityText(data.authority))}　<time datetime="${isoBeijing(data.issued)}">${formatDateTime(data.issued)}</time></p>`,
    `<p class="summary">${escapeHtml(data.summary ?? plainExcerpt(body, 140))}</p>`,
    '</article>',
  ].join('');
}

/** Lyrics as on the rhyme's page (stanzas of lines, readings in <ruby>), without links: paper has nothing to follow. */
function posterLyrics(body: string, glossary: Rhyme['glossary']): string {
  const stanzas = lyricsStanzas(body).map((stanza) =>
    stanza
      .map((line) =>
        markGlossary(line, glossary ?? [])
          .map((part) =>
            typeof part === 'string'
              ? escapeHtml(part)
              : `<span class="term">${part.reading ? `<ruby>${escapeHtml(part.term)}<rp>（</rp><rt>${escapeHtml(part.reading)}</rt><rp>）</rp></ruby>` : escapeHtml(part.term)}</span>`,
          )
          .join(''),
      )
      .map((line) => `<span class="line">${line}</span>`)
      .join(''),
  );
  return `<div class="lyrics">${stanzas.map((stanza) => `<p class="stanza">${stanza}</p>`).join('')}</div>`;
}

/** A rhyme's poster: title, dialect and form, the lyrics line by line, and the glossary. */
export function rhymePosterArticle(data: Rhyme, body: string): string {
  const glossary = data.glossary?.length ? `<p class="gloss">${escapeHtml(data.glossary.map((g) => `${g.term}：${g.meaning}`).join('　'))}</p>` : '';
  return `<article${langAttribute(data.lang)}><h1>${escapeHtml(data.title)}</h1><p class="sub">${escapeHtml(`${data.dialect}${data.form}`)}</p>${posterLyrics(body, data.glossary)}${glossary}</article>`;
}

/**
 * Every poster the site publishes: one per published notice and rhyme (the
 * one publish filter; `preview` is the dev server's, which shows drafts too).
 */
export function posterSources(entries: readonly CheckedEntry[], now: Date, preview = false): PosterSource[] {
  const ofKind = <T>(kind: PosterKind) => entries.filter((entry) => entry.kind === kind).map((entry) => ({ id: entry.id, data: entry.data as T, body: entry.body }));
  const notices = withStatuses(publishedNewestFirst(ofKind<Notice>('notices'), now, preview), now);
  const rhymes = publishedNewestFirst(ofKind<Rhyme>('rhymes'), now, preview);
  return [
    ...notices.map((n) => ({ kind: 'notices' as const, id: n.id, title: n.data.title, article: noticePosterArticle(n.data, n.body, n.status) })),
    ...rhymes.map((r) => ({ kind: 'rhymes' as const, id: r.id, title: r.data.title, article: rhymePosterArticle(r.data, r.body) })),
  ];
}

/** The whole poster page around its article: the way back to the entry's page, and the footer with the QR code. */
export function posterDocument(source: PosterSource, frame: PosterFrame, qrSvg: string): string {
  const pagePath = entryUrl(source.kind, source.id);
  const pageUrl = escapeHtml(new URL(pagePath, frame.site).href);
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${escapeHtml(frame.policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>张贴版：${escapeHtml(source.title)}</title><meta name="robots" content="noindex"><link rel="canonical" href="${pageUrl}">`,
    // The site's icon, as on every page (a browser asks for /favicon.ico otherwise).
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<style>${frame.style}</style></head>`,
    '<body><main class="poster">',
    `<p class="no-print"><a class="tap" href="${escapeHtml(pagePath)}">← 返回网页版</a>　请用浏览器的“打印”功能打印（A4 纵向）。</p>`,
    source.article,
    `<footer class="poster-foot"><div class="qr" role="img" aria-label="二维码：${pageUrl}">${qrSvg}</div>`,
    `<div><p class="scan">手机扫码，看最新内容</p><p class="url">${pageUrl}</p><p class="issuer">${escapeHtml(frame.issuer)}</p></div></footer>`,
    '</main></body></html>',
  ].join('');
}
