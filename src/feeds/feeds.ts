/**
 * Feed items for any mix of published entries: the one place every feed gets
 * its items from. Only the newest FEED_SIZE entries are rendered — readers
 * fetch feeds often, and older entries stay on the site.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { articleItem, chainHtml, noticeItem } from './feed-items';
import { feedBody } from './feed-content';
import { rhymeFeedItem } from './rhyme-feed';
import type { ArticleEntry, NoticeEntry, RhymeEntry } from '../site/site-content';

export const FEED_SIZE = 50;

export interface FeedEntries {
  notices?: NoticeEntry[];
  articles?: ArticleEntry[];
  rhymes?: RhymeEntry[];
}

interface Pending {
  date: Date;
  id: string;
  item: () => Promise<RSSFeedItem> | RSSFeedItem;
}

export async function feedItems(entries: FeedEntries, site: URL): Promise<RSSFeedItem[]> {
  const pending: Pending[] = [
    ...(entries.notices ?? []).map((n) => ({ date: n.data.issued, id: n.id, item: async () => ({ ...noticeItem(n), content: chainHtml(n, site) + (await feedBody(n, site)) }) })),
    ...(entries.articles ?? []).map((a) => ({ date: a.data.published, id: a.id, item: async () => ({ ...articleItem(a), content: await feedBody(a, site) }) })),
    ...(entries.rhymes ?? []).map((r) => ({ date: r.data.published, id: r.id, item: () => rhymeFeedItem(r, site) })),
  ];
  const newest = pending.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
  return Promise.all(newest.map((p) => p.item()));
}
