import type { APIRoute } from 'astro';
import { feedItems } from '../feeds/feeds';
import { siteContent } from '../site/site-content';
import { feedResponse } from '../feeds/feed-response';
import { site } from '../site.config';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { notices, articles, rhymes } = await siteContent();
  return feedResponse({
    title: `${site.name}：全部更新`,
    description: `${site.authority}发布的通告、新闻和防疫顺口溜`,
    path: '/rss.xml',
    siteUrl,
    podcast: true,
    items: await feedItems({ notices, articles, rhymes }, siteUrl!),
  });
};
