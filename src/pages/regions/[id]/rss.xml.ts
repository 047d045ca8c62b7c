import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '../../../feeds/feeds';
import { siteContent } from '../../../site/site-content';
import type { RegionNode } from '../../../site/region-tree';
import { feedResponse } from '../../../feeds/feed-response';
import { site } from '../../../site.config';
import { regionFeedUrl } from '../../../site/urls';

/** One feed per region, with everything scoped to it or to a place inside it. The region is the only prop (src/page-reuse/). */
export const getStaticPaths = (async () => {
  const { regions } = await siteContent();
  return regions.regions.map((region) => ({ params: { id: region.id }, props: { region } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: RegionNode }> = async ({ props, site: siteUrl }) => {
  const { inRegion } = await siteContent();
  const id = props.region.id;
  return feedResponse({
    title: `${site.name}：${props.region.name}`,
    description: `${props.region.name}（含下辖地区）的通告、新闻和顺口溜`,
    path: regionFeedUrl(props.region.id),
    siteUrl,
    podcast: true,
    items: await feedItems({ notices: inRegion('notices', id), articles: inRegion('articles', id), rhymes: inRegion('rhymes', id) }, siteUrl!),
  });
};
