import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content';
import { rhymeFeedItem } from '../data/rhyme-feed';
import { articleItem, noticeItem } from '../lib/feed-items';
import { feedResponse } from '../lib/feed-response';
import { site } from '../site.config';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { notices, articles, rhymes } = await siteContent();
  return feedResponse({
    title: `${site.name}：全部更新`,
    description: `${site.authority}发布的通告、新闻和防疫顺口溜`,
    path: '/rss.xml',
    podcast: true,
    siteUrl,
    items: [...notices.map(noticeItem), ...articles.map(articleItem), ...rhymes.map((rhyme) => rhymeFeedItem(rhyme, siteUrl!))],
  });
};
