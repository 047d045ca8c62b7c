import type { APIRoute, GetStaticPaths } from 'astro';
import { rhymeFeedItem } from '../../../../feeds/rhyme-feed';
import { siteContent, type RhymeEntry } from '../../../../site/site-content';
import { feedResponse } from '../../../../feeds/feed-response';
import { dialectFeedUrl } from '../../../../site/urls';
import { site } from '../../../../site.config';

/** One podcast-style feed per dialect, for villages that broadcast in it. */
export const getStaticPaths = (async () => {
  const { rhymes } = await siteContent();
  const dialects = [...new Set(rhymes.map((r) => r.data.dialect))];
  return dialects.map((dialect) => ({ params: { dialect }, props: { dialect, rhymes: rhymes.filter((r) => r.data.dialect === dialect) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dialect: string; rhymes: RhymeEntry[] }> = ({ props, site: siteUrl }) =>
  feedResponse({
    title: `${site.name}：${props.dialect}防疫顺口溜`,
    description: `用${props.dialect}唱的防疫宣传，唱词和录音。`,
    path: decodeURI(dialectFeedUrl(props.dialect)),
    siteUrl,
    podcast: true,
    items: props.rhymes.map((rhyme) => rhymeFeedItem(rhyme, siteUrl!)),
  });
