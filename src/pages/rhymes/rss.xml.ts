import type { APIRoute } from 'astro';
import { rhymeFeedItem } from '../../feeds/rhyme-feed';
import { siteContent } from '../../site/site-content';
import { feedResponse } from '../../feeds/feed-response';
import { site } from '../../site.config';
import { feedUrl } from '../../site/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { rhymes } = await siteContent();
  return feedResponse({
    title: `${site.name}：防疫顺口溜`,
    description: '方言三字经、快板、山歌的唱词和录音，可在播客应用里收听，或下载给村口广播使用。',
    path: feedUrl('rhymes'),
    siteUrl,
    podcast: true,
    items: rhymes.map((rhyme) => rhymeFeedItem(rhyme, siteUrl!)),
  });
};
