/** Feed items for any mix of published entries: the one place every feed gets its items from. */
import type { RSSFeedItem } from '@astrojs/rss';
import { articleItem, noticeItem } from '../lib/feed-items';
import { feedBody } from './feed-content';
import { rhymeFeedItem } from './rhyme-feed';
import type { ArticleEntry, NoticeEntry, RhymeEntry } from './site-content';

export interface FeedEntries {
  notices?: NoticeEntry[];
  articles?: ArticleEntry[];
  rhymes?: RhymeEntry[];
}

export async function feedItems(entries: FeedEntries, site: URL): Promise<RSSFeedItem[]> {
  const notices = await Promise.all((entries.notices ?? []).map(async (n) => ({ ...noticeItem(n), content: await feedBody(n, site) })));
  const articles = await Promise.all((entries.articles ?? []).map(async (a) => ({ ...articleItem(a), content: await feedBody(a, site) })));
  const rhymes = (entries.rhymes ?? []).map((r) => rhymeFeedItem(r, site));
  return [...notices, ...articles, ...rhymes];
}
