/** Feed items built from published entries: one shape for every feed. */
import type { RSSFeedItem } from '@astrojs/rss';
import { escapeHtml } from '../site/html-escape';
import { authorityText, noticeNumberLine } from '../lifecycle/notice-labels';
import { STATUS_LABELS } from '../lifecycle/notice-status';
import { chainSentence, type ChainOf } from '../lifecycle/notice-chain';
import { plainExcerpt } from '../site/text';
import { formatDuration } from '../site/audio';
import { lyricsStanzas } from '../site/lyrics';
import { entryUrl } from '../site/urls';

interface FeedEntry {
  id: string;
  body?: string;
  data: { title: string; summary?: string; tags?: string[] };
}

const describe = (entry: FeedEntry) => entry.data.summary ?? plainExcerpt(entry.body ?? '', 140);

/** `现行有效的是：《…》。` for a feed item's plain-text description. */
export function chainText(notice: ChainOf): string {
  const { before, end, after } = chainSentence(notice);
  return end ? `${before}《${end.title}》${after || '。'}` : '';
}

/** The same as a paragraph with a link, above a replaced notice's body in the feed. */
export function chainHtml(notice: ChainOf, site: URL | string): string {
  const { before, end, after } = chainSentence(notice);
  if (!end) return '';
  return `<p><strong>【${STATUS_LABELS.superseded}】</strong>${escapeHtml(before)}<a href="${escapeHtml(new URL(end.url, site).href)}">${escapeHtml(end.title)}</a>${escapeHtml(after)}</p>`;
}

export function noticeItem(notice: FeedEntry & ChainOf & {
  data: { issued: Date; docType: string; authority: string | string[]; seriesNo?: number; docNumber?: string };
}): RSSFeedItem {
  const number = noticeNumberLine(notice.data);
  return {
    title: notice.data.title,
    link: entryUrl('notices', notice.id),
    pubDate: notice.data.issued,
    description: `【${STATUS_LABELS[notice.status.status]}】${authorityText(notice.data.authority)}${notice.data.docType}${number ? `（${number}）` : ''}。${chainText(notice)}${describe(notice)}`,
    categories: [notice.data.docType, ...(notice.data.tags ?? [])],
  };
}

export function articleItem(article: FeedEntry & { data: { published: Date; author: string | string[] } }): RSSFeedItem {
  return {
    title: article.data.title,
    link: entryUrl('articles', article.id),
    pubDate: article.data.published,
    description: describe(article),
    author: undefined,
    categories: article.data.tags ?? [],
  };
}

/** Lyrics as HTML: a paragraph per stanza, a line break per verse line (feeds keep the lines). */
export function lyricsHtml(body: string): string {
  return lyricsStanzas(body)
    .map((stanza) => `<p>${stanza.map(escapeHtml).join('<br/>')}</p>`)
    .join('');
}

export interface RhymeAudio {
  url: string;
  bytes: number;
  type: string;
  duration?: number;
}

/** A podcast-style item: the lyrics as description, the recording as enclosure. */
export function rhymeItem(
  rhyme: FeedEntry & { data: { published: Date; form: string; dialect: string } },
  audio?: RhymeAudio,
): RSSFeedItem {
  return {
    title: rhyme.data.title,
    link: entryUrl('rhymes', rhyme.id),
    pubDate: rhyme.data.published,
    description: `<p>${rhyme.data.dialect}${rhyme.data.form}</p>${lyricsHtml(rhyme.body ?? '')}`,
    categories: [rhyme.data.form, rhyme.data.dialect, ...(rhyme.data.tags ?? [])],
    ...(audio
      ? {
          enclosure: { url: audio.url, length: audio.bytes, type: audio.type },
          customData: audio.duration ? `<itunes:duration>${formatDuration(audio.duration)}</itunes:duration>` : undefined,
        }
      : {}),
  };
}

/** Newest first; ties broken by link so the order never depends on load order. */
export function sortItems(items: RSSFeedItem[]): RSSFeedItem[] {
  return items.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || String(a.link).localeCompare(String(b.link)));
}

/** The channel elements every feed carries: language and its own address (atom:link self). */
export function channelExtras(selfUrl: string): string {
  return `<language>zh-cn</language><atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`;
}
