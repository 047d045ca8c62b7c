import type { APIRoute } from 'astro';
import { feedItems } from '../../feeds/feeds';
import { siteContent } from '../../site/site-content';
import { feedResponse } from '../../feeds/feed-response';
import { site } from '../../site.config';
import { feedUrl } from '../../site/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { articles } = await siteContent();
  return feedResponse({
    title: `${site.name}：新闻`,
    description: '防控一线的新闻报道，全文。',
    path: feedUrl('articles'),
    siteUrl,
    items: await feedItems({ articles }, siteUrl!),
  });
};
