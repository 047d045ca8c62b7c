import type { APIRoute } from 'astro';
import { feedItems } from '../../feeds/feeds';
import { siteContent } from '../../site/site-content';
import { feedResponse } from '../../feeds/feed-response';
import { site } from '../../site.config';
import { feedUrl } from '../../site/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { notices } = await siteContent();
  return feedResponse({
    title: `${site.name}：通告`,
    description: `${site.authority}发布的通告、公告、通知和调度令`,
    path: feedUrl('notices'),
    siteUrl,
    items: await feedItems({ notices }, siteUrl!),
  });
};
